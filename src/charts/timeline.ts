import { registerLines } from './register-lines.js';
import type { ChartDataset, ChartOptions } from 'chart.js';
import type { Period } from '../data/calendar.js';
import { rollingRate, type SeriesPoint } from '../data/series.js';
import { RATE_FIELD, summarizeTally, sumTallies, type TallySummary } from '../data/summarize.js';
import type { Tally } from '../data/types.js';
import type { Palette } from './palette.js';
import { partWords } from './part-words.js';
import type { Configure, LegendItem, ViewOptions } from './strike-chart.js';
import { segmentLegend, tallyColumns, tallyRow, tallyWords } from './tally.js';
import { periodsThatFit } from './category-labels.js';
import { outcomeDatasets } from './outcome-datasets.js';
import { partialMarks } from './plugins/partial-marks.js';
import { shownSegments, type Segment } from './segments.js';
import { selectedBand } from './plugins/selected-band.js';
import { MARKER_LINE, markerRows, periodMarkers } from './plugins/period-markers.js';
import { markedIndexes, markerSentence, withMarkerColumns, type KeyTargets, type Marker } from './markers.js';
import type { FigureRow, FigureTable } from './table.js';

export interface TimelineOptions extends ViewOptions {
  period: Period;
  /** Periods in the rolling mean of the rate line; 1 for none. */
  rolling: number;
  /** Called with the index of the period the reader clicked. */
  onSelect?: (index: number) => void;
  /** Key of the period to mark as selected (`2024-11`); a band is drawn behind it. */
  selected?: string;
  /** A narrow chart (a grid cell on a phone): no axis titles, which would take the tick labels' room; the legend names both series. */
  compact?: boolean;
  /** Marks on periods (the page's annotations, records): drawn, listed in the table and said in the sentence. */
  markers?: readonly Marker[];
}

export interface TimelineView {
  configure: Configure<'bar' | 'line'>;
  sentence: string;
  table: FigureTable;
  legend: LegendItem[];
  /** Where the keyboard's marker and highest-period keys go. */
  keyTargets: KeyTargets;
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
  const markers = o.markers ?? [];
  const sentence = points.length ? [timelineSentence(points, labels, tallies, o), markerSentence(markers, labels, f, words)].filter(Boolean).join(' ') : words.empty;
  // A period the data or the range holds only part of says so in its row, and so in its tooltip.
  const headers = points.map((p, i) => (p.partial ? words.periodPart(labels[i], partWords(p.partial, f)) : labels[i]));
  const rolled = rolling > 1 ? { name: rateName, rates } : undefined;
  const table = withMarkerColumns(timelineTable(headers, tallies, segments, rolled, sentence, o), markers, words);
  const configure = timelineChart(points, labels, tallies, segments, rateLine(rates, rateName), o);
  const legend: LegendItem[] = [...segmentLegend(words, segments), { key: 'rate', label: rateName }];
  if (points.some((p) => p.partial && p.tally)) legend.push({ key: 'partial', label: words.partialLegend });
  return { configure, sentence, table, legend, keyTargets: { marked: markedIndexes(markers), highest: mostLaunched(tallies) } };
}

/** The period with the most launched (the tallest bar); undefined when none has a report. */
function mostLaunched(tallies: (TallySummary | null)[]): number | undefined {
  let most: number | undefined;
  tallies.forEach((t, i) => {
    if (t && (most === undefined || t.launched > tallies[most]!.launched)) most = i;
  });
  return most;
}

function timelineSentence(points: readonly SeriesPoint[], labels: string[], tallies: (TallySummary | null)[], o: TimelineOptions): string {
  const { format: f, words, rate = 'neutralized' } = o;
  const total = summarizeTally(sumTallies(points.map((p) => p.tally).filter((t): t is Tally => t !== null)));
  // Of the whole periods' own rates, also when the line shows a rolling one: a rolling rate is no period's
  // figure, and a period of 5 days next to whole months would read as a collapse or a record.
  let highest: { label: string; rate: number } | undefined;
  let lowest: { label: string; rate: number } | undefined;
  tallies.forEach((t, i) => {
    const value = t?.[RATE_FIELD[rate]] ?? null;
    if (value === null || points[i].partial) return;
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
      partial: points.flatMap((p, i) => (p.partial && p.tally ? [{ label: labels[i], ...partWords(p.partial, f) }] : [])),
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
    const shares = [...(row.shares ?? []), ...extra.map((_, j) => row.values.length + j)];
    return { ...row, cells: [...row.cells, ...extra.map((r) => f.percent(r))], values: [...row.values, ...extra], shares };
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
  const partial = points.flatMap((p, i) => (p.partial ? [i] : []));
  const partTexts = partial.map((i) => words.partDays(partWords(points[i].partial!, f)));
  return ({ palette, font }) => {
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
        scales: timelineScales(palette, line.label, o),
        plugins: {
          strikeSelectedBand: { index: selected, color: palette.grid },
          strikePartialMarks: { indexes: partial, texts: partTexts, color: palette.text, font },
          strikePeriodMarkers: { markers: [...(o.markers ?? [])], color: palette.text, font },
        },
        // The marker labels' lines above the plot.
        ...(o.markers?.length ? { layout: { padding: { top: markerRows(o.markers) * MARKER_LINE } } } : {}),
      },
      plugins: [selectedBand, partialMarks, periodMarkers],
    };
  };
}

/** The period axis, the count axis (left) and the rate axis (right, 0–100 %). */
function timelineScales(palette: Palette, rateName: string, o: TimelineOptions): ChartOptions<'bar' | 'line'>['scales'] {
  const { format: f, words } = o;
  return {
    x: {
      stacked: true,
      grid: { display: false },
      // Period labels are all about as long: measuring a sample of them finds how many fit as well as
      // measuring a thousand daily ones. Upright labels fit slots too narrow even for two lines.
      ticks: { color: palette.text, maxRotation: o.compact ? 90 : 0, autoSkipPadding: o.compact ? 2 : 12, sampleSize: 30, ...(o.compact ? {} : { callback: periodsThatFit }) },
    },
    count: {
      type: 'linear',
      position: 'left',
      stacked: true,
      beginAtZero: true,
      grid: { color: palette.grid },
      ticks: { color: palette.text, callback: (v) => f.count(Number(v)) },
      title: { display: !o.compact, text: words.column.launched, color: palette.text },
    },
    rate: {
      type: 'linear',
      position: 'right',
      // chart.js gives each of two side axes at most a quarter of the width: on a narrow chart the count
      // axis takes the whole half, and the rate line's values are in its tooltip and the table.
      display: !o.compact,
      min: 0,
      max: 100,
      grid: { display: false },
      ticks: { color: palette.text, callback: (v) => f.percent(Number(v) / 100) },
      title: { display: !o.compact, text: rateName, color: palette.text },
    },
  };
}
