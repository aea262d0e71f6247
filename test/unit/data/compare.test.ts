import { describe, expect, it } from 'vitest';
import { aggregate } from '../../../src/data/aggregate.js';
import { outcomesComparable, relativeChange, rateChange, summaryFigures } from '../../../src/data/compare.js';
import { summarize } from '../../../src/data/summarize.js';
import { totalsBy } from '../../../src/data/totals.js';
import type { AttackRecord, WeaponCategory, WeaponKind } from '../../../src/data/types.js';
import { checkViewAttributes } from '../../../src/data/view-attributes.js';
import { currentWindow, previousWindow } from '../../../src/data/windows.js';

let row = 0;
const rec = (date: string, kind: WeaponKind, launched: number, downed: number, jammed?: number, model = 'Shahed-136/131', category: WeaponCategory = 'strike-drone'): AttackRecord => ({
  row: ++row, date, model, kind, category, launched, downed, ...(jammed === undefined ? {} : { jammed }),
});

const records = [
  rec('2024-09-01', 'drone', 10, 5, 3),
  rec('2024-10-03', 'drone', 100, 60, 30),
  rec('2024-10-20', 'missile', 20, 10, undefined, 'Kalibr', 'cruise'),
  rec('2024-11-13', 'drone', 90, 37, 47),
  rec('2024-11-13', 'missile', 6, 4, undefined, 'Iskander-M', 'ballistic'),
  rec('2024-11-30', 'drone', 54, 50, 4),
];

describe('windows', () => {
  const data = { start: '2024-09-01', end: '2024-11-30' };

  it('compares a month with the month before, and a run of months with as many before', () => {
    const nov = currentWindow(data, { from: '2024-11-01', to: '2024-11-30' });
    expect(nov).toMatchObject({ period: 'month', keys: ['2024-11'] });
    expect(previousWindow(nov, data)).toEqual({ start: '2024-10-01', end: '2024-10-31', period: 'month', keys: ['2024-10'] });
    const two = currentWindow({ start: '2024-07-01', end: '2024-11-30' }, { from: '2024-10-01', to: '2024-11-30' });
    expect(previousWindow(two, { start: '2024-07-01', end: '2024-11-30' })).toMatchObject({ start: '2024-08-01', end: '2024-09-30', keys: ['2024-08', '2024-09'] });
  });

  it('compares any other span with as many days just before', () => {
    const span = currentWindow(data, { from: '2024-11-10', to: '2024-11-19' });
    expect(span.keys).toBeUndefined();
    expect(previousWindow(span, data)).toEqual({ start: '2024-10-31', end: '2024-11-09' });
    // An ISO week given as a period compares with the week before.
    const week = currentWindow(data, { period: 'week', from: '2024-11-11', to: '2024-11-17' });
    expect(previousWindow(week, data)).toMatchObject({ start: '2024-11-04', end: '2024-11-10', keys: ['2024-W45'] });
  });

  it('has no previous window when the data does not cover it, or the current one, whole', () => {
    expect(previousWindow(currentWindow(data, { from: '2024-09-01', to: '2024-09-30' }), data)).toBeNull();
    expect(previousWindow(currentWindow(data, {}), data)).toBeNull();
    expect(previousWindow(currentWindow(data, { from: '2024-11-01', to: '2024-12-31' }), data)).toBeNull();
  });

  it('takes the latest whole period by default, or the one before when the data stops inside it', () => {
    expect(currentWindow(data, { period: 'month' })).toMatchObject({ start: '2024-11-01', end: '2024-11-30' });
    expect(currentWindow({ start: '2024-09-01', end: '2024-12-02' }, { period: 'month' })).toMatchObject({ keys: ['2024-11'] });
    expect(currentWindow({ start: '2024-12-01', end: '2024-12-02' }, { period: 'month' })).toMatchObject({ keys: ['2024-12'] });
    expect(currentWindow(data, {})).toMatchObject({ start: '2024-09-01', end: '2024-11-30', keys: ['2024-09', '2024-10', '2024-11'] });
  });

  it('reads changes as ratios and rate changes as points, with no ratio from nothing', () => {
    expect(relativeChange(124, 100)).toBeCloseTo(0.24);
    expect(relativeChange(5, 0)).toBeNull();
    expect(rateChange(0.9, 0.85)).toBeCloseTo(0.05);
    expect(rateChange(null, 0.5)).toBeNull();
  });
});

