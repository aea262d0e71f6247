import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aggregate, reportForDate } from '../../../src/data/aggregate.js';
import { periodKey, periodRange } from '../../../src/data/calendar.js';
import { parseAttacksCsv } from '../../../src/data/csv.js';
import { summarize } from '../../../src/data/summarize.js';
import type { AttackRecord, WeaponEntry } from '../../../src/data/types.js';

// Every row of the real file whose time_end falls in January 2025 or on 2024-11-13.
const { records } = parseAttacksCsv(
  readFileSync(new URL('../../fixtures/attacks-2025-01-and-2024-11-13.csv', import.meta.url), 'utf8'),
);

const record = (date: string, model: string, kind: AttackRecord['kind'], counts: Partial<AttackRecord>): AttackRecord => ({
  row: 0,
  date,
  model,
  kind,
  category: 'unknown',
  launched: 0,
  ...counts,
});

const total = (weapons: WeaponEntry[], key: 'launched' | 'downed' | 'jammed'): number =>
  weapons.reduce((sum, w) => sum + (w[key] ?? 0), 0);

describe('reportForDate', () => {
  it('gives the reference strike of 13 November 2024 by kind', () => {
    expect(reportForDate(records, '2024-11-13')).toEqual({
      period: '2024-11-13',
      date: '2024-11-13',
      end: '2024-11-13',
      weapons: [
        { kind: 'missile', launched: 6, downed: 4, notReported: 2 },
        { kind: 'drone', launched: 90, downed: 37, jammed: 46, stillAttacking: 2 },
      ],
    });
  });

  it('gives a report without entries for a day without records, and rejects a date that is not one', () => {
    expect(reportForDate(records, '2024-11-12')).toEqual({ period: '2024-11-12', date: '2024-11-12', end: '2024-11-12', weapons: [] });
    expect(() => reportForDate(records, '2024-11-31')).toThrow('invalid date: 2024-11-31');
  });
});

