// Server-rendered elements in Chromium, as a site that renders with @lit-labs/ssr serves them: the server's HTML
// (declarative shadow DOM, from the test server's /__ssr__/page route) shows the words before any script runs;
// then Lit's hydrate support is loaded before the elements are defined, the page's template is hydrated over
// that HTML, and every element takes over its server-rendered DOM: no mismatch, no second copy of its DOM after
// a change, and the charts drawn on the server's canvases.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { hydrate } from '@lit-labs/ssr-client';
import { expect } from '@esm-bundle/chai';
import { Chart } from 'chart.js';
import { parseAttacksCsv } from '../../src/data/csv.js';
import { SSR_CSV, SSR_HEADINGS, SSR_TAGS, ssrPage, type SsrTag } from '../fixtures/ssr-page.js';
import { frame, watchPageErrors, type Drawn } from './helpers.js';

type Element_ = Drawn & { heading?: string; showTable: boolean; period?: string };

// The page's language is one the server did not know: the first render in the browser keeps the server's
// words (English), the next one speaks the page's.
const holder = document.createElement('div');
holder.lang = 'de';
holder.style.width = '720px';
document.body.append(holder);

const elementOf = (tag: SsrTag) => holder.querySelector(tag) as Element_;
const rootOf = (tag: SsrTag) => elementOf(tag).shadowRoot!;
/** The dashboard's parts, each an element with its own shadow root. */
const dashboardParts = () => [...rootOf('strike-dashboard').querySelectorAll<Element_>('.part')];
const count = (root: ParentNode, selector: string) => root.querySelectorAll(selector).length;
/** What an element says in its sentence: the canvas's label, or the summary line where there is no chart. */
const sentenceOf = (root: ShadowRoot) =>
  root.querySelector('canvas[part~="chart"]')?.getAttribute('aria-label') ?? root.querySelector('[part~="summary"]')?.textContent?.trim() ?? '';

/** One base, one heading and one table in the element's shadow root (the dashboard's tables are in its parts). */
function expectSingle(tag: SsrTag): void {
  const root = rootOf(tag);
  expect(count(root, '[part~="base"]'), `${tag} bases`).to.equal(1);
  expect(count(root, '[part~="heading"]'), `${tag} headings`).to.equal(1);
  const roots = tag === 'strike-dashboard' ? dashboardParts().map((p) => p.shadowRoot!) : [root];
  if (tag === 'strike-dashboard') expect(roots.length, 'dashboard parts').to.equal(5);
  for (const r of roots) {
    expect(count(r, '[part~="base"]'), `${tag} part bases`).to.equal(1);
    expect(count(r, 'table[part~="table"]'), `${tag} tables`).to.equal(1);
  }
}

/** Errors that reach the page or the console while `run` runs and the elements update. */
async function errorsDuring(run: () => Promise<void>): Promise<string[]> {
  const watch = watchPageErrors();
  const logged: string[] = [];
  const { error, warn } = console;
  console.error = (...args: unknown[]) => (logged.push(args.map(String).join(' ')), error.apply(console, args));
  console.warn = (...args: unknown[]) => (String(args[0]).includes('ydrat') && logged.push(args.map(String).join(' ')), warn.apply(console, args));
  try {
    await run();
    const all = [...SSR_TAGS.map(elementOf), ...dashboardParts()];
    for (const el of all) await el.updateComplete.catch((e: unknown) => logged.push(String(e)));
    for (const el of all) await el.chartSettled();
  } finally {
    watch.stop();
    Object.assign(console, { error, warn });
  }
  return [...watch.errors, ...logged];
}

let records: ReturnType<typeof parseAttacksCsv>['records'];

