import { registerLines } from './register.js';
import type { ChartDataset } from 'chart.js';
import { periodRange, type Period } from '../data/calendar.js';
import { rollingRate, type SeriesPoint } from '../data/series.js';
import { RATE_FIELD, summarizeTally, sumTallies, type TallySummary } from '../data/summarize.js';
import type { Tally } from '../data/types.js';
import { segmentLegend, tallyColumns, tallyRow, tallyWords, type Configure, type LegendItem, type ViewOptions } from './strike-chart.js';
import { outcomeDatasets } from './outcome-datasets.js';
import { shownSegments, type Segment } from './segments.js';
import { selectedBand } from './plugins/selected-band.js';
import type { FigureRow, FigureTable } from './table.js';

export interface TimelineOptions extends ViewOptions {
  period: Period;
  /** Periods in the rolling mean of the rate line; 1 for none. */
  rolling: number;
  /** Called with the index of the period the reader clicked. */
  onSelect?: (index: number) => void;
  /** Key of the period to mark as selected (`2024-11`); a band is drawn behind it. */
  selected?: string;
  /** The first and last dates shown (`YYYY-MM-DD`), when a range cuts the data: a period they cut says so. */
  from?: string;
  to?: string;
}

export interface TimelineView {
  configure: Configure<'bar' | 'line'>;
  sentence: string;
  table: FigureTable;
  legend: LegendItem[];
}

const summaries = (points: readonly SeriesPoint[]): (TallySummary | null)[] => points.map((p) => (p.tally ? summarizeTally(p.tally) : null));

/** Per period: stacked bars of the outcomes, and a line of the rate `o.rate` names (the neutralized rate) on a 0–100 % axis. */
export function timelineView(points: readonly SeriesPoint[], o: TimelineOptions): TimelineView {
  const { format: f, words, rate = 'neutralized' } = o;
  const labels = points.map((p) => f.period(p.key));
  const tallies = summaries(points);
  const segments = shownSegments(tallies);
  const rolling = Math.max(1, Math.floor(o.rolling) || 1);
  const field = RATE_FIELD[rate];
  const rates = rolling > 1 ? rollingRate(points, rolling, rate) : tallies.map((t) => t?.[field] ?? null);
  const rateName = rolling > 1 ? words.rollingRate(rolling, words.column[field]) : words.column[field];
  const sentence = points.length ? timelineSentence(points, labels, tallies, o) : words.empty;
  // The range's ends may cut the first and last periods: their rows (and so the tooltips) name the days held.
  const headers = [...labels];
  for (const i of o.from || o.to ? new Set([0, points.length - 1]) : []) {
    if (i < 0) continue;
    const { start, end } = periodRange(points[i].key);
    const from = o.from && o.from > start ? o.from : start;
    const to = o.to && o.to < end ? o.to : end;
    if (from !== start || to !== end) headers[i] = words.periodPart(labels[i], f.period(from), f.period(to));
  }
  const rolled = rolling > 1 ? { name: rateName, rates } : undefined;
  const table = timelineTable(headers, tallies, segments, rolled, sentence, o);
  const configure = timelineChart(points, labels, tallies, segments, rateLine(rates, rateName), o);
  return { configure, sentence, table, legend: [...segmentLegend(words, segments), { key: 'rate', label: rateName }] };
}

function timelineSentence(points: readonly SeriesPoint[], labels: string[], tallies: (TallySummary | null)[], o: TimelineOptions): string {
  const { format: f, words, rate = 'neutralized' } = o;
  const total = summarizeTally(sumTallies(points.map((p) => p.tally).filter((t): t is Tally => t !== null)));
  // Of the periods' own rates, also when the line shows a rolling one: a rolling rate is no period's figure.
  let highest: { label: string; rate: number } | undefined;
  let lowest: { label: string; rate: number } | undefined;
  tallies.forEach((t, i) => {
    const value = t?.[RATE_FIELD[rate]] ?? null;
    if (value === null) return;
    if (!highest || value > highest.rate) highest = { label: labels[i], rate: value };
    if (!lowest || value < lowest.rate) lowest = { label: labels[i], rate: value };
  });
  const differ = highest && lowest && highest.label !== lowest.label;
  return words.timelineSentence(
    {
      periods: f.plural(points.length, words.periodName[o.period]),
      first: labels[0],
      last: labels[labels.length - 1],
      total: tallyWords(total, ''),
      rate,
      highest: differ ? highest : undefined,
      lowest: differ ? lowest : undefined,
      gaps: points.filter((p) => !p.tally).length,
    },
    f,
  );
}