describe('aggregate', () => {
  it('sums January 2025 by report date and kind', () => {
    const january = aggregate(records, { period: 'month' }).find((r) => r.period === '2025-01');
    expect(january).toEqual({
      period: '2025-01',
      date: '2025-01-01',
      end: '2025-01-31',
      weapons: [
        { kind: 'missile', launched: 84, downed: 44, notReported: 40 },
        { kind: 'drone', launched: 2715, downed: 1684, jammed: 914, stillAttacking: 8 },
      ],
    });
  });

  it('gives one report per period, sorted by date, summing to the records', () => {
    for (const period of ['day', 'week', 'month', 'year'] as const) {
      const reports = aggregate(records, { period });
      const dates = reports.map((r) => r.date!);
      expect(dates).toEqual([...dates].sort());
      expect(new Set(reports.map((r) => r.period)).size).toBe(reports.length);
      for (const key of ['launched', 'downed', 'jammed'] as const) {
        const fromRecords = records.reduce((sum, r) => sum + (r[key] ?? 0), 0);
        expect(reports.reduce((sum, r) => sum + total(r.weapons, key), 0)).toBe(fromRecords);
      }
    }
    expect(aggregate(records, { period: 'year' }).map((r) => r.period)).toEqual(['2024', '2025']);
  });

  it('gives the same reports whatever the order of the records, dates coming in runs or not', () => {
    // Records are looked up by period once per run of equal dates: shuffled dates make a run of every record.
    const shuffled = [...records].sort((a, b) => (a.row * 7919) % 101 - (b.row * 7919) % 101);
    expect(shuffled.map((r) => r.date)).not.toEqual(records.map((r) => r.date));
    for (const period of ['day', 'week', 'month', 'year'] as const) {
      for (const by of ['kind', 'category', 'model'] as const) {
        expect(aggregate(shuffled, { period, by })).toEqual(aggregate(records, { period, by }));
      }
    }
  });

  it('makes a period rate a sum over sums of its days', () => {
    const days = aggregate(records, { period: 'day' }).filter((r) => r.period!.startsWith('2025-01'));
    const drones = days.flatMap((r) => r.weapons.filter((w) => w.kind === 'drone'));
    const [month] = aggregate(records, { period: 'month' }).filter((r) => r.period === '2025-01');
    const monthDrones = month.weapons.find((w) => w.kind === 'drone')!;
    expect(monthDrones.downed / monthDrones.launched).toBe(total(drones, 'downed') / total(drones, 'launched'));
    expect(total(drones, 'jammed')).toBe(914);
  });

  it('groups by category or model, in kind order and then by name', () => {
    const [november] = aggregate(records, { period: 'day', by: 'category' });
    expect(november.weapons.map((w) => [w.kind, w.category, w.launched])).toEqual([
      ['missile', 'air-defence', 2],
      ['missile', 'ballistic', 2],
      ['missile', 'cruise', 2],
      ['drone', 'strike-drone', 90],
    ]);
    const [byModel] = aggregate(records, { period: 'day', by: 'model' });
    expect(byModel.weapons.map((w) => w.label)).toEqual(['C-300', 'Iskander-M/KN-23', 'X-101/X-555', 'Shahed-136/131']);
    expect(byModel.weapons[0]).toEqual({
      kind: 'missile',
      label: 'C-300',
      category: 'air-defence',
      model: 'C-300',
      launched: 2,
      downed: 0,
      notReported: 2,
    });
  });

  it('orders kinds missile, drone, bomb, unknown whatever the input order', () => {
    const mixed = ['unknown', 'bomb', 'drone', 'missile'].map((kind) =>
      record('2025-01-05', kind, kind as AttackRecord['kind'], { launched: 1 }),
    );
    expect(aggregate(mixed, { period: 'week' })[0].weapons.map((w) => w.kind)).toEqual(['missile', 'drone', 'bomb', 'unknown']);
  });

  it('sums only known counts: jammed stays absent only if no record reported it, and what rows leave unsplit is not reported', () => {
    const reports = aggregate(
      [
        record('2025-01-01', 'Kalibr', 'missile', { launched: 4, downed: 2 }),
        record('2025-01-02', 'Kalibr', 'missile', { launched: 3 }),
        record('2025-01-01', 'Shahed-136/131', 'drone', { launched: 10, downed: 5 }),
        record('2025-01-03', 'Shahed-136/131', 'drone', { launched: 10, downed: 5, jammed: 0 }),
      ],
      { period: 'month' },
    );
    expect(reports[0].weapons).toEqual([
      { kind: 'missile', launched: 7, downed: 2, notReported: 5 },
      { kind: 'drone', launched: 20, downed: 10, jammed: 0, notReported: 5 },
    ]);
  });

  it('splits a period where only some rows report jammed into jammed, unaccounted and not reported, and sums still in the air', () => {
    const [month] = aggregate(
      [
        record('2025-01-01', 'Shahed-136/131', 'drone', { launched: 100, downed: 60, jammed: 30, stillAttacking: 2 }),
        record('2025-01-02', 'Shahed-136/131', 'drone', { launched: 50, downed: 20, stillAttacking: 1 }),
        record('2025-01-03', 'Shahed-136/131', 'drone', { launched: 5, jammed: 2 }),
      ],
      { period: 'month' },
    );
    expect(month.weapons).toEqual([{ kind: 'drone', launched: 155, downed: 80, jammed: 32, stillAttacking: 3, notReported: 29 + 3 }]);
    const [t] = summarize(month).entries;
    // Only the first row splits all it launched: 100 − 60 − 30 − 2 = 8 unaccounted.
    expect(t).toMatchObject({ unaccounted: 8, notReported: 32, stillAttacking: 3, jammedPartlyReported: true });
  });

  it('leaves out records whose launched cannot be summed', () => {
    const broken = { ...record('2025-01-01', 'Kalibr', 'missile', { downed: 3 }), launched: undefined } as unknown as AttackRecord;
    const reports = aggregate([broken, record('2025-01-01', 'Kalibr', 'missile', { launched: 2, downed: 1 })], { period: 'day' });
    expect(reports[0].weapons).toEqual([{ kind: 'missile', launched: 2, downed: 1, notReported: 1 }]);
    expect(aggregate([broken], { period: 'day' })).toEqual([]);
  });

  it('names a bad period, grouping or record date', () => {
    expect(() => aggregate(records, { period: 'quarter' as 'month' })).toThrow('invalid period: quarter');
    expect(() => aggregate(records, { period: 'month', by: 'region' as 'kind' })).toThrow('invalid grouping: region');
    expect(() => aggregate([record('2025-1-5', 'Kalibr', 'missile', {})], { period: 'month' })).toThrow('invalid date: 2025-1-5');
  });
});

