import { registerRings } from './register-rings.js';
import type { ChartConfiguration } from 'chart.js';
import type { RateName } from '../data/rates.js';
import type { EntrySummary, ReportSummary, TallySummary } from '../data/summarize.js';
import type { Format, Messages, PluralForms } from '../i18n/types.js';
import { namesThatFit } from './category-labels.js';
import type { CanvasTheme } from './palette.js';
import { outcomeDatasets } from './outcome-datasets.js';
import { endLabels } from './plugins/end-labels.js';
import { segmentLabels } from './plugins/segment-labels.js';
import { shownSegments, type Segment } from './segments.js';
import { segmentLegend, segmentText, tallyColumns, tallyRow, tallyWords } from './tally.js';
import type { FigureTable } from './table.js';

export type StrikeChartVariant = 'bar' | 'doughnut';

export interface ViewOptions {
  format: Format;
  words: Messages;
  /** False under prefers-reduced-motion. */
  animate: boolean;
  /** A narrow chart (a phone, a grid cell): each name goes above its bar, whole, instead of in a squeezed axis. */
  compact?: boolean;
  /** The rate the words lead with and a chart draws; the neutralized rate unless asked. */
  rate?: RateName;
  /** The attack in the context of the data (`attackContext`): the first headline and the sentence's end. */
  context?: string;
}

/**
 * A chart's configuration for the theme of the moment. The colours and font come from CSS, which the element
 * reads only when it draws: the words and the table are ready before that.
 */
export type Configure<T extends 'bar' | 'doughnut' | 'line' = 'bar'> = (theme: CanvasTheme) => ChartConfiguration<T>;

/** One entry of the HTML legend; its swatch is drawn by CSS from the same tokens as the canvas. */
export interface LegendItem {
  /** A segment, `rate` for a line, `partial` for the dashed outline of a partial period; none for an entry that explains text on the chart and has no swatch. */
  key?: Segment | 'rate' | 'partial';
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

/** A summary's field of a rate, as the table columns are named. */
const labelOf = (e: EntrySummary, words: Messages): string => e.label ?? words.kind[e.kind];

/** The noun forms of an entry that is a weapon kind by its default name; none for an entry with a label of its own. */
const countedOf = (e: EntrySummary, words: Messages): PluralForms | undefined => (e.label === undefined ? words.kindCount[e.kind] : undefined);

export function strikeTable(summary: ReportSummary, segments: readonly Segment[], f: Format, words: Messages, caption: string): FigureTable {
  const rates = ['downedRate', 'neutralizedRate'] as const;
  const rows = summary.entries.map((e) => tallyRow(e, labelOf(e, words), rates, segments, f, words));
  if (summary.entries.length > 1) rows.push(tallyRow(summary.total, words.column.total, rates, segments, f, words));
  return {
    caption,
    columns: [words.column.weapon, ...tallyColumns(words, rates, segments)],
    rows,
  };
}

/** Builds the strike chart: one horizontal bar (or ring) per weapon entry, split into downed / jammed / unaccounted. */
export function strikeChartView(summary: ReportSummary, variant: StrikeChartVariant, o: ViewOptions): StrikeChartView {
  const { format: f, words, rate = 'neutralized' } = o;
  const labels = summary.entries.map((e) => labelOf(e, words));
  const segments = shownSegments(summary.entries);
  const sentence = words.chartSentence(
    {
      date: summary.report.date,
      end: summary.report.end,
      regions: summary.report.regions,
      entries: summary.entries.map((e, i) => words.entrySentence(tallyWords(e, labels[i], countedOf(e, words)), f, rate)),
    },
    f,
  ) + (o.context ? ` ${o.context}` : '');
  const headlines = [...(o.context ? [o.context] : []), ...summary.entries.map((e, i) => words.headline(tallyWords(e, labels[i]), f, rate))];
  const notes = summary.entries.filter((e) => e.inconsistent).map((e) => words.inconsistent(tallyWords(e, labelOf(e, words)), f));
  if (summary.total.launched === 0) {
    // No empty axes or blank ring: words that say nothing was launched; the table keeps the zeros.
    const none = words.noAttacks(summary.report.date, f);
    return { configure: null, sentence: none, headlines, notes, table: strikeTable(summary, segments, f, words, none) };
  }
  const legend = segmentLegend(words, segments);
  const table = strikeTable(summary, segments, f, words, sentence);
  const animation: Animation = o.animate ? { duration: 250 } : false;
  const drawn = { summary, labels, segments, animation };

  if (variant === 'bar') return { configure: barsOf(drawn, o), sentence, headlines, notes, legend, table };
  if (labels.length > 1) headlines.push(words.ringOrder(labels, f));
  return { configure: ringsOf(drawn, o), sentence, headlines, notes, legend, table };
}

type Animation = { duration: number } | false;

/** What a strike is drawn from: its figures, the entries' names, the outcomes shown and the animation. */
interface Drawn {
  summary: ReportSummary;
  labels: string[];
  segments: readonly Segment[];
  animation: Animation;
}

/** One ring per weapon entry, each segment labelled with its count and share where it fits. */
function ringsOf({ summary, labels, segments, animation }: Drawn, o: ViewOptions): Configure<'doughnut'> {
  const { format: f, words } = o;
  const texts = summary.entries.map((e) => segments.map((s) => segmentText(e, s, f, words)));
  return ({ palette, font }) => {
    registerRings();
    return {
      type: 'doughnut',
      data: {
        labels: segments.map((s) => words.segment[s]),
        datasets: summary.entries.map((e, i) => ({
          label: labels[i],
          data: segments.map((s) => e[s]),
          backgroundColor: segments.map((s) => palette[s]),
          borderWidth: 1,
        })),
      },
      options: {
        animation,
        cutout: '35%',
        plugins: {
          strikeSegmentLabels: {
            texts,
            colors: summary.entries.map(() => segments.map((s) => palette.labelOn[s])),
            font,
          },
        },
      },
      plugins: [segmentLabels],
    };
  };
}

/** One horizontal bar per weapon entry, its segments as shares of launched, labelled where they fit. */
function barsOf({ summary, labels, segments, animation }: Drawn, o: ViewOptions): Configure<'bar'> {
  const { format: f, words } = o;
  const share = (t: TallySummary, s: Segment) => (t.launched === 0 ? 0 : (t[s] / t.launched) * 100);
  const widest = Math.max(100, ...summary.entries.map((e) => segments.reduce((sum, s) => sum + share(e, s), 0)));
  const texts = segments.map((s) => summary.entries.map((e) => segmentText(e, s, f, words)));
  return ({ palette, font }) => ({
    type: 'bar',
    data: {
      labels,
      datasets: outcomeDatasets(words, palette, segments, (s) => summary.entries.map((e) => share(e, s)), { barPercentage: 0.8, categoryPercentage: o.compact ? 0.55 : 0.9 }),
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
        strikeSegmentLabels: { texts, colors: segments.map((s) => summary.entries.map(() => palette.labelOn[s])), font },
        // No words after the bars (they end at 100 %): only the names above them.
        strikeEndLabels: o.compact ? { texts: labels.map(() => ''), names: labels, color: palette.text, font } : undefined,
      },
    },
    plugins: [segmentLabels, endLabels],
  });
}
