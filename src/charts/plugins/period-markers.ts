import type { Chart, ChartType, Plugin } from 'chart.js';
import type { MarkerKind } from '../../data/annotations.js';

/** One marker as drawn: the periods it covers (a line on one, a band over several) and its label. */
export interface DrawnMarker {
  first: number;
  last: number;
  label: string;
  kind: MarkerKind;
  /** A band over its periods (a range of days, even within one period), not a line through one period. */
  band?: boolean;
}

export interface PeriodMarkerOptions {
  markers: DrawnMarker[];
  color: string;
  font: string;
}

declare module 'chart.js' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface PluginOptionsByType<TType extends ChartType> {
    strikePeriodMarkers?: PeriodMarkerOptions;
  }
}

/** Height of one line of labels above the plot; the layout's top padding holds `markerRows` of them. */
export const MARKER_LINE = 16;

/** Lines of labels above the plot: a second when there are two markers, so a label next to another still fits. */
export const markerRows = (markers: readonly unknown[]): number => Math.min(2, markers.length);

/** Left and right edges, in pixels, of the periods `first` to `last`. */
function spanOf(chart: Chart, first: number, last: number): { left: number; right: number } {
  const x = chart.scales.x;
  const step = (x.right - x.left) / Math.max(1, chart.data.labels?.length ?? 1);
  return { left: x.getPixelForValue(first) - step / 2, right: x.getPixelForValue(last) + step / 2 };
}

/** `text`, cut with an ellipsis to fit `room` pixels; empty when not even a few letters fit. */
function fitted(ctx: CanvasRenderingContext2D, text: string, room: number): string {
  if (ctx.measureText(text).width <= room) return text;
  for (let n = text.length - 1; n >= 3; n--) {
    const cut = `${text.slice(0, n).trimEnd()}…`;
    if (ctx.measureText(cut).width <= room) return cut;
  }
  return '';
}

/**
 * Where each label goes: in the first line above the plot free from its mark on (else the one freest), shifted
 * left at the plot's right edge, cut with an ellipsis to the room it has; none where not a few letters fit.
 */
export function placeLabels(ctx: CanvasRenderingContext2D, marks: { label: string; at: number }[], rows: number, left: number, right: number) {
  const ends = Array.from({ length: rows }, () => left);
  return marks.map(({ label, at }) => {
    const width = ctx.measureText(label).width;
    const free = ends.findIndex((e) => e <= at + 4);
    const row = free >= 0 ? free : ends.indexOf(Math.min(...ends));
    const x = Math.max(ends[row], Math.min(at + 4, right - width));
    const text = fitted(ctx, label, right - x);
    if (text) ends[row] = x + ctx.measureText(text).width + 8;
    return { text, x, row };
  });
}

/**
 * Marks periods the page annotated (solid) or records (dashed): a line through one period, or a faint band
 * with edges over a range, in the text colour so they show in any colour scheme, in forced colours and in
 * print; the labels are written above the plot, each from its mark where others leave room.
 */
export const periodMarkers: Plugin<'bar' | 'line'> = {
  id: 'strikePeriodMarkers',
  afterDatasetsDraw(chart, _args, options) {
    const o = options as Partial<PeriodMarkerOptions>;
    if (!o.markers?.length || !chart.scales.x || !o.font) return;
    const { ctx, chartArea } = chart;
    const rows = markerRows(o.markers);
    const marks = o.markers
      .map((m) => {
        const { left, right } = spanOf(chart, m.first, m.last);
        const band = m.band || m.first !== m.last;
        return { m, left, right, band, label: m.label, at: band ? left : (left + right) / 2 };
      })
      .sort((a, b) => a.at - b.at);
    ctx.save();
    ctx.strokeStyle = ctx.fillStyle = o.color ?? '#000';
    ctx.lineWidth = 1.5;
    ctx.font = o.font;
    ctx.textBaseline = 'middle';
    const lineY = (row: number) => chartArea.top - (rows - row - 0.5) * MARKER_LINE;
    const labels = placeLabels(ctx, marks, rows, chartArea.left, chartArea.right);
    marks.forEach(({ m, left, right, band, at }, i) => {
      ctx.setLineDash(m.kind === 'record' ? [4, 3] : []);
      const { top, bottom } = chartArea;
      if (band) {
        ctx.globalAlpha = 0.1;
        ctx.fillRect(left, top, right - left, bottom - top);
        ctx.globalAlpha = 1;
        ctx.strokeRect(left, top, right - left, bottom - top);
      }
      // A line from the mark's label down: through the period, or up the band's left edge.
      const { text, x, row } = labels[i];
      ctx.beginPath();
      // Below the label where the right edge moved it over its mark.
      ctx.moveTo(at, text ? lineY(row) + (x < at ? MARKER_LINE / 2 : 0) : top);
      ctx.lineTo(at, band ? top : bottom);
      ctx.stroke();
      if (text) ctx.fillText(text, x, lineY(row));
    });
    ctx.restore();
  },
};
