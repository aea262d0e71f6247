import { expect } from '@esm-bundle/chai';
import { Chart } from 'chart.js';
import '../../src/elements/strike-chart/strike-chart.js';
import type { StrikeChart } from '../../src/elements/strike-chart/strike-chart.js';
import { referenceStrike } from '../fixtures/reference-strike.js';
import { a11ySnapshot } from '@web/test-runner-commands';
import { cleanup, next, part } from './helpers.js';

/** An element below a spacer far taller than the viewport and the 300px margin, so it starts far off screen. */
async function farBelow(attributes = ''): Promise<StrikeChart> {
  const spacer = document.createElement('div');
  spacer.style.height = `${innerHeight + 2000}px`;
  const el = document.createElement('strike-chart') as StrikeChart;
  if (attributes) el.setAttribute(attributes, '');
  el.data = referenceStrike;
  document.body.append(spacer, el);
  await el.updateComplete;
  return el;
}

const chartOf = (el: StrikeChart) => Chart.getChart(part(el, 'chart') as HTMLCanvasElement);

// Timers, not animation frames: the test runner's page may be in the background, where frames do not come.
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('lazy drawing', () => {
  afterEach(() => {
    scrollTo(0, 0);
    cleanup();
  });

  it('renders the label and the table of an element far below the fold, but builds no chart', async () => {
    const el = await farBelow();
    await settle();
    expect(el.getBoundingClientRect().top).to.be.greaterThan(innerHeight + 300);
    expect(part(el, 'chart')!.getAttribute('aria-label')).to.contain('90 launched, 37 downed, 47 jammed');
    expect(part(el, 'table')!.querySelectorAll('tbody tr')).to.have.length(3);
    expect(chartOf(el)).to.equal(undefined);
  });

  it('keeps the label and the table of an element far below the fold in the accessibility tree', async () => {
    await farBelow();
    await settle();
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
    await settle();
    expect(chartOf(el)).to.equal(undefined);
    const drawn = next(el, 'strike-render');
    el.scrollIntoView();
    await drawn;
    expect(chartOf(el)).to.exist;
    expect(chartOf(el)!.data.labels).to.deep.equal(['Ballistic and cruise missiles', 'Drones']);
  });

  it('builds at once with eager, even far off screen', async () => {
    const el = await farBelow('eager');
    await el.chartSettled();
    expect(chartOf(el)).to.exist;
  });

  it('builds nothing for an element removed in the task that added it', async () => {
    const before = Object.keys(Chart.instances).length;
    const el = document.createElement('strike-chart') as StrikeChart;
    el.eager = true;
    el.data = referenceStrike;
    document.body.append(el);
    el.remove();
    await el.updateComplete;
    await settle();
    expect(Object.keys(Chart.instances).length).to.equal(before);
  });
});
