import { registerRings } from './register.js';
import type { ChartConfiguration } from 'chart.js';
import type { EntrySummary, ReportSummary, TallySummary } from '../data/summarize.js';
import type { Format, Messages, PluralForms, TallyWords } from '../i18n/types.js';
import { namesThatFit } from './category-labels.js';
import type { CanvasTheme } from './palette.js';
import { outcomeDatasets } from './outcome-datasets.js';
import { endLabels } from './plugins/end-labels.js';
import { segmentLabels } from './plugins/segment-labels.js';
import { SEGMENTS, type Segment } from './segments.js';
import type { FigureRow, FigureTable } from './table.js';

export type StrikeChartVariant = 'bar' | 'doughnut';

export interface ViewOptions {
  format: Format;
  words: Messages;
  /** False under prefers-reduced-motion. */
  animate: boolean;
  /** A narrow chart (a phone, a grid cell): each name goes above its bar, whole, instead of in a squeezed axis. */
  compact?: boolean;
}

/**
 * A chart's configuration for the theme of the moment. The colours and font come from CSS, which the element
 * reads only when it draws: the words and the table are ready before that.
 */
export type Configure<T extends 'bar' | 'doughnut' | 'line' = 'bar'> = (theme: CanvasTheme) => ChartConfiguration<T>;

/** One entry of the HTML legend; its swatch is drawn by CSS from the same tokens as the canvas. */
export interface LegendItem {
  /** `downed`, `jammed`, `unaccounted`; `rate` for a line; `partial` for the dashed outline of a partial period. */
  key: Segment | 'rate' | 'partial';
  label: string;
}

/** Everything an element shows for one strike: the chart, and the same figures in words and as a table. */
export interface StrikeChartView {
  /** Null when nothing was launched at all: the sentence says so instead of an empty chart. */
  configure: Configure<'bar'> | Configure<'doughnut'> | null;
  sentence: string;
  headlines: string[];
  notes: string[];
  legend?: LegendItem[];
  table: FigureTable;
}

type Rate = 'downedRate' | 'neutralizedRate';

const labelOf = (e: EntrySummary, words: Messages): string => e.label ?? words.kind[e.kind];

export const tallyWords = (t: TallySummary, label: string, counted?: PluralForms): TallyWords => ({ ...t, label, counted });

/** The noun forms of an entry that is a weapon kind by its default name; none for an entry with a label of its own. */
const countedOf = (e: EntrySummary, words: Messages): PluralForms | undefined => (e.label === undefined ? words.kindCount[e.kind] : undefined);

/** Count and share of launched, as drawn on a segment. */
function segmentText(t: TallySummary, s: Segment, f: Format, words: Messages): string {
  const n = t[s];
  return n === 0 ? '' : words.segmentValue(f.count(n), f.percent(t.launched === 0 ? null : n / t.launched));
}

export const segmentLegend = (words: Messages): LegendItem[] => SEGMENTS.map((key) => ({ key, label: words.segment[key] }));

/** A table row of a tally: launched, downed, jammed (or "not reported"), unaccounted, then the rates asked for. */
export function tallyRow(t: TallySummary, header: string, rates: readonly Rate[], f: Format, words: Messages): FigureRow {
  return {
    header,
    flagged: t.inconsistent,
    cells: [f.count(t.launched), f.count(t.downed), t.jammedReported ? f.count(t.jammed) : words.notReported, f.count(t.unaccounted), ...rates.map((r) => f.percent(t[r]))],
    values: [t.launched, t.downed, t.jammedReported ? t.jammed : null, t.unaccounted, ...rates.map((r) => t[r])],
  };
}

/** The columns of tally rows after their header: launched, the three outcomes, then the rates asked for. */
export const tallyColumns = (words: Messages, rates: readonly Rate[]): string[] => [
  words.column.launched,
  ...SEGMENTS.map((s) => words.segment[s]),
  ...rates.map((r) => words.column[r]),
];

export function strikeTable(summary: ReportSummary, f: Format, words: Messages, caption: string): FigureTable {
  const rates = ['downedRate', 'neutralizedRate'] as const;
  const rows = summary.entries.map((e) => tallyRow(e, labelOf(e, words), rates, f, words));
  if (summary.entries.length > 1) rows.push(tallyRow(summary.total, words.column.total, rates, f, words));
  return {
    caption,
    columns: [words.column.weapon, ...tallyColumns(words, rates)],
    rows,
  };
}

