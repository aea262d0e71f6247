import { expect } from '@esm-bundle/chai';
import '../../src/elements/strike-chart/strike-chart.js';
import type { StrikeChart } from '../../src/elements/strike-chart/strike-chart.js';
import { referenceStrike } from '../fixtures/samples.js';
import { chartOf, cleanup, mount, next, part } from './helpers.js';

/**
 * Changes the element once more and waits for that draw: a draw still owed for an earlier change would come
 * before it, so once it came, the renders counted are all there will be.
 */
async function drawnAgain(el: StrikeChart): Promise<void> {
  const rendered = next(el, 'strike-render');
  el.data = { ...referenceStrike, regions: 3 };
  await rendered;
}

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
    await next(el, 'strike-render');
    const chart = chartOf(el)!;
    expect((chart.config as { type?: string }).type).to.equal('doughnut');
    expect(chart.data.datasets[0].data).to.deep.equal([60, 50, 10]);
    expect(part(el, 'chart')!.getAttribute('aria-label')).to.contain('120');
    expect(part(el, 'base')!.getAttribute('lang')).to.equal('uk');

    await drawnAgain(el);
    expect(renders).to.equal(2);
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
    await Promise.all(elements.map((el) => el.chartSettled()));
    let renders = 0;
    holder.addEventListener('strike-render', () => renders++);
    const drawn = Promise.all(elements.map((el) => next(el, 'strike-render')));
    for (const el of elements) {
      el.data = { ...referenceStrike, regions: 9 };
      el.variant = 'doughnut';
    }
    await drawn;
    await Promise.all(elements.map(drawnAgain));
    expect(renders).to.equal(10);
  });
});
