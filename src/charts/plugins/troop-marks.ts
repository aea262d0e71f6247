import type { ChartType, Plugin } from 'chart.js';
import type { Qualifier } from '../../data/types.js';

declare module 'chart.js' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface PluginOptionsByType<TType extends ChartType> {
    strikeTroopMarks?: TroopMarkOptions;
  }
}

/** How one bar shows its qualifier. Shares are of the drawn bar's length, so marks follow its animation. */
export interface TroopMark {
  qualifier: Qualifier;
  /** For a range (drawn to `high`): where `low` and the stated value sit along the bar, 0–1. */
  lowShare?: number;
  valueShare?: number;
  /** The figure in words, written after the bar. */
  text: string;
}

export interface TroopMarkOptions {
  marks: TroopMark[];
  /** The bar colour, for the parts this plugin draws (fades, range band, open ends). */
  color: string;
  /** Text and whiskers beside the bars; text over a bar, when it does not fit beside it. */
  textColor: string;
  textOnBar: string;
  font: string;
  /** On a narrow chart (no axis of names): each figure's name and its words, on two lines above its bar. */
  names?: string[];
}

interface BarGeometry {
  x: number;
  y: number;
  base: number;
  height: number;
}

/** Fills a box with the current colour at an opacity that goes from `from` to `to` left to right. */
function fade(ctx: CanvasRenderingContext2D, x: number, width: number, top: number, height: number, from: number, to: number): void {
  const steps = Math.max(1, Math.min(16, Math.round(width / 3)));
  for (let s = 0; s < steps; s++) {
    const x0 = Math.round(x + (width * s) / steps);
    const x1 = Math.round(x + (width * (s + 1)) / steps);
    ctx.globalAlpha = from + ((to - from) * (s + 0.5)) / steps;
    ctx.fillRect(x0, top, x1 - x0, height);
  }
  ctx.globalAlpha = 1;
}

/** The height of a line of the current font, measured on capitals and descenders. */
function lineHeight(ctx: CanvasRenderingContext2D): number {
  const m = ctx.measureText('Hg');
  return m.actualBoundingBoxAscent + m.actualBoundingBoxDescent;
}

function line(ctx: CanvasRenderingContext2D, x0: number, y0: number, x1: number, y1: number): void {
  ctx.beginPath();
  ctx.moveTo(x0, y0);
  ctx.lineTo(x1, y1);
  ctx.stroke();
}

/**
 * Draws a bar's qualifier over it in the bar's colour (set as fill and stroke); returns where the bar's drawing
 * ends and how long its solid start is.
 */
function drawQualifier(ctx: CanvasRenderingContext2D, mark: TroopMark, bar: BarGeometry, plotWidth: number, textColor: string): { end: number; solid: number } {
  const { x, y, base, height } = bar;
  const length = x - base;
  const top = y - height / 2;
  let end = x;
  // The solid start of the bar, where words over it stay readable.
  let solid = length;
  ctx.lineWidth = 2;
  ctx.setLineDash([]);
  if (mark.qualifier === 'more-than') {
    const reach = Math.max(24, plotWidth * 0.1);
    fade(ctx, x, reach, top, height, 0.55, 0.05);
    const tip = x + reach + height * 0.3;
    line(ctx, x + reach, top + height * 0.2, tip, y);
    line(ctx, tip, y, x + reach, top + height * 0.8);
    end = tip;
  } else if (mark.qualifier === 'fewer-than') {
    const soft = Math.min(length * 0.5, Math.max(24, plotWidth * 0.08));
    solid = length - soft;
    ctx.fillRect(base, top, solid, height);
    fade(ctx, x - soft, soft, top, height, 1, 0.1);
    ctx.lineWidth = 1.5;
    ctx.setLineDash([3, 3]);
    line(ctx, x, top - 3, x, top + height + 3);
  } else if (mark.qualifier === 'range') {
    const low = base + length * (mark.lowShare ?? 0);
    solid = low - base;
    ctx.fillRect(base, top, solid, height);
    fade(ctx, low, x - low, top, height, 0.3, 0.3);
    ctx.strokeStyle = textColor;
    ctx.lineWidth = 1.5;
    const cap = height * 0.3;
    line(ctx, low, y, x, y);
    line(ctx, low, y - cap, low, y + cap);
    line(ctx, x, y - cap, x, y + cap);
    if (mark.valueShare !== undefined) {
      const at = base + length * mark.valueShare;
      ctx.lineWidth = 3;
      line(ctx, at, top, at, top + height);
    }
  }
  return { end, solid };
}

/**
 * Draws what chart.js bars cannot say: a `more-than` bar runs on past its value in a fading extension with an
 * arrow, a `fewer-than` bar fades out towards an open (dashed) end, a `range` is a solid bar to `low`, a light
 * band to `high` and a whisker between them. Then writes each figure in words beside its bar.
 */
export const troopMarks: Plugin<'bar'> = {
  id: 'strikeTroopMarks',
  afterDatasetsDraw(chart, _args, options) {
    const o = options as Partial<TroopMarkOptions>;
    const meta = chart.getDatasetMeta(0);
    if (!o.marks || !o.color || !o.font || !meta || meta.hidden) return;
    const { ctx, chartArea } = chart;
    ctx.save();
    ctx.font = o.font;
    ctx.textBaseline = 'middle';
    meta.data.forEach((element, i) => {
      const mark = o.marks?.[i];
      if (!mark) return;
      const bar = element as unknown as BarGeometry;
      const { y, base } = bar;
      ctx.fillStyle = o.color as string;
      ctx.strokeStyle = o.color as string;
      const { end, solid } = drawQualifier(ctx, mark, bar, chartArea.width, o.textColor ?? '#000');
      const width = ctx.measureText(mark.text).width;
      const name = o.names?.[i];
      if (name !== undefined) {
        // Squeezed rather than cut when even a line of its own is too long for the chart.
        const room = chart.width - chartArea.left - 2;
        const top = y - bar.height / 2;
        ctx.textAlign = 'left';
        ctx.textBaseline = 'bottom';
        ctx.fillStyle = o.textColor ?? '#000';
        ctx.fillText(mark.text, chartArea.left, top - 3, room);
        ctx.fillText(name, chartArea.left, top - 5 - lineHeight(ctx), room);
        ctx.textBaseline = 'middle';
      } else if (end + 6 + width <= chart.width - 2) {
        ctx.textAlign = 'left';
        ctx.fillStyle = o.textColor ?? '#000';
        ctx.fillText(mark.text, end + 6, y);
      } else if (width + 12 <= solid) {
        // No room beside the bar: write over its solid start. Otherwise the words are left to the table and label.
        ctx.textAlign = 'left';
        ctx.fillStyle = o.textOnBar ?? '#fff';
        ctx.fillText(mark.text, base + 6, y);
      }
    });
    ctx.restore();
  },
};
