import { expect } from '@esm-bundle/chai';
import { Chart } from 'chart.js';
import '../../src/elements/strike-chart/strike-chart.js';
import type { StrikeChart } from '../../src/elements/strike-chart/strike-chart.js';
import { referenceStrike } from '../fixtures/reference-strike.js';
import { cleanup, mount, next, part } from './helpers.js';

// Timers, not animation frames: the test runner's page may be in the background, where frames do not come.
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('one chart update per change, however many properties change', () => {
  afterEach(cleanup);

  it('draws once when data, locale and variant are set in one task', async () => {
    const el = await mount<StrikeChart>('<strike-chart eager></strike-chart>');
    const first = next(el, 'strike-render');
    el.data = referenceStrike;
    await first;
    let renders = 0;
    el.addEventListener('strike-render', () => renders++);

    el.data = { ...referenceStrike, weapons: [{ kind: 'drone', label: 'Drones', launched: 120, downed: 60, jammed: 50 }] };
    el.locale = 'uk';
    el.variant = 'doughnut';
    await el.updateComplete;
    for (let i = 0; i < 3; i++) await settle();

    expect(renders).to.equal(1);
    const chart = Chart.getChart(part(el, 'chart') as HTMLCanvasElement)!;
    expect((chart.config as { type?: string }).type).to.equal('doughnut');
    expect(chart.data.datasets[0].data).to.deep.equal([60, 50, 10]);
    expect(part(el, 'chart')!.getAttribute('aria-label')).to.contain('120');
    expect(part(el, 'base')!.getAttribute('lang')).to.equal('uk');
  });

  it('draws each of many elements changed in one task once', async () => {
    const holder = document.createElement('div');
    document.body.append(holder);
    const elements = Array.from({ length: 5 }, () => {
      const el = document.createElement('strike-chart') as StrikeChart;
      el.eager = true;
      el.data = referenceStrike;
      holder.append(el);
      return el;
    });
    await Promise.all(elements.map((el) => el.updateComplete));
    let renders = 0;
    holder.addEventListener('strike-render', () => renders++);
    for (const el of elements) {
      el.data = { ...referenceStrike, regions: 9 };
      el.variant = 'doughnut';
    }
    await Promise.all(elements.map((el) => el.updateComplete));
    for (let i = 0; i < 3; i++) await settle();
    expect(renders).to.equal(5);
  });
});
