import { expect } from '@esm-bundle/chai';
import type { StrikeErrorEvent, StrikeLoadEvent, StrikeRenderEvent, StrikeSelectEvent } from '../../src/elements/events.js';
import type { StrikeChart } from '../../src/elements/strike-chart/strike-chart.js';
import type { StrikeDashboard } from '../../src/elements/strike-dashboard/strike-dashboard.js';
import type { StrikeTimeline } from '../../src/elements/strike-timeline/strike-timeline.js';
import { referenceStrike, SAMPLE_CSV } from '../fixtures/samples.js';
import { cleanup, next, part, tableRows } from './helpers.js';

// strike-charts/react in React 19: React turns `onStrikeRender` on a raw tag into a listener for `StrikeRender`,
// which never comes; the wrappers must listen for `strike-render` and the rest by their real names. The
// wrappers are the built ones (dist/react.js), bundled with React by the test server.
type Wrapper = 'StrikeChart' | 'StrikeTimeline' | 'StrikeDashboard';
interface Root {
  render(name: Wrapper, props: Record<string, unknown>): void;
  unmount(): void;
}

/** A handler for a wrapper's `on…` prop: every event it was called with, and the first as a promise. */
function heard<E extends Event>(ms = 10_000) {
  const calls: E[] = [];
  let resolve: (event: E) => void = () => {};
  const first = new Promise<E>((done, fail) => {
    resolve = done;
    setTimeout(() => fail(new Error(`handler not called within ${ms} ms`)), ms);
  });
  const handler = (event: E) => {
    calls.push(event);
    resolve(event);
  };
  return { calls, first, handler };
}

/** Presses keys on the chart canvas inside `el` (for the dashboard, inside its timeline). */
function press(el: Element, keys: string[]): void {
  const canvas = el.shadowRoot!.querySelector('canvas')!;
  canvas.focus();
  for (const key of keys) canvas.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
}