describe('summaryFigures', () => {
  it('sums a window per kind and in all, beside the previous one', () => {
    const s = summaryFigures(records, { from: '2024-11-01', to: '2024-11-30' })!;
    // The missiles' 2 not downed have no jammed figure: not reported, not unaccounted.
    expect(s.now).toMatchObject({ launched: 150, downed: 91, jammed: 51, unaccounted: 6, notReported: 2, jammedPartlyReported: true });
    expect(s.before).toMatchObject({ launched: 120, downed: 70, jammed: 30, notReported: 10 });
    expect(s.kinds.map((k) => [k.kind, k.now.launched, k.before?.launched])).toEqual([
      ['missile', 6, 20],
      ['drone', 144, 100],
    ]);
    // A rate over the window is a sum over a sum.
    expect(s.now.neutralizedRate).toBeCloseTo(142 / 150);
  });

  it('keeps the data span of all kinds when filtering by kind', () => {
    const s = summaryFigures(records, { kinds: ['missile'], from: '2024-10-01', to: '2024-10-31' })!;
    expect(s.now.launched).toBe(20);
    expect(s.before).toMatchObject({ launched: 0 });
    expect(s.kinds.map((k) => k.kind)).toEqual(['missile']);
  });

  it('equals summarize over aggregate of the same rows', () => {
    const s = summaryFigures(records, {})!;
    const months = aggregate(records, { period: 'month' }).map((r) => summarize(r).total);
    expect(s.now.launched).toBe(months.reduce((n, t) => n + t.launched, 0));
    expect(s.now.downed).toBe(months.reduce((n, t) => n + t.downed, 0));
    expect(s.now.jammed).toBe(months.reduce((n, t) => n + t.jammed, 0));
  });

  it('is null without rows', () => {
    expect(summaryFigures([], {})).toBeNull();
  });

  it('compares the figures that need every outcome only where neither window has a part not reported', () => {
    const drones = summaryFigures(records, { kinds: ['drone'], from: '2024-11-01', to: '2024-11-30' })!;
    expect(outcomesComparable(drones.now, drones.before)).toBe(true);
    const all = summaryFigures(records, { from: '2024-11-01', to: '2024-11-30' })!;
    expect(outcomesComparable(all.now, all.before)).toBe(false);
    expect(outcomesComparable(all.now, null)).toBe(false);
  });
});

describe('totalsBy', () => {
  it('sums across periods per category and per model, most launched first', () => {
    expect(totalsBy(records, 'category').map((w) => [w.kind, w.category, w.launched])).toEqual([
      ['drone', 'strike-drone', 254],
      ['missile', 'cruise', 20],
      ['missile', 'ballistic', 6],
    ]);
    const models = totalsBy(records, 'model');
    expect(models[0]).toMatchObject({ model: 'Shahed-136/131', launched: 254, downed: 152, jammed: 84 });
    expect(models.find((w) => w.model === 'Kalibr')!.jammed).toBeUndefined();
  });
});

describe('checkViewAttributes', () => {
  it('names each bad attribute with the value found', () => {
    const issues = checkViewAttributes({ period: 'fortnight', kind: 'drone, ufo', from: '2024-13-01', to: '2024-01-01', selected: '2024-W60' });
    expect(issues.map((i) => i.path)).toEqual(['period', 'kind', 'from', 'selected']);
    expect(issues[1].message).toBe('kind: expected one of missile, drone, bomb, unknown, got "ufo"');
    expect(checkViewAttributes({ from: '2024-02-01', to: '2024-01-01' })[0].message).toBe('to: expected a date on or after from (2024-02-01), got "2024-01-01"');
    expect(checkViewAttributes({ period: 'week', kind: 'drone,missile', selected: '2024-W46' })).toEqual([]);
  });

  it('takes the neutralized or the downed rate, and names any other', () => {
    expect(checkViewAttributes({ rate: 'downed' })).toEqual([]);
    expect(checkViewAttributes({ rate: 'neutralized' })).toEqual([]);
    expect(checkViewAttributes({ rate: 'interception' })).toEqual([{ path: 'rate', message: 'rate: expected one of neutralized, downed, got "interception"' }]);
  });
});
