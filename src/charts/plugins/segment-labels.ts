import type { ChartType, Plugin } from 'chart.js';

declare module 'chart.js' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface PluginOptionsByType<TType extends ChartType> {
    strikeSegmentLabels?: SegmentLabelOptions;
  }
}

/** Per dataset, per data index: the text drawn on that segment ('' for none). */
export interface SegmentLabelOptions {
  texts: string[][];
  /** Per dataset, per data index: the text colour that contrasts with that segment's fill. */
  colors: string[][];
  font: string;
}

interface Sized {
  x: number;
  y: number;
  base?: number;
  height?: number;
  startAngle?: number;
  endAngle?: number;
  innerRadius?: number;
  outerRadius?: number;
}

interface Centred {
  getCenterPoint(): { x: number; y: number };
}

const TURN = 2 * Math.PI;
const MARGIN = 3;

/** Whether the ray from the origin at `angle` passes through the box [left, right] x [top, bottom]. */
function rayCrosses(angle: number, left: number, right: number, top: number, bottom: number): boolean {
  let near = 0;
  let far = Infinity;
  for (const [d, low, high] of [
    [Math.cos(angle), left, right],
    [Math.sin(angle), top, bottom],
  ]) {
    if (Math.abs(d) < 1e-12) {
      if (low > 0 || high < 0) return false;
      continue;
    }
    const [a, b] = d > 0 ? [low / d, high / d] : [high / d, low / d];
    near = Math.max(near, a);
    far = Math.min(far, b);
    if (near > far) return false;
  }
  return true;
}

/**
 * Whether a box of `width` x `height` centred at (`x`, `y`) lies wholly within a ring segment, `MARGIN` px
 * clear of its edges: its nearest point off the hole, its corners inside the outer circle, its centre between
 * the segment's sides and neither side's ray through it (the box widened by the margin).
 */
function inRing(el: Sized, x: number, y: number, width: number, height: number): boolean {
  const inner = (el.innerRadius ?? 0) + MARGIN;
  const outer = (el.outerRadius ?? 0) - MARGIN;
  const start = el.startAngle ?? 0;
  const end = el.endAngle ?? 0;
  const [left, right, top, bottom] = [x - width / 2 - el.x, x + width / 2 - el.x, y - height / 2 - el.y, y + height / 2 - el.y];
  if (Math.hypot(Math.min(Math.max(0, left), right), Math.min(Math.max(0, top), bottom)) < inner) return false;
  if (Math.hypot(Math.max(-left, right), Math.max(-top, bottom)) > outer) return false;
  const turned = (((Math.atan2(y - el.y, x - el.x) - start) % TURN) + TURN) % TURN;
  if (turned > end - start) return false;
  const [l, r, t, b] = [left - MARGIN, right + MARGIN, top - MARGIN, bottom + MARGIN];
  return !rayCrosses(start, l, r, t, b) && !rayCrosses(end, l, r, t, b);
}

/**
 * Where a label of `width` x `height` goes on a segment, or null when it does not fit. A bar takes it at its
 * centre. Text is written level, so on a ring it may fit near the top or bottom of a segment but not across
 * the ring at its side: places along the ring are tried, the segment's centre first.
 */
export function labelPlace(el: Sized & Centred, width: number, height: number): { x: number; y: number } | null {
  if (el.base !== undefined) {
    const fits = Math.abs(el.x - el.base) >= width + 2 * MARGIN && (el.height ?? 0) >= height + MARGIN;
    return fits ? el.getCenterPoint() : null;
  }
  const inner = el.innerRadius ?? 0;
  const thickness = (el.outerRadius ?? 0) - inner;
  const start = el.startAngle ?? 0;
  const sweep = (el.endAngle ?? 0) - start;
  for (const along of [0.5, 0.35, 0.65, 0.2, 0.8, 0.1, 0.9]) {
    for (const across of [0.5, 0.4, 0.6]) {
      const angle = start + sweep * along;
      const radius = inner + thickness * across;
      const x = el.x + radius * Math.cos(angle);
      const y = el.y + radius * Math.sin(angle);
      if (inRing(el, x, y, width, height)) return { x, y };
    }
  }
  return null;
}

/**
 * Writes each segment's count and share on it when it fits (chart.js has no data labels of its own, and
 * direct labels mean the parts never depend on colour alone). What does not fit is in the tooltip and table.
 */
export const segmentLabels: Plugin<'bar' | 'doughnut'> = {
  id: 'strikeSegmentLabels',
  afterDatasetsDraw(chart, _args, options) {
    const o = options as Partial<SegmentLabelOptions>;
    if (!o.texts || !o.colors || !o.font) return;
    const { texts, colors } = o;
    const { ctx } = chart;
    ctx.save();
    ctx.font = o.font;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    chart.data.datasets.forEach((_ds, di) => {
      const meta = chart.getDatasetMeta(di);
      if (meta.hidden) return;
      meta.data.forEach((element, i) => {
        const text = texts[di]?.[i];
        if (!text) return;
        const box = ctx.measureText(text);
        const at = labelPlace(element as unknown as Sized & Centred, box.width, box.actualBoundingBoxAscent + box.actualBoundingBoxDescent);
        if (!at) return;
        ctx.fillStyle = colors[di]?.[i] ?? '#000';
        ctx.fillText(text, at.x, at.y);
      });
    });
    ctx.restore();
  },
};
