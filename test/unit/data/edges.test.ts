import { describe, expect, it } from 'vitest';
import { DEFAULT_THEME } from '../../../src/charts/palette.js';
import { strikeChartView } from '../../../src/charts/strike-chart.js';
import { aggregate } from '../../../src/data/aggregate.js';
import { periodKey, periodRange } from '../../../src/data/calendar.js';
import { summarize } from '../../../src/data/summarize.js';
import type { StrikeReport } from '../../../src/data/types.js';
import { validateReport } from '../../../src/data/validate.js';
import { formatFor, messagesFor } from '../../../src/i18n/format.js';

// Numbers at the edges of what a report can say: nothing launched, huge, fractional, negative, written as text.
const view = (report: StrikeReport, variant: 'bar' | 'doughnut' = 'bar', locale = 'en') =>
  strikeChartView(summarize(report), variant, {
    format: formatFor(locale),
    words: messagesFor(locale),
    animate: false,
  });
const entry = (launched: unknown, downed: unknown = 0, jammed?: unknown) => ({ kind: 'drone', launched, downed, ...(jammed === undefined ? {} : { jammed }) });
const issuesOf = (weapon: Record<string, unknown>) => validateReport({ weapons: [weapon] }).issues.map((i) => i.message);

describe('numbers at the edges', () => {
  it('says "no attacks recorded" for all zeros, instead of empty bars or a blank ring, and keeps the zeros in the table', () => {
    const zeros: StrikeReport = { date: '2024-11-13', weapons: [{ kind: 'missile', launched: 0, downed: 0 }, { kind: 'drone', launched: 0, downed: 0, jammed: 0 }] };
    for (const variant of ['bar', 'doughnut'] as const) {
      const v = view(zeros, variant);
      expect(v.configure).toBe(null);
      expect(v.sentence).toBe('No attacks recorded on November 13, 2024: nothing was launched.');
      expect(v.headlines).toEqual(['Missiles: none launched', 'Drones: none launched']);
      expect(v.table.rows.map((r) => r.cells.slice(0, 4))).toEqual([
        ['0', '0', 'not reported', '0'],
        ['0', '0', '0', '0'],
        ['0', '0', '0', '0'],
      ]);
      expect(v.table.rows[0].values.slice(4)).toEqual([null, null]);
    }
    expect(view({ weapons: [{ kind: 'drone', launched: 0, downed: 0 }] }, 'bar', 'uk').sentence).toBe('Атак не зафіксовано: нічого не запущено.');
  });

  it('draws a report where one entry launched nothing, with no rate for it rather than 0 %', () => {
    const v = view({ weapons: [{ kind: 'missile', launched: 0, downed: 0 }, { kind: 'drone', launched: 90, downed: 37, jammed: 47 }] });
    expect(v.configure?.(DEFAULT_THEME).type).toBe('bar');
    expect(v.configure?.(DEFAULT_THEME).data.datasets.map((d) => d.data[0])).toEqual([0, 0, 0]);
    expect(v.table.rows[0].cells.slice(4)).toEqual(['no rate (none launched)', 'no rate (none launched)']);
    expect(v.sentence).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('writes 1e15 in full and keeps shares finite', () => {
    const v = view({ weapons: [entry(1e15, 1e15 - 1, 0) as StrikeReport['weapons'][0]] });
    expect(v.headlines[0]).toBe('Drones: 999,999,999,999,999 of 1,000,000,000,000,000 neutralized, 100% — 999,999,999,999,999 downed, 0 jammed, 1 unaccounted');
    for (const d of v.configure!(DEFAULT_THEME).data.datasets) for (const x of d.data as number[]) expect(Number.isFinite(x)).toBe(true);
  });

  it('refuses fractional, negative, huge, non-finite and written-out counts, naming each in words', () => {
    expect(issuesOf(entry(0.5))).toEqual(['weapons[0].launched: expected a whole number >= 0, got 0.5']);
    expect(issuesOf(entry(-3))).toEqual(['weapons[0].launched: expected a whole number >= 0, got -3']);
    expect(issuesOf(entry(2 ** 53))).toEqual(['weapons[0].launched: expected a whole number >= 0, got 9007199254740992']);
    expect(issuesOf(entry('1,234'))).toEqual(['weapons[0].launched: expected a whole number >= 0, got "1,234"']);
    expect(issuesOf(entry(NaN, Infinity, -Infinity))).toEqual([
      'weapons[0].launched: expected a whole number >= 0, got an invalid number',
      'weapons[0].downed: expected a whole number >= 0, got an infinite number',
      'weapons[0].jammed: expected a whole number >= 0, got an infinite number',
    ]);
    expect(issuesOf({ kind: 'drone' })).toEqual([
      'weapons[0].launched: expected a whole number >= 0, got nothing',
      'weapons[0].downed: expected a whole number >= 0, got nothing',
    ]);
    expect(issuesOf(entry(null))).toEqual(['weapons[0].launched: expected a whole number >= 0, got null']);
  });

  it('keeps years before 100 as they are written (Date.UTC would read 0050 as 1950)', () => {
    expect(periodKey('0050-03-01', 'week')).toBe('0050-W09');
    expect(periodRange('0050-W09')).toEqual({ start: '0050-02-28', end: '0050-03-06' }); // as Python's proleptic calendar says
    expect(periodRange('0050-02')).toEqual({ start: '0050-02-01', end: '0050-02-28' });
    const record = { row: 2, date: '0050-03-01', model: 'Kalibr', kind: 'missile' as const, category: 'cruise' as const, launched: 3 };
    expect(aggregate([record], { period: 'month' }).map((r) => [r.period, r.date, r.end])).toEqual([['0050-03', '0050-03-01', '0050-03-31']]);
  });
});
