import type { ChartType, Plugin } from 'chart.js';

declare module 'chart.js' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface PluginOptionsByType<TType extends ChartType> {
    strikeSegmentLabels?: SegmentLabelOptions;
  }
}

/** The three parts every launched weapon falls into, in drawing order. */
export const SEGMENTS = ['downed', 'jammed', 'unaccounted'] as const;
export type Segment = (typeof SEGMENTS)[number];

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

/** Whether a box of `width` x `height` centred at (`x`, `y`) lies wholly within a ring segment, with a margin. */
function inRing(el: Sized, x: number, y: number, width: number, height: number): boolean {
  const inner = (el.innerRadius ?? 0) + MARGIN;
  const outer = (el.outerRadius ?? 0) - MARGIN;
  const start = el.startAngle ?? 0;
  const sweep = (el.endAngle ?? 0) - start;
  for (const dx of [-width / 2, width / 2]) {
    for (const dy of [-height / 2, height / 2]) {
      const cx = x + dx - el.x;
      const cy = y + dy - el.y;
      const r = Math.hypot(cx, cy);
      const turned = (((Math.atan2(cy, cx) - start) % TURN) + TURN) % TURN;
      if (r < inner || r > outer || turned > sweep) return false;
    }
  }
  return true;
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
