import { describe, expect, it } from 'vitest';
import { dateBounds, rangeIssue, rangeProblems } from '../../../src/data/date-range.js';
import { checkViewAttributes } from '../../../src/data/view-attributes.js';

const data = { start: '2024-09-01', end: '2025-02-28' };

describe('rangeProblems', () => {
  it('finds a day that is not on the calendar at its end, by the 4, 100 and 400 rules', () => {
    expect(rangeProblems({ from: '2026-04-31' })).toEqual([{ end: 'from', reason: 'no-such-day', value: '2026-04-31' }]);
    expect(rangeProblems({ to: '2025-02-29' })).toEqual([{ end: 'to', reason: 'no-such-day', value: '2025-02-29' }]);
    expect(rangeProblems({ from: '1900-02-29', to: '2000-02-29' }).map((p) => p.end)).toEqual(['from']);
    expect(rangeProblems({ from: '2024-02-29', to: '2024-04-30' })).toEqual([]);
  });

  it('blames a range the wrong way round on the end the reader changed, else on `to`', () => {
    const range = { from: '2025-02-01', to: '2025-01-01' };
    expect(rangeProblems(range)).toEqual([{ end: 'to', reason: 'end-before-start', value: '2025-01-01', other: '2025-02-01' }]);
    expect(rangeProblems(range, { changed: 'from' })).toEqual([{ end: 'from', reason: 'start-after-end', value: '2025-02-01', other: '2025-01-01' }]);
    expect(rangeProblems({ from: '2025-01-01', to: '2025-01-01' })).toEqual([]);
  });

  it('keeps typed dates within the bounds, open ends and all', () => {
    // Year 0002 on the way to 2024, typed digit by digit.
    expect(rangeProblems({ from: '0002-12-01' }, { within: data })).toEqual([{ end: 'from', reason: 'outside', value: '0002-12-01', bounds: data }]);
    expect(rangeProblems({ to: '2025-03-01' }, { within: data }).map((p) => p.reason)).toEqual(['outside']);
    expect(rangeProblems({}, { within: data })).toEqual([]);
    // The wrong way round says more than outside.
    expect(rangeProblems({ from: '2024-12-01', to: '0002-12-31' }, { changed: 'to', within: data }).map((p) => p.reason)).toEqual(['end-before-start']);
  });
});

describe('dateBounds', () => {
  it('widens the data to the days of the range in use, never to a day that is none', () => {
    expect(dateBounds(data, {})).toEqual(data);
    expect(dateBounds(data, { from: '2024-01-01', to: '2025-01-31' })).toEqual({ start: '2024-01-01', end: '2025-02-28' });
    expect(dateBounds(data, { from: '0000-00-00', to: '2026-04-31' })).toEqual(data);
  });
});

describe('rangeIssue', () => {
  it('names the bad value, the month length when only the day is past it', () => {
    expect(rangeIssue({ end: 'from', reason: 'no-such-day', value: '2026-04-31' })).toEqual({
      path: 'from',
      message: 'from: expected a day on the calendar (2026-04 has 30 days), got "2026-04-31"',
    });
    expect(rangeIssue({ end: 'to', reason: 'no-such-day', value: '2025-02-29' }).message).toBe('to: expected a day on the calendar (2025-02 has 28 days), got "2025-02-29"');
    expect(rangeIssue({ end: 'to', reason: 'no-such-day', value: '2025-13-01' }).message).toBe('to: expected a date written YYYY-MM-DD, got "2025-13-01"');
    expect(rangeIssue({ end: 'from', reason: 'start-after-end', value: '2025-02-01', other: '2025-01-01' }).message).toBe(
      'from: expected a date on or before to (2025-01-01), got "2025-02-01"',
    );
  });

  it('is what checkViewAttributes says of from and to', () => {
    expect(checkViewAttributes({ from: '2026-04-31', to: '2026-05-02' })).toEqual([
      { path: 'from', message: 'from: expected a day on the calendar (2026-04 has 30 days), got "2026-04-31"' },
    ]);
    expect(checkViewAttributes({ from: '2024-02-01', to: '2024-01-01' })[0].message).toBe('to: expected a date on or after from (2024-02-01), got "2024-01-01"');
  });
});
