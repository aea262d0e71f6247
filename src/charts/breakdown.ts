import { RATE_FIELD, summarizeTally, type TallySummary } from '../data/summarize.js';
import type { WeaponEntry } from '../data/types.js';
import type { Messages } from '../i18n/types.js';
import { twoLines } from './category-labels.js';
import { outcomeDatasets } from './outcome-datasets.js';
import { endLabels } from './plugins/end-labels.js';
import { shownSegments, type Segment } from './segments.js';
import type { Configure, LegendItem, ViewOptions } from './strike-chart.js';
import { segmentLegend, tallyColumns, tallyRow, tallyWords } from './tally.js';
import type { FigureTable } from './table.js';

export type BreakdownGrouping = 'category' | 'model';

export interface BreakdownOptions extends ViewOptions {
  by: BreakdownGrouping;
  /** Bars drawn at most; the table lists every entry. */
  top: number;
  /** A narrow chart (a phone): each name goes above its bar, whole, instead of in a squeezed axis. */
  compact?: boolean;
  title: string;
}

export interface BreakdownView {
  configure: Configure<'bar'>;
  sentence: string;
  table: FigureTable;
  legend: LegendItem[];
  /** Bars drawn, for the plot's height. */
  bars: number;
}

/** Name of a breakdown entry: its model, or its category in words ("Cruise missiles", "Other drones"). */
export function entryLabel(w: WeaponEntry, by: BreakdownGrouping, words: Messages): string {
  if (by === 'model') return w.model ?? w.label ?? words.kind[w.kind];
  const b = words.breakdown;
  const category = w.category ?? 'unknown';
  return category === 'unknown' ? b.otherOfKind[w.kind] : category === 'mixed' ? b.mixedOfKind[w.kind] : b.category[category];
}

/**
 * A label fitted to what 30 % of the chart's width holds (about 7 px a character), so long names never
 * squeeze the bars: one too long takes two lines ("X-101/X-555 and" / "Kalibr and Iskander-K", which cut to
 * one line read the same as "X-101/X-555 and Kalibr"), and only a line still too long is cut. The tooltip and
 * the table have every name whole.
 */
export function fitLabel(label: string, chartWidth: number): string | string[] {
  const chars = Math.max(8, Math.min(28, Math.floor((chartWidth * 0.3) / 7)));
  if (label.length <= chars) return label;
  const cut = (line: string) => (line.length > chars ? `${line.slice(0, chars - 1)}…` : line);
  const lines = twoLines(label);
  return Array.isArray(lines) ? lines.map(cut) : cut(lines);
}

/**
 * Horizontal bars of launched per category or model, most launched first, each split into its outcomes and
 * labelled with launched and the rate `o.rate` names (the neutralized rate); the table lists every entry.
 */
export function breakdownView(entries: readonly WeaponEntry[], o: BreakdownOptions): BreakdownView {
  const { format: f, words, rate = 'neutralized' } = o;
  const field = RATE_FIELD[rate];
  const all = [...entries].sort((a, b) => b.launched - a.launched);
  const labels = all.map((w) => entryLabel(w, o.by, words));
  const tallies: TallySummary[] = all.map((w) => summarizeTally(w));
  const segments = shownSegments(tallies);
  const top = Math.max(1, Math.floor(o.top) || 1);
  const shown = tallies.slice(0, top);
  const texts = shown.map((t) => words.breakdown.barLabel(f.count(t.launched), f.percent(t[field])));

  const sentence = all.length
    ? words.breakdown.sentence(
        o.title,
        shown.map((t, i) => words.entrySentence(tallyWords(t, labels[i]), f, rate)),
        all.length - shown.length,
        f,
      )
    : words.empty;
  const table: FigureTable = {
    caption: sentence,
    columns: [words.breakdown.column[o.by], ...tallyColumns(words, [field], segments)],
    rows: tallies.map((t, i) => tallyRow(t, labels[i], [field], segments, f, words)),
  };
  const configure = breakdownBars(labels.slice(0, top), shown, segments, texts, o);
  const legend = [...segmentLegend(words, segments), { label: words.breakdown.barLabelKey(words.rate[rate]) }];
  return { configure, sentence, table, legend, bars: shown.length };
}

/** The bars drawn, `labels` and `shown` being the top entries' names and tallies, `texts` their end labels. */
function breakdownBars(labels: string[], shown: TallySummary[], segments: readonly Segment[], texts: string[], o: BreakdownOptions): Configure<'bar'> {
  const { format: f, words } = o;
  // Room for the end labels: about 7 px a character of a 12 px semibold font.
  const labelRoom = Math.max(0, ...texts.map((t) => t.length)) * 7 + 10;
  return ({ palette, font }) => ({
    type: 'bar',
    data: {
      labels,
      datasets: outcomeDatasets(words, palette, segments, (s) => shown.map((t) => t[s]), {
        barPercentage: 0.8,
        // Compact rows hold a name line above a thinner bar.
        categoryPercentage: o.compact ? 0.5 : 0.85,
      }),
    },
    options: {
      indexAxis: 'y',
      animation: o.animate ? { duration: 250 } : false,
      layout: { padding: { right: labelRoom, top: o.compact ? 4 : 0 } },
      interaction: { mode: 'index', intersect: false, axis: 'y' },
      scales: {
        x: {
          stacked: true,
          beginAtZero: true,
          grid: { color: palette.grid },
          ticks: { color: palette.text, maxTicksLimit: 5, callback: (v) => f.count(Number(v)) },
        },
        y: {
          display: !o.compact,
          stacked: true,
          grid: { display: false },
          ticks: {
            color: palette.text,
            autoSkip: false,
            callback(_value, index) {
              return fitLabel(labels[index] ?? '', this.chart.width);
            },
          },
        },
      },
      plugins: {
        strikeEndLabels: { texts, color: palette.text, font, names: o.compact ? labels : undefined },
      },
    },
    plugins: [endLabels],
  });
}
