import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { attackWindows, datedAttacks, sizeClass, sizeThresholds } from '../../../src/data/attack-size.js';
import { attackStanding, largestAttack } from '../../../src/data/attack-standing.js';
import { parseAttacksCsv } from '../../../src/data/csv.js';
import type { AttackRecord, WeaponKind } from '../../../src/data/types.js';

let row = 0;
const rec = (date: string, kind: WeaponKind, launched: number, start?: string, end?: string): AttackRecord => ({
  row: ++row,
  date,
  model: kind,
  kind,
  category: 'unknown',
  launched,
  ...(start ? { start } : {}),
  ...(end ? { end } : {}),
});

describe('size classes', () => {
  it('classes by launched at or above each threshold, with defaults and options', () => {
    expect([99, 100, 199, 200].map((n) => sizeClass(n))).toEqual(['routine', 'large', 'large', 'massive']);
    expect(sizeClass(50, { large: 50 })).toBe('large');
    expect(sizeClass(50, { large: 10, massive: 50 })).toBe('massive');
  });

  it('names a threshold that cannot be used', () => {
    expect(() => sizeThresholds({ large: 0 })).toThrow('large must be a number of launched ≥ 1, got 0');
    expect(() => sizeThresholds({ massive: Number.NaN })).toThrow('massive must be a number of launched ≥ 1, got NaN');
    expect(() => sizeThresholds({ large: 300 })).toThrow('large (300) is above massive (200)');
  });
});

describe('attackWindows', () => {
  it('groups rows by report date and window as written; an overnight window is one; rows without one share their date', () => {
    const rows = [
      rec('2024-11-13', 'drone', 90, '2024-11-12T19:00', '2024-11-13T09:00'),
      rec('2024-11-13', 'missile', 6, '2024-11-12T19:00', '2024-11-13T09:00'),
      rec('2024-11-13', 'missile', 4, '2024-11-13T11:00', '2024-11-13T12:00'),
      rec('2024-11-13', 'drone', 3),
      rec('2024-11-13', 'drone', 2, '2024-11-13T14:00'),
      rec('2024-11-14', 'drone', 150, '2024-11-13T20:00', '2024-11-14T08:00'),
    ];
    const windows = attackWindows(rows);
    expect(windows.map((w) => [w.date, w.start, w.end, w.launched, w.rows, w.size])).toEqual([
      ['2024-11-13', undefined, undefined, 5, 2, 'routine'],
      ['2024-11-13', '2024-11-12T19:00', '2024-11-13T09:00', 96, 2, 'routine'],
      ['2024-11-13', '2024-11-13T11:00', '2024-11-13T12:00', 4, 1, 'routine'],
      ['2024-11-14', '2024-11-13T20:00', '2024-11-14T08:00', 150, 1, 'large'],
    ]);
    expect(windows[1].kinds).toEqual({ drone: 90, missile: 6 });
    const dates = datedAttacks(rows, { large: 100, massive: 105 });
    expect(dates.map((d) => [d.date, d.launched, d.windows, d.size])).toEqual([
      ['2024-11-13', 105, 3, 'massive'],
      ['2024-11-14', 150, 1, 'massive'],
    ]);
    expect(dates[0].kinds).toEqual({ drone: 95, missile: 10 });
  });
});

