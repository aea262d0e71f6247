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

/** Room a segment has for a centred label, in pixels: bar length or arc length at mid radius. */
function room(el: Sized): { along: number; across: number } {
  if (el.base !== undefined) return { along: Math.abs(el.x - el.base), across: el.height ?? 0 };
  const inner = el.innerRadius ?? 0;
  const outer = el.outerRadius ?? 0;
  return { along: ((el.endAngle ?? 0) - (el.startAngle ?? 0)) * ((inner + outer) / 2), across: outer - inner };
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
        const el = element as unknown as Sized & { getCenterPoint(): { x: number; y: number } };
        const { along, across } = room(el);
        if (along < ctx.measureText(text).width + 8 || across < 14) return;
        const { x, y } = el.getCenterPoint();
        ctx.fillStyle = colors[di]?.[i] ?? '#000';
        ctx.fillText(text, x, y);
      });
    });
    ctx.restore();
  },
};
