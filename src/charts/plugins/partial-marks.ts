import type { ChartType, Plugin } from 'chart.js';

/** The bars of periods the data holds only part of, and the words written above each ("5 of 30 days"). */
export interface PartialMarkOptions {
  indexes: number[];
  texts: string[];
  color: string;
  font: string;
}

declare module 'chart.js' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface PluginOptionsByType<TType extends ChartType> {
    strikePartialMarks?: PartialMarkOptions;
  }
}

interface BarBox {
  x: number;
  y: number;
  base: number;
  width: number;
}

/** The box the stacked bars of one period fill; undefined when none is drawn (nothing reported in it). */
function stackAt(chart: Parameters<NonNullable<Plugin<'bar'>['afterDatasetsDraw']>>[0], index: number): BarBox | undefined {
  let box: BarBox | undefined;
  chart.data.datasets.forEach((_ds, di) => {
    const meta = chart.getDatasetMeta(di);
    if (meta.hidden || meta.type !== 'bar') return;
    const el = meta.data[index] as unknown as BarBox | undefined;
    if (!el || !Number.isFinite(el.y) || el.base === el.y) return;
    box = box
      ? { x: el.x, width: el.width, y: Math.min(box.y, el.y), base: Math.max(box.base, el.base) }
      : { x: el.x, width: el.width, y: el.y, base: el.base };
  });
  return box;
}

/**
 * Marks a partial period's bar with a dashed outline (in the text colour, so it shows in any colour scheme and
 * in print), and writes how many days it holds above it where the words fit its width.
 */
export const partialMarks: Plugin<'bar'> = {
  id: 'strikePartialMarks',
  afterDatasetsDraw(chart, _args, options) {
    const o = options as Partial<PartialMarkOptions>;
    if (!o.indexes?.length || !o.font) return;
    const { ctx, chartArea } = chart;
    const step = chartArea.width / Math.max(1, chart.data.labels?.length ?? 1);
    ctx.save();
    ctx.font = o.font;
    ctx.strokeStyle = ctx.fillStyle = o.color ?? '#000';
    ctx.lineWidth = 1.5;
    ctx.setLineDash([4, 3]);
    ctx.textAlign = 'center';
    ctx.textBaseline = 'bottom';
    o.indexes.forEach((index, i) => {
      const bar = stackAt(chart, index);
      if (!bar) return;
      // Just outside the bar, so the dashes show against every segment's colour.
      ctx.strokeRect(bar.x - bar.width / 2 - 2, bar.y - 2, bar.width + 4, bar.base - bar.y + 2);
      const text = o.texts?.[i];
      const metrics = text ? ctx.measureText(text) : undefined;
      const tall = metrics ? metrics.actualBoundingBoxAscent + metrics.actualBoundingBoxDescent : 0;
      if (text && metrics && metrics.width <= step - 4 && bar.y - tall - 4 >= chartArea.top) ctx.fillText(text, bar.x, bar.y - 5);
    });
    ctx.restore();
  },
};