describe('records and ranks', () => {
  const rows = [
    rec('2025-01-01', 'drone', 50),
    rec('2025-01-02', 'drone', 80),
    rec('2025-01-02', 'missile', 40),
    rec('2025-01-03', 'drone', 30),
    rec('2025-01-04', 'drone', 80),
    rec('2025-01-05', 'missile', 10),
    rec('2025-01-05', 'drone', 60),
    rec('2025-01-05', 'drone', 60, '2025-01-05T10:00', '2025-01-05T11:00'),
  ];

  it('finds the largest attack in all and per kind, the earliest of equals first', () => {
    expect(largestAttack(rows)).toEqual({ date: '2025-01-05', launched: 130, dates: ['2025-01-05'] });
    expect(largestAttack(rows, { kind: 'drone' })).toEqual({ date: '2025-01-05', launched: 120, dates: ['2025-01-05'], kind: 'drone' });
    expect(largestAttack(rows.slice(0, 5), { kind: 'drone' })).toEqual({ date: '2025-01-02', launched: 80, dates: ['2025-01-02', '2025-01-04'], kind: 'drone' });
    expect(largestAttack(rows, { kind: 'bomb' })).toBeNull();
    expect(largestAttack([])).toBeNull();
  });

  it('ranks a report date with equals sharing a rank, and names the last earlier date at least as large', () => {
    // Per date in all: 50, 120, 30, 80, 130.
    expect(attackStanding(rows, '2025-01-05')).toEqual({ date: '2025-01-05', launched: 130, rank: 1, of: 5, tied: 0, earlier: 4, size: 'large' });
    expect(attackStanding(rows, '2025-01-04')).toMatchObject({ launched: 80, rank: 3, since: '2025-01-02', earlier: 3, size: 'routine' });
    expect(attackStanding(rows, '2025-01-01')).toMatchObject({ rank: 4, earlier: 0 });
    expect(attackStanding(rows, '2025-01-01')!.since).toBeUndefined();
    // Drones per date: 50, 80, 30, 80, 120: 2 and 4 January tie for second.
    const tiedLater = attackStanding(rows, '2025-01-04', { kind: 'drone' });
    expect(tiedLater).toMatchObject({ kind: 'drone', launched: 80, rank: 2, tied: 1, since: '2025-01-02', size: 'routine' });
    expect(attackStanding(rows, '2025-01-02', { kind: 'drone' })).toMatchObject({ rank: 2, tied: 1, earlier: 1 });
    expect(attackStanding(rows, '2025-01-02', { kind: 'drone' })!.since).toBeUndefined();
    // Missiles launched on two dates only: 3 January is not ranked among them.
    expect(attackStanding(rows, '2025-01-05', { kind: 'missile' })).toMatchObject({ rank: 2, of: 2, since: '2025-01-02', earlier: 1 });
    expect(attackStanding(rows, '2025-01-03', { kind: 'missile' })).toBeNull();
    expect(attackStanding(rows, '2025-02-01')).toBeNull();
  });
});

describe("over the project's snapshot", () => {
  const text = readFileSync(new URL('../../fixtures/attacks-snapshot.csv', import.meta.url), 'utf8');
  // Independently of the library: a row's report date is its time_end's day (its time_start's when time_end has
  // none), its launched the number written; rows summed per report date.
  const perDate = new Map<string, number>();
  for (const r of csvParse(text)) {
    const day = (cell = '') => /^\d{4}-\d{2}-\d{2}/.exec(cell.trim())?.[0];
    const date = day(r.time_end) ?? day(r.time_start);
    const launched = Number(r.launched);
    if (!date || r.launched === '' || !Number.isFinite(launched)) continue;
    perDate.set(date, (perDate.get(date) ?? 0) + launched);
  }
  const most = Math.max(...perDate.values());
  const mostDates = [...perDate].filter(([, n]) => n === most).map(([d]) => d).sort();
  const larger = [...perDate.values()].filter((n) => n > perDate.get('2024-11-13')!).length;
  const { records } = parseAttacksCsv(text);

  it('gives the largest attack, its date and the rank of 13 November 2024 as counted by hand', () => {
    expect(largestAttack(records)).toEqual({ date: mostDates[0], launched: most, dates: mostDates });
    expect(attackStanding(records, '2024-11-13')).toMatchObject({ launched: perDate.get('2024-11-13'), rank: larger + 1, of: [...perDate.values()].filter((n) => n > 0).length });
    expect(perDate.get('2024-11-13')).toBe(96);
  });
});