describe('strike-charts/react in React 19', () => {
  let mount: (container: HTMLElement) => Root;
  let holder: HTMLElement;
  let root: Root | undefined;

  before(async () => {
    ({ mount } = (await import(/* @vite-ignore */ '/__bundle__/test/browser/frameworks/react-wrappers.jsx')) as { mount: typeof mount });
  });
  beforeEach(() => {
    holder = document.createElement('div');
    holder.style.width = '640px';
    document.body.append(holder);
    root = mount(holder);
  });
  afterEach(() => {
    root?.unmount();
    root = undefined;
    cleanup();
  });

  it('defines every element it wraps', () => {
    for (const tag of ['strike-chart', 'strike-troops', 'strike-timeline', 'strike-summary', 'strike-breakdown', 'strike-dashboard']) {
      expect(customElements.get(tag), tag).to.be.a('function');
    }
  });

  it('sets data, heading and the rest as properties, and calls onStrikeRender after the draw', async () => {
    const render = heard<StrikeRenderEvent>();
    root!.render('StrikeChart', { data: referenceStrike, heading: 'One night in November', showTable: true, variant: 'doughnut', onStrikeRender: render.handler });
    const event = await render.first;
    const el = holder.querySelector('strike-chart') as StrikeChart;
    expect(event.type).to.equal('strike-render');
    expect(event.target).to.equal(el);
    expect(event.detail).to.deep.equal({});
    expect(el.data).to.equal(referenceStrike);
    expect(el.hasAttribute('data')).to.equal(false);
    expect(el.variant).to.equal('doughnut');
    expect(el.showTable).to.equal(true);
    expect(part(el, 'heading')?.textContent?.trim()).to.equal('One night in November');
    expect(part(el, 'chart')?.getAttribute('aria-label')).to.match(/90/);
    expect((await tableRows(el)).length).to.be.greaterThan(0);
  });

  it('calls onStrikeError with the message and where, for bad data; new data draws again', async () => {
    const error = heard<StrikeErrorEvent>();
    const render = heard<StrikeRenderEvent>();
    const bad = { date: '2024-11-13', weapons: [{ kind: 'drone', launched: 90, downed: -5 }] };
    root!.render('StrikeChart', { data: bad, onStrikeError: error.handler, onStrikeRender: render.handler });
    const event = await error.first;
    const el = holder.querySelector('strike-chart') as StrikeChart;
    expect(event.target).to.equal(el);
    expect(event.detail.message).to.equal('The chart cannot be drawn: its data has a problem.');
    expect(event.detail.issues.map((issue) => issue.path)).to.deep.equal(['weapons[0].downed']);
    expect(event.detail.issues[0].message).to.contain('-5');
    expect(part(el, 'error')?.textContent).to.contain('weapons[0].downed');
    expect(render.calls).to.deep.equal([]);
    root!.render('StrikeChart', { data: referenceStrike, onStrikeError: error.handler, onStrikeRender: render.handler });
    await render.first;
    expect(part(el, 'error')).to.equal(null);
    expect(error.calls.length).to.equal(1);
  });

  it('calls onStrikeLoad and then onStrikeSelect (keyboard) on a timeline, with the period and its report', async () => {
    const load = heard<StrikeLoadEvent>();
    const render = heard<StrikeRenderEvent>();
    const select = heard<StrikeSelectEvent>();
    root!.render('StrikeTimeline', { src: SAMPLE_CSV, period: 'month', onStrikeLoad: load.handler, onStrikeRender: render.handler, onStrikeSelect: select.handler });
    expect((await load.first).detail.url).to.equal(new URL(SAMPLE_CSV, location.href).href);
    await render.first;
    const el = holder.querySelector('strike-timeline') as StrikeTimeline;
    press(el, ['Home', 'ArrowRight', 'ArrowRight', 'Enter']);
    const event = await select.first;
    expect(event.target).to.equal(el);
    expect(event.detail.period).to.equal('2024-11');
    expect(event.detail.report.weapons.map((w) => w.kind)).to.include('drone');
    press(el, ['End', 'Enter']);
    expect(select.calls.map((e) => e.detail.period)).to.deep.equal(['2024-11', '2025-02']);
  });

  it('calls the handler of the latest render, and none once it is taken away', async () => {
    const before = heard<StrikeSelectEvent>();
    const after = heard<StrikeSelectEvent>();
    const render = heard<StrikeRenderEvent>();
    root!.render('StrikeTimeline', { src: SAMPLE_CSV, onStrikeRender: render.handler, onStrikeSelect: before.handler });
    await render.first;
    const el = holder.querySelector('strike-timeline') as StrikeTimeline;
    root!.render('StrikeTimeline', { src: SAMPLE_CSV, onStrikeRender: render.handler, onStrikeSelect: after.handler });
    press(el, ['Home', 'Enter']);
    expect(before.calls).to.deep.equal([]);
    expect(after.calls.map((e) => e.detail.period)).to.deep.equal(['2024-09']);
    root!.render('StrikeTimeline', { src: SAMPLE_CSV, onStrikeRender: render.handler });
    const raw = next(el, 'strike-select');
    press(el, ['End', 'Enter']);
    expect((await raw).detail.period).to.equal('2025-02');
    expect(after.calls.length).to.equal(1);
    expect(holder.querySelector('strike-timeline')).to.equal(el);
  });

  it("calls a dashboard's onStrikeSelect when the reader picks a period in its timeline", async () => {
    const render = heard<StrikeRenderEvent>();
    const select = heard<StrikeSelectEvent>();
    root!.render('StrikeDashboard', { src: SAMPLE_CSV, eager: true, onStrikeRender: render.handler, onStrikeSelect: select.handler });
    await render.first;
    const el = holder.querySelector('strike-dashboard') as StrikeDashboard;
    press(el.shadowRoot!.querySelector('strike-timeline')!, ['Home', 'ArrowRight', 'Enter']);
    const event = await select.first;
    expect(event.target).to.equal(el);
    expect(event.detail.period).to.equal('2024-10');
    expect(el.selected).to.equal('2024-10');
  });
});
