import type { ChartType, Plugin } from 'chart.js';

/** Where the selected-period band goes and its colour. */
export interface SelectedBandOptions {
  index: number;
  color: string;
}

declare module 'chart.js' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface PluginOptionsByType<TType extends ChartType> {
    strikeSelectedBand?: SelectedBandOptions;
  }
}

/** A band behind the selected period, the full height of the plot, so the selection shows in any colour scheme. */
export const selectedBand: Plugin<'bar' | 'line'> = {
  id: 'strikeSelectedBand',
  beforeDatasetsDraw(chart, _args, options) {
    const o = options as Partial<SelectedBandOptions>;
    if (o.index === undefined || o.index < 0) return;
    const x = chart.scales.x;
    const count = chart.data.labels?.length ?? 0;
    if (!x || count === 0) return;
    const step = (x.right - x.left) / count;
    const centre = x.getPixelForValue(o.index);
    const { top, bottom } = chart.chartArea;
    chart.ctx.save();
    chart.ctx.fillStyle = o.color ?? 'rgba(0, 0, 0, 0.08)';
    chart.ctx.fillRect(centre - step / 2, top, step, bottom - top);
    chart.ctx.restore();
  },
};