/** A row per period (a period with no report says so), with a column of the rolling rate when there is one. */
function timelineTable(
  headers: string[],
  tallies: (TallySummary | null)[],
  segments: readonly Segment[],
  rolling: { name: string; rates: (number | null)[] } | undefined,
  caption: string,
  o: TimelineOptions,
): FigureTable {
  const { format: f, words } = o;
  const fields = [RATE_FIELD[o.rate ?? 'neutralized']];
  const columns = [words.timelineColumns.period, ...tallyColumns(words, fields, segments), ...(rolling ? [rolling.name] : [])];
  const rows: FigureRow[] = tallies.map((t, i) => {
    const extra = rolling ? [rolling.rates[i]] : [];
    if (!t) {
      const blank = columns.slice(2);
      return { header: headers[i], cells: [words.noReport, ...blank.map(() => '')], values: [null, ...blank.map(() => null)] };
    }
    const row = tallyRow(t, headers[i], fields, segments, f, words);
    return { ...row, cells: [...row.cells, ...extra.map((r) => f.percent(r))], values: [...row.values, ...extra] };
  });
  return { caption, columns, rows };
}

type RateLine = ChartDataset<'line', (number | null)[]> & { label: string };

/** The rate line, drawn over the bars on the 0–100 % axis (its colour is the theme's); no dots where they would crowd. */
function rateLine(rates: (number | null)[], label: string): RateLine {
  return {
    type: 'line',
    label,
    data: rates.map((r) => (r === null ? null : r * 100)),
    borderWidth: 2,
    pointRadius: rates.length > 60 ? 0 : 2.5,
    pointHitRadius: 6,
    spanGaps: false,
    yAxisID: 'rate',
    order: 1,
  };
}

function timelineChart(
  points: readonly SeriesPoint[],
  labels: string[],
  tallies: (TallySummary | null)[],
  segments: readonly Segment[],
  line: RateLine,
  o: TimelineOptions,
): Configure<'bar' | 'line'> {
  const { format: f, words } = o;
  const selected = o.selected ? points.findIndex((p) => p.key === o.selected) : -1;
  return ({ palette }) => {
    registerLines();
    const bars = outcomeDatasets(words, palette, segments, (s) => tallies.map((t) => (t ? t[s] : null)), { type: 'bar' as const, yAxisID: 'count', order: 2 });
    return {
      type: 'bar',
      data: { labels, datasets: [...bars, { ...line, borderColor: palette.rate, backgroundColor: palette.rate }] as ChartDataset<'bar' | 'line', (number | null)[]>[] },
      options: {
        // Animating thousands of bars costs more than it shows; short series keep the brief entrance.
        animation: o.animate && points.length <= 60 ? { duration: 250 } : false,
        interaction: { mode: 'index', intersect: false },
        onClick: (_event, elements) => {
          if (elements[0]) o.onSelect?.(elements[0].index);
        },
        scales: {
          x: {
            stacked: true,
            grid: { display: false },
            // Period labels are all about as long: measuring a sample of them finds how many fit as well as
            // measuring a thousand daily ones.
            ticks: { color: palette.text, maxRotation: 0, autoSkipPadding: 12, sampleSize: 30 },
          },
          count: {
            type: 'linear',
            position: 'left',
            stacked: true,
            beginAtZero: true,
            grid: { color: palette.grid },
            ticks: { color: palette.text, callback: (v) => f.count(Number(v)) },
            title: { display: true, text: words.column.launched, color: palette.text },
          },
          rate: {
            type: 'linear',
            position: 'right',
            min: 0,
            max: 100,
            grid: { display: false },
            ticks: { color: palette.text, callback: (v) => f.percent(Number(v) / 100) },
            title: { display: true, text: line.label, color: palette.text },
          },
        },
        plugins: {
          strikeSelectedBand: { index: selected, color: palette.grid },
        },
      },
      plugins: [selectedBand],
    };
  };
}
