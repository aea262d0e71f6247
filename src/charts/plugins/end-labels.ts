import type { ChartType, Plugin } from 'chart.js';

/** Per bar: the text drawn just past its end. */
export interface EndLabelOptions {
  texts: string[];
  /** Names written above the bars, when the axis is hidden to give them the chart's full width. */
  names?: string[];
  color: string;
  font: string;
}

declare module 'chart.js' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface PluginOptionsByType<TType extends ChartType> {
    strikeEndLabels?: EndLabelOptions;
  }
}

/** Writes launched and the neutralized rate past the end of each stacked horizontal bar. */
export const endLabels: Plugin<'bar'> = {
  id: 'strikeEndLabels',
  afterDatasetsDraw(chart, _args, options) {
    const o = options as Partial<EndLabelOptions>;
    if (!o.texts || !o.font) return;
    const { ctx } = chart;
    ctx.save();
    ctx.font = o.font;
    ctx.fillStyle = o.color ?? '#000';
    ctx.textAlign = 'left';
    ctx.textBaseline = 'middle';
    o.texts.forEach((text, i) => {
      let end = -Infinity;
      let y = 0;
      chart.data.datasets.forEach((_ds, di) => {
        const meta = chart.getDatasetMeta(di);
        const el = meta.hidden ? undefined : (meta.data[i] as unknown as { x: number; y: number } | undefined);
        if (el && el.x > end) ({ x: end, y } = el);
      });
      if (!Number.isFinite(end)) return;
      ctx.fillText(text, end + 6, y);
      const name = o.names?.[i];
      const bar = chart.getDatasetMeta(0).data[i] as unknown as { height?: number } | undefined;
      if (name) {
        ctx.textBaseline = 'bottom';
        ctx.fillText(name, chart.chartArea.left, y - (bar?.height ?? 0) / 2 - 2, chart.chartArea.width);
        ctx.textBaseline = 'middle';
      }
    });
    ctx.restore();
  },
};
