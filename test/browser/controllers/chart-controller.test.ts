import { expect } from '@esm-bundle/chai';
import { BarController, BarElement, CategoryScale, Chart, LinearScale, type ChartConfiguration } from 'chart.js';
import { html } from 'lit';
import { ChartController } from '../../../src/controllers/chart-controller.js';
import { cleanup } from '../helpers.js';
import { hosted, type Host } from './host.js';

// The pieces a bar chart needs, registered here: which ones the library registers, and when, is its own affair.
Chart.register(BarController, BarElement, CategoryScale, LinearScale);

const bars = (data: number[]): ChartConfiguration => ({
  type: 'bar',
  data: { labels: data.map((_, i) => `Bar ${i}`), datasets: [{ label: 'Launched', data }] },
  options: { animation: false },
});

/** A host drawing `config` on the canvas it renders in a 300 x 150 box, with what the controller told it. */
async function charted() {
  const told = { draws: 0, failures: [] as string[] };
  let config: ChartConfiguration | null = bars([6, 90]);
  const { host, controller } = await hosted((h: Host) => {
    h.content = html`<div style="width: 300px; height: 150px"><canvas></canvas></div>`;
    return new ChartController(h, {
      canvas: () => h.renderRoot.querySelector('canvas'),
      config: () => config,
      eager: () => true,
      onDraw: () => told.draws++,
      onFail: (reason) => told.failures.push(reason),
    });
  });
  const show = async (next: ChartConfiguration | null) => {
    config = next;
    host.requestUpdate();
    await host.updateComplete;
    await controller.settled();
  };
  await controller.settled();
  return { host, controller, told, show, canvas: () => host.renderRoot.querySelector('canvas')! };
}

describe('ChartController', () => {
  afterEach(cleanup);

  it('draws the configuration on the canvas at the size of its box', async () => {
    const { controller, told, canvas } = await charted();
    expect(controller.chart).to.equal(Chart.getChart(canvas()));
    expect(controller.chart!.data.datasets[0].data).to.deep.equal([6, 90]);
    expect([controller.chart!.width, controller.chart!.height]).to.deep.equal([300, 150]);
    expect(told).to.deep.equal({ draws: 1, failures: [] });
  });

  it('updates the same Chart for a new configuration, and draws nothing for the same one', async () => {
    const { controller, told, show } = await charted();
    const chart = controller.chart;
    const fewer = bars([12, 11]);
    await show(fewer);
    expect(controller.chart).to.equal(chart);
    expect(chart!.data.datasets[0].data).to.deep.equal([12, 11]);
    expect(told.draws).to.equal(2);
    // The same object again: settled() waits for any draw it would start, so none started.
    await show(fewer);
    expect(told.draws).to.equal(2);
  });

  it('destroys its Chart when there is nothing to show', async () => {
    const { controller, show, canvas } = await charted();
    await show(null);
    expect(controller.chart).to.equal(undefined);
    expect(Chart.getChart(canvas())).to.equal(undefined);
  });

  it('destroys its Chart on disconnect and draws a new one on reconnect, without another update', async () => {
    const { host, controller, told, canvas } = await charted();
    const first = controller.chart!;
    host.remove();
    expect(controller.chart).to.equal(undefined);
    expect(Chart.getChart(canvas())).to.equal(undefined);
    expect(Object.keys(Chart.instances)).to.deep.equal([]);
    const updates = host.updates;
    document.body.append(host);
    await controller.settled();
    expect(host.updates, 'no host update needed').to.equal(updates);
    expect(controller.chart).to.exist.and.not.equal(first);
    expect(Chart.getChart(canvas())).to.equal(controller.chart);
    expect(told.draws).to.equal(2);
  });
});
