import { expect } from '@esm-bundle/chai';
import { Chart } from 'chart.js';
import '../../src/elements/strike-chart/strike-chart.js';
import type { StrikeChart } from '../../src/elements/strike-chart/strike-chart.js';
import { referenceStrike } from '../fixtures/samples.js';
import { a11ySnapshot } from '@web/test-runner-commands';
import { chartOf, cleanup, next, part } from './helpers.js';

/**
 * An element below a spacer far taller than the viewport and the 300px margin, so it starts far off screen,
 * and (unless told not to) a witness in view, added in the same task. One IntersectionObserver watches both
 * and tells of both at once: once the witness has drawn, the far element has heard whether it is near too.
 */
async function farBelow({ eager = false, witness = true } = {}): Promise<StrikeChart> {
  const spacer = document.createElement('div');
  spacer.style.height = `${innerHeight + 2000}px`;
  const el = document.createElement('strike-chart') as StrikeChart;
  el.eager = eager;
  el.data = referenceStrike;
  document.body.append(spacer, el);
  if (witness) {
    const near = document.createElement('strike-chart');
    near.data = { weapons: [{ kind: 'drone', label: 'Witness', launched: 12, downed: 1 }] };
    const witnessed = next(near, 'strike-render');
    spacer.before(near);
    await witnessed;
  }
  await el.chartSettled();
  return el;
}

describe('lazy drawing', () => {
  afterEach(() => {
    scrollTo(0, 0);
    cleanup();
  });

  it('renders the label and the table of an element far below the fold, but builds no chart', async () => {
    const el = await farBelow();
    expect(el.getBoundingClientRect().top).to.be.greaterThan(innerHeight + 300);
    expect(part(el, 'chart')!.getAttribute('aria-label')).to.contain('90 launched, 37 downed, 47 jammed');
    expect(part(el, 'table')!.querySelector('caption')!.textContent).to.contain('90 launched, 37 downed, 47 jammed');
    // Its rows come when the page is idle.
    await new Promise((resolve) => requestIdleCallback(resolve));
    expect(part(el, 'table')!.querySelectorAll('tbody tr')).to.have.length(3);
    expect(chartOf(el)).to.equal(undefined);
  });

  it('keeps the label and the table of an element far below the fold in the accessibility tree', async () => {
    await farBelow({ witness: false });
    type Node = { role?: string; name?: string; children?: Node[] };
    const snapshot = (await a11ySnapshot({})) as unknown as Node;
    const all: Node[] = [];
    const visit = (n: Node) => {
      all.push(n);
      n.children?.forEach(visit);
    };
    visit(snapshot);
    const named = (role: string, text: string) => all.some((n) => n.role === role && String(n.name).includes(text));
    expect(named('image', '90 launched, 37 downed, 47 jammed'), 'the chart\'s label').to.equal(true);
    for (const cell of ['Neutralized rate', '47', '93%']) expect(named('StaticText', cell), `table cell ${cell}`).to.equal(true);
  });

  it('builds the chart once the element is scrolled near the viewport', async () => {
    const el = await farBelow();
    expect(chartOf(el)).to.equal(undefined);
    const drawn = next(el, 'strike-render');
    el.scrollIntoView();
    await drawn;
    expect(chartOf(el)).to.exist;
    expect(chartOf(el)!.data.labels).to.deep.equal(['Ballistic and cruise missiles', 'Drones']);
  });

  it('builds every chart far below the fold before the page prints, at its box\'s size', async () => {
    const el = await farBelow();
    expect(chartOf(el)).to.equal(undefined);
    dispatchEvent(new Event('beforeprint'));
    // Built in the event itself: nothing asynchronous runs between beforeprint and the print layout.
    const chart = chartOf(el);
    expect(chart).to.exist;
    expect(chart!.width).to.equal(Math.floor(part(el, 'plot')!.clientWidth));
    expect(chart!.data.labels).to.deep.equal(['Ballistic and cruise missiles', 'Drones']);
  });

  it('builds at once with eager, even far off screen', async () => {
    const el = await farBelow({ eager: true, witness: false });
    await el.chartSettled();
    expect(chartOf(el)).to.exist;
  });

  it('builds nothing for an element removed in the task that added it', async () => {
    const [el, kept] = [0, 1].map(() => {
      const chart = document.createElement('strike-chart') as StrikeChart;
      chart.eager = true;
      chart.data = referenceStrike;
      return chart;
    });
    // Both are planned in one batch: once the one kept has drawn, the removed one had its chance.
    const drawn = next(kept, 'strike-render');
    document.body.append(el, kept);
    el.remove();
    await drawn;
    await el.updateComplete;
    expect(Object.values(Chart.instances).map((c) => c.canvas)).to.deep.equal([part(kept, 'chart')]);
  });
});
