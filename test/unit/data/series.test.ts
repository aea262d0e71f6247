import { describe, expect, it } from 'vitest';
import { aggregate } from '../../../src/data/aggregate.js';
import { validateRecords } from '../../../src/data/records.js';
import { filterRecords } from '../../../src/data/filters.js';
import { readReportsAsRecords, recordsFromReports } from '../../../src/data/reports.js';
import { periodSeries, rollingNeutralizedRate, rollingRate } from '../../../src/data/series.js';
import type { AttackRecord } from '../../../src/data/types.js';

const row = (date: string, kind: AttackRecord['kind'], launched: number, downed: number, jammed?: number): AttackRecord => ({
  row: 1,
  date,
  model: kind === 'drone' ? 'Shahed-136/131' : 'X-101/X-555',
  kind,
  category: kind === 'drone' ? 'strike-drone' : 'cruise',
  launched,
  downed,
  ...(jammed === undefined ? {} : { jammed }),
});

const records = [
  row('2025-01-05', 'drone', 100, 50, 40),
  row('2025-01-20', 'missile', 10, 8),
  row('2025-03-02', 'drone', 200, 100, 60),
];

describe('filterRecords', () => {
  it('keeps kinds, categories and an inclusive date range', () => {
    expect(filterRecords(records, { kinds: ['missile'] })).toHaveLength(1);
    expect(filterRecords(records, { categories: ['strike-drone'] })).toHaveLength(2);
    expect(filterRecords(records, { from: '2025-01-20', to: '2025-03-02' }).map((r) => r.date)).toEqual(['2025-01-20', '2025-03-02']);
    expect(filterRecords(records, {})).toBe(records);
  });
});

describe('periodSeries', () => {
  it('marks the periods the covered dates hold only part of, with the days held', () => {
    const points = periodSeries(aggregate(records, { period: 'month' }), 'month', { start: '2025-01-05', end: '2025-03-02' });
    expect(points.map((p) => p.partial)).toEqual([
      { start: '2025-01-05', end: '2025-01-31', days: 27, of: 31 },
      undefined,
      { start: '2025-03-01', end: '2025-03-02', days: 2, of: 31 },
    ]);
    // Covered whole (or no span given): nothing is partial.
    const whole = periodSeries(aggregate(records, { period: 'year' }), 'year', { start: '2025-01-01', end: '2025-12-31' });
    expect(whole[0].partial).toBeUndefined();
    expect(periodSeries(aggregate(records, { period: 'month' }), 'month').some((p) => p.partial)).toBe(false);
  });

  it('takes the dates reports cover from their ends: a monthly report covers its month', () => {
    const read = readReportsAsRecords([
      { date: '2025-01-01', end: '2025-01-31', weapons: [{ kind: 'drone', launched: 10, downed: 5 }] },
      { date: '2025-02-01', end: '2025-02-28', weapons: [{ kind: 'drone', launched: 10, downed: 5 }] },
    ]);
    expect('span' in read && read.span).toEqual({ start: '2025-01-01', end: '2025-02-28' });
  });

  it('fills missing periods with gaps, not zeros', () => {
    const points = periodSeries(aggregate(records, { period: 'month' }), 'month');
    expect(points.map((p) => p.key)).toEqual(['2025-01', '2025-02', '2025-03']);
    expect(points[1].report).toBeNull();
    expect(points[1].tally).toBeNull();
    // The missiles' 2 not downed have no jammed figure: carried as not reported beside the drones' split.
    expect(points[0].tally).toEqual({ launched: 110, downed: 58, jammed: 40, notReported: 2 });
  });

  it('steps ISO weeks across a year boundary', () => {
    const points = periodSeries(aggregate([row('2024-12-23', 'drone', 1, 1), row('2025-01-06', 'drone', 1, 1)], { period: 'week' }), 'week');
    expect(points.map((p) => p.key)).toEqual(['2024-W52', '2025-W01', '2025-W02']);
  });

  it('is empty for no reports', () => {
    expect(periodSeries([], 'day')).toEqual([]);
  });
});

describe('rollingNeutralizedRate', () => {
  it('weights by launched (sum over sum) and leaves gaps as null', () => {
    const points = periodSeries(aggregate(records, { period: 'month' }), 'month');
    const rates = rollingNeutralizedRate(points, 2);
    expect(rates[0]).toBeCloseTo(98 / 110);
    expect(rates[1]).toBeNull();
    // March and the gap before it: only March counts.
    expect(rates[2]).toBeCloseTo(160 / 200);
    const three = rollingNeutralizedRate(points, 3);
    expect(three[2]).toBeCloseTo((98 + 160) / 310);
  });

  it('gives the downed rate when asked, the same way', () => {
    const points = periodSeries(aggregate(records, { period: 'month' }), 'month');
    const rates = rollingRate(points, 3, 'downed');
    expect(rates[0]).toBeCloseTo(58 / 110);
    expect(rates[2]).toBeCloseTo((58 + 100) / 310);
  });
});

describe('recordsFromReports', () => {
  it('turns each weapon entry of a dated report into a row', () => {
    const rows = recordsFromReports([{ date: '2024-11-13', weapons: [{ kind: 'drone', label: 'Drones', launched: 90, downed: 37, jammed: 47 }] }]);
    expect(rows).toEqual([{ row: 1, date: '2024-11-13', model: 'Drones', kind: 'drone', category: 'unknown', launched: 90, downed: 37, jammed: 47 }]);
  });

  it('keeps a summed entry\'s part not reported and still in the air, so the rows sum back to it', () => {
    const entry = { kind: 'drone' as const, label: 'Drones', launched: 155, downed: 80, jammed: 32, stillAttacking: 3, notReported: 32 };
    const rows = recordsFromReports([{ date: '2025-01-01', weapons: [entry] }]);
    expect(rows.map((r) => [r.launched, r.downed, r.jammed, r.stillAttacking])).toEqual([
      [123, 80, 32, 3],
      [32, 0, undefined, undefined],
    ]);
    const [month] = aggregate(rows, { period: 'month' });
    expect(month.weapons).toEqual([{ kind: 'drone', launched: 155, downed: 80, jammed: 32, stillAttacking: 3, notReported: 32 }]);
  });
});

describe('validateRecords', () => {
  it('accepts rows as parseAttacksCsv makes them', () => {
    const checked = validateRecords(records);
    expect(checked.ok).toBe(true);
    expect(checked.value).toEqual(records);
  });

  it('names each bad field of handed-over rows', () => {
    const checked = validateRecords([{ date: '2025-13-01', model: '', kind: 'ufo', launched: -1 }, 7]);
    expect(checked.ok).toBe(false);
    expect(checked.issues.map((i) => i.path)).toEqual([
      'records[0].date',
      'records[0].model',
      'records[0].kind',
      'records[0].launched',
      'records[1]',
    ]);
  });
});
