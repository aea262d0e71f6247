import type { RateName } from '../data/rates.js';
import type { RATE_FIELD, TallySummary } from '../data/summarize.js';
import type { Format, Messages, PluralForms, TallyWords } from '../i18n/types.js';
import type { LegendItem } from './strike-chart.js';
import type { Segment } from './segments.js';
import type { FigureRow } from './table.js';

// The words, legend and table rows of a tally (launched and its outcomes), which the strike chart, the timeline,
// the breakdown and the summary share. Apart from the strike chart's builder, so that they do not bring the
// doughnut's chart.js pieces with them (each element's chunk in dist/chunks/ holds what it draws with).

type Rate = (typeof RATE_FIELD)[RateName];

export const tallyWords = (t: TallySummary, label: string, counted?: PluralForms): TallyWords => ({ ...t, label, counted });

/** Count and share of launched, as drawn on a segment. */
export function segmentText(t: TallySummary, s: Segment, f: Format, words: Messages): string {
  const n = t[s];
  return n === 0 ? '' : words.segmentValue(f.count(n), f.percent(t.launched === 0 ? null : n / t.launched));
}

export const segmentLegend = (words: Messages, segments: readonly Segment[]): LegendItem[] => segments.map((key) => ({ key, label: words.segment[key] }));

/** A table cell of one outcome: jammed says when it was not reported, or reported for only part of launched. */
function outcomeCell(t: TallySummary, s: Segment, f: Format, words: Messages): string {
  if (s !== 'jammed') return f.count(t[s]);
  if (!t.jammedReported) return words.notReported;
  return t.jammedPartlyReported ? words.partlyReported(f.count(t.jammed)) : f.count(t.jammed);
}

/** A table row of a tally: launched, the outcomes `segments` (jammed may be "not reported"), then the rates asked for. */
export function tallyRow(t: TallySummary, header: string, rates: readonly Rate[], segments: readonly Segment[], f: Format, words: Messages): FigureRow {
  return {
    header,
    flagged: t.inconsistent,
    cells: [f.count(t.launched), ...segments.map((s) => outcomeCell(t, s, f, words)), ...rates.map((r) => f.percent(t[r]))],
    values: [t.launched, ...segments.map((s) => (s === 'jammed' && !t.jammedReported ? null : t[s])), ...rates.map((r) => t[r])],
    shares: rates.map((_, i) => 1 + segments.length + i),
  };
}

/** The columns of tally rows after their header: launched, the outcomes `segments`, then the rates asked for. */
export const tallyColumns = (words: Messages, rates: readonly Rate[], segments: readonly Segment[]): string[] => [
  words.column.launched,
  ...segments.map((s) => words.segment[s]),
  ...rates.map((r) => words.column[r]),
];