describe('server-rendered elements', () => {
  before(async () => {
    const answer = await fetch('/__ssr__/page');
    expect(answer.status, await answer.clone().text()).to.equal(200);
    // As a page's parser reads it: the declarative shadow roots are attached (innerHTML would leave templates).
    holder.setHTMLUnsafe(await answer.text());
    records = parseAttacksCsv(await (await fetch(`/test/fixtures/${SSR_CSV}`)).text()).records;
  });

  it('show their heading, sentence and table before any element is defined', () => {
    for (const tag of SSR_TAGS) {
      expect(customElements.get(tag), tag).to.equal(undefined);
      const root = rootOf(tag);
      expect(root, `${tag} has a declarative shadow root`).to.not.equal(null);
      expect(root.querySelector('[part~="heading"]')?.textContent?.trim()).to.equal(SSR_HEADINGS[tag]);
      if (tag === 'strike-dashboard') continue;
      expect(sentenceOf(root), `${tag} sentence`).to.have.length.above(40);
      expect(root.querySelector('table[part~="table"] tbody td'), `${tag} table`).to.not.equal(null);
    }
    const chart = rootOf('strike-chart');
    expect(sentenceOf(chart)).to.match(/^Interception of the strike of November 13, 2024 across 8 regions\./);
    const drones = [...chart.querySelectorAll('tbody tr')].find((tr) => tr.querySelector('th')?.textContent === 'Drones');
    expect([...drones!.querySelectorAll('td')].slice(0, 3).map((td) => td.textContent)).to.deep.equal(['90', '37', '47']);
    // The dashboard's panels are rendered on the server too, each part with its own words.
    expect(dashboardParts().map((p) => p.localName)).to.deep.equal(['strike-summary', 'strike-timeline', 'strike-breakdown', 'strike-breakdown', 'strike-chart']);
    for (const p of dashboardParts()) expect(sentenceOf(p.shadowRoot!), `dashboard ${p.localName}`).to.have.length.above(40);
  });

  it('hydrate with no mismatch, keep their DOM single and draw their charts', async () => {
    const errors = await errorsDuring(async () => {
      hydrate(ssrPage(records), holder);
      // The elements are defined after the hydrate support, as a page loads them.
      await import('../../src/index.js');
    });
    expect(errors).to.deep.equal([]);
    for (const tag of SSR_TAGS) {
      expectSingle(tag);
      expect(rootOf(tag).querySelector('[part~="heading"]')!.textContent!.trim()).to.equal(SSR_HEADINGS[tag]);
    }
    const canvases = [...(['strike-chart', 'strike-troops', 'strike-timeline', 'strike-breakdown'] as const).map(rootOf), ...dashboardParts().map((p) => p.shadowRoot!)]
      .map((root) => root.querySelector<HTMLCanvasElement>('canvas[part~="chart"]'))
      .filter((c) => c !== null);
    const chart = rootOf('strike-chart');
    expect(chart.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('de');
    expect(sentenceOf(chart)).to.match(/13\. November 2024/);
    expect(chart.querySelector('table caption')!.textContent).to.match(/13\. November 2024/);
    expect(canvases.length).to.equal(8);
    // Each is built as it comes near the viewport, as on any page.
    for (const canvas of canvases) {
      const host = (canvas.getRootNode() as ShadowRoot).host as Drawn;
      host.scrollIntoView();
      for (const start = performance.now(); !Chart.getChart(canvas) && performance.now() - start < 3000; ) await frame();
      expect(Chart.getChart(canvas), `a chart on ${host.localName}`).to.not.equal(undefined);
    }
  });

  it('stay single after a property change, and show the new value', async () => {
    const errors = await errorsDuring(async () => {
      for (const tag of SSR_TAGS) Object.assign(elementOf(tag), { heading: `${SSR_HEADINGS[tag]}, again`, showTable: true });
      elementOf('strike-dashboard').period = 'year';
    });
    expect(errors).to.deep.equal([]);
    for (const tag of SSR_TAGS) {
      expectSingle(tag);
      expect(rootOf(tag).querySelector('[part~="heading"]')!.textContent!.trim()).to.equal(`${SSR_HEADINGS[tag]}, again`);
    }
    const drones = [...rootOf('strike-chart').querySelectorAll('tbody tr')].find((tr) => tr.querySelector('th')?.textContent === 'Drones');
    expect([...drones!.querySelectorAll('td')].slice(0, 3).map((td) => td.textContent)).to.deep.equal(['90', '37', '47']);
    const timeline = dashboardParts().find((p) => p.localName === 'strike-timeline')!;
    expect(timeline.getAttribute('period')).to.equal('year');
  });
});
