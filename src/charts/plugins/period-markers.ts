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

/** Height of the strip above the plot the labels are written in (the layout's top padding). */
export const MARKER_STRIP = 18;

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
 * Marks periods the page annotated (solid) or records (dashed): a line through one period, or a faint band
 * with edges over a range, in the text colour so they show in any colour scheme, in forced colours and in
 * print; each label is written in the strip above the plot, from its mark, where the next mark leaves room.
 */
export const periodMarkers: Plugin<'bar' | 'line'> = {
  id: 'strikePeriodMarkers',
  afterDatasetsDraw(chart, _args, options) {
    const o = options as Partial<PeriodMarkerOptions>;
    if (!o.markers?.length || !chart.scales.x || !o.font) return;
    const { ctx, chartArea } = chart;
    const spans = o.markers.map((m) => ({ m, ...spanOf(chart, m.first, m.last) })).sort((a, b) => a.left - b.left);
    ctx.save();
    ctx.strokeStyle = ctx.fillStyle = o.color ?? '#000';
    ctx.lineWidth = 1.5;
    ctx.font = o.font;
    ctx.textBaseline = 'middle';
    spans.forEach(({ m, left, right }, i) => {
      ctx.setLineDash(m.kind === 'record' ? [4, 3] : []);
      const band = m.band || m.first !== m.last;
      const at = band ? left : (left + right) / 2;
      if (band) {
        ctx.globalAlpha = 0.1;
        ctx.fillRect(left, chartArea.top, right - left, chartArea.bottom - chartArea.top);
        ctx.globalAlpha = 1;
        ctx.strokeRect(left, chartArea.top, right - left, chartArea.bottom - chartArea.top);
      } else {
        ctx.beginPath();
        ctx.moveTo(at, chartArea.top - MARKER_STRIP / 2);
        ctx.lineTo(at, chartArea.bottom);
        ctx.stroke();
      }
      // The label runs right from its mark, up to the next mark or the plot's edge.
      const end = Math.min(chartArea.right, spans[i + 1]?.left ?? Infinity) - 4;
      const text = fitted(ctx, m.label, end - (at + 4));
      if (text) ctx.fillText(text, at + 4, chartArea.top - MARKER_STRIP / 2);
    });
    ctx.restore();
  },
};