describe('periods', () => {
  it('keys ISO weeks by the year of their Thursday', () => {
    expect(periodKey('2024-12-30', 'week')).toBe('2025-W01');
    expect(periodKey('2024-12-29', 'week')).toBe('2024-W52');
    expect(periodKey('2025-01-13', 'week')).toBe('2025-W03');
    expect(periodKey('2021-01-03', 'week')).toBe('2020-W53');
    expect(periodKey('2027-01-01', 'week')).toBe('2026-W53');
    expect(periodKey('2026-01-01', 'week')).toBe('2026-W01');
  });

  it('keys days, months and years', () => {
    expect(periodKey('2025-01-13', 'day')).toBe('2025-01-13');
    expect(periodKey('2025-01-13', 'month')).toBe('2025-01');
    expect(periodKey('2025-01-13', 'year')).toBe('2025');
  });

  it('gives the first and last day of a period', () => {
    expect(periodRange('2025-W01')).toEqual({ start: '2024-12-30', end: '2025-01-05' });
    expect(periodRange('2020-W53')).toEqual({ start: '2020-12-28', end: '2021-01-03' });
    expect(periodRange('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(periodRange('2025-02')).toEqual({ start: '2025-02-01', end: '2025-02-28' });
    expect(periodRange('2025')).toEqual({ start: '2025-01-01', end: '2025-12-31' });
    expect(periodRange('2025-01-13')).toEqual({ start: '2025-01-13', end: '2025-01-13' });
  });

  it('puts every day from 2019 to 2030 inside the range of its week, month and year', () => {
    const outside: string[] = [];
    const weekStarts: string[] = [];
    const mondays: string[] = [];
    for (let time = Date.UTC(2019, 0, 1); time < Date.UTC(2031, 0, 1); time += 86_400_000) {
      const date = new Date(time).toISOString().slice(0, 10);
      for (const period of ['day', 'week', 'month', 'year'] as const) {
        const { start, end } = periodRange(periodKey(date, period));
        if (!(start <= date && date <= end)) outside.push(`${date} ${period}`);
      }
      if (periodRange(periodKey(date, 'week')).start === date) weekStarts.push(date);
      if (new Date(time).getUTCDay() === 1) mondays.push(date);
    }
    expect(outside).toEqual([]);
    expect(weekStarts).toEqual(mondays);
  });

  it('takes a date for one exactly when it is on the calendar, leap years by the 4, 100 and 400 rules', () => {
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    for (const year of [0, 4, 100, 1900, 1999, 2000, 2023, 2024, 2100, 2400, 9999]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const date = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          const probe = new Date(0);
          probe.setUTCFullYear(year, month - 1, day);
          const real = probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
          if (real) expect(periodKey(date, 'month'), date).toBe(date.slice(0, 7));
          else expect(() => periodKey(date, 'month'), date).toThrow(`invalid date: ${date}`);
        }
      }
    }
  });

  it('names a key or date that is not one', () => {
    for (const key of ['2021-W53', '2025-W00', '2025-13', '2025-02-30', '25-01', '2025-1', 'last week']) {
      expect(() => periodRange(key)).toThrow(`invalid period key: ${key}`);
    }
    expect(() => periodKey('2025-02-29', 'month')).toThrow('invalid date: 2025-02-29');
    expect(() => periodKey('2025-01-13', 'decade' as 'year')).toThrow('invalid period: decade');
  });
});