/** Builds the strike chart: one horizontal bar (or ring) per weapon entry, split into downed / jammed / unaccounted. */
export function strikeChartView(summary: ReportSummary, variant: StrikeChartVariant, o: ViewOptions): StrikeChartView {
  const { format: f, words } = o;
  const labels = summary.entries.map((e) => labelOf(e, words));
  const sentence = words.chartSentence(
    {
      date: summary.report.date,
      end: summary.report.end,
      regions: summary.report.regions,
      entries: summary.entries.map((e, i) => words.entrySentence(tallyWords(e, labels[i], countedOf(e, words)), f)),
    },
    f,
  );
  const headlines = summary.entries.map((e, i) => words.headline(tallyWords(e, labels[i]), f));
  const notes = summary.entries.filter((e) => e.inconsistent).map((e) => words.inconsistent(tallyWords(e, labelOf(e, words)), f));
  if (summary.total.launched === 0) {
    // No empty axes or blank ring: words that say nothing was launched; the table keeps the zeros.
    const none = words.noAttacks(summary.report.date, f);
    return { configure: null, sentence: none, headlines, notes, table: strikeTable(summary, f, words, none) };
  }
  const legend = segmentLegend(words);
  const table = strikeTable(summary, f, words, sentence);
  const animation: Animation = o.animate ? { duration: 250 } : false;

  if (variant === 'bar') return { configure: barsOf(summary, labels, o, animation), sentence, headlines, notes, legend, table };
  if (labels.length > 1) headlines.push(words.ringOrder(labels, f));
  return { configure: ringsOf(summary, labels, o, animation), sentence, headlines, notes, legend, table };
}

type Animation = { duration: number } | false;

/** One ring per weapon entry, each segment labelled with its count and share where it fits. */
function ringsOf(summary: ReportSummary, labels: string[], o: ViewOptions, animation: Animation): Configure<'doughnut'> {
  const { format: f, words } = o;
  const texts = summary.entries.map((e) => SEGMENTS.map((s) => segmentText(e, s, f, words)));
  return ({ palette, font }) => {
    registerRings();
    return {
      type: 'doughnut',
      data: {
        labels: SEGMENTS.map((s) => words.segment[s]),
        datasets: summary.entries.map((e, i) => ({
          label: labels[i],
          data: SEGMENTS.map((s) => e[s]),
          backgroundColor: SEGMENTS.map((s) => palette[s]),
          borderWidth: 1,
        })),
      },
      options: {
        animation,
        cutout: '35%',
        plugins: {
          strikeSegmentLabels: {
            texts,
            colors: summary.entries.map(() => SEGMENTS.map((s) => palette.labelOn[s])),
            font,
          },
        },
      },
      plugins: [segmentLabels],
    };
  };
}

/** One horizontal bar per weapon entry, its segments as shares of launched, labelled where they fit. */
function barsOf(summary: ReportSummary, labels: string[], o: ViewOptions, animation: Animation): Configure<'bar'> {
  const { format: f, words } = o;
  const share = (t: TallySummary, s: Segment) => (t.launched === 0 ? 0 : (t[s] / t.launched) * 100);
  const widest = Math.max(100, ...summary.entries.map((e) => share(e, 'downed') + share(e, 'jammed') + share(e, 'unaccounted')));
  const texts = SEGMENTS.map((s) => summary.entries.map((e) => segmentText(e, s, f, words)));
  return ({ palette, font }) => ({
    type: 'bar',
    data: {
      labels,
      datasets: outcomeDatasets(words, palette, (s) => summary.entries.map((e) => share(e, s)), { barPercentage: 0.8, categoryPercentage: o.compact ? 0.55 : 0.9 }),
    },
    options: {
      indexAxis: 'y',
      animation,
      scales: {
        x: {
          stacked: true,
          min: 0,
          // Shares summed in floating point can pass 100 by a hair; only a real excess widens the axis.
          max: widest > 100.5 ? Math.ceil(widest / 10) * 10 : 100,
          grid: { color: palette.grid },
          ticks: { color: palette.text, callback: (v) => f.percent(Number(v) / 100) },
          title: { display: true, text: words.shareAxis, color: palette.text },
        },
        y: { display: !o.compact, stacked: true, grid: { display: false }, ticks: { color: palette.text, callback: namesThatFit } },
      },
      plugins: {
        strikeSegmentLabels: { texts, colors: SEGMENTS.map((s) => summary.entries.map(() => palette.labelOn[s])), font },
        // No words after the bars (they end at 100 %): only the names above them.
        strikeEndLabels: o.compact ? { texts: labels.map(() => ''), names: labels, color: palette.text, font } : undefined,
      },
    },
    plugins: [segmentLabels, endLabels],
  });
}
