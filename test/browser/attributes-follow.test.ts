// Every public attribute of every element, changed on a drawn element: its chart, sentence and table must
// then be what a new element made with the same attributes shows. A figure input the element forgot to
// declare shows up here as a stale chart, caption or sentence.
import { expect } from '@esm-bundle/chai';
import { setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import { cleanup } from './helpers.js';
import { chartsIn, shownTexts, type Tag } from './elements.js';
import { referenceStrike } from '../fixtures/samples.js';

const CSV = '/test/fixtures/attacks-2025-01-and-2024-11-13.csv';
const OTHER_CSV = '/test/fixtures/attacks-sample.csv';
const TROOPS = '/test/fixtures/kursk-troops.json';

const report = (date: string, drones: number) => ({
  date,
  source: { name: 'Ukrainian Air Force', url: 'https://example.org/report' },
  weapons: [
    { kind: 'drone', label: 'Drones', launched: drones, downed: 20, jammed: 10 },
    { kind: 'missile', label: 'Missiles', launched: 4, downed: 3 },
  ],
});
const REPORTS = JSON.stringify([report('2024-11-12', 40), report('2024-11-13', 90)]);
const ANNOTATIONS = JSON.stringify([{ date: '2024-11-13', label: 'Kursk offensive' }, { from: '2025-01-05', to: '2025-01-20', label: 'Winter strikes' }]);
const TROOP_DATA = JSON.stringify({ title: 'Troops', unit: 'troops', figures: [{ label: 'Russian troops', value: 50000, qualifier: 'about' }] });

/** How each element starts, and the value each of its attributes is changed to. */
const CASES: Record<Tag, { start: Record<string, string>; change: Record<string, string> }> = {
  'strike-chart': {
    start: { data: JSON.stringify([report('2024-11-12', 40), referenceStrike]) },
    change: { variant: 'doughnut', date: '2024-11-12', rate: 'downed', data: JSON.stringify(report('2024-11-12', 70)), src: CSV },
  },
  'strike-troops': { start: { data: TROOP_DATA }, change: { src: TROOPS, data: JSON.stringify({ ...JSON.parse(TROOP_DATA), title: 'Kursk' }) } },
  'strike-breakdown': {
    start: { src: CSV },
    change: { by: 'model', top: '2', kind: 'missile', from: '2025-01-10', to: '2025-01-20', rate: 'downed', data: REPORTS, src: OTHER_CSV },
  },
  'strike-timeline': {
    start: { src: CSV },
    change: { period: 'week', kind: 'drone', category: 'ballistic', from: '2025-01-05', to: '2025-01-25', rolling: '2', selected: '2025-01', rate: 'downed', annotations: ANNOTATIONS, data: REPORTS, src: OTHER_CSV },
  },
  'strike-summary': {
    start: { src: CSV },
    change: { period: 'week', kind: 'missile', from: '2025-01-10', to: '2025-01-20', rate: 'downed', data: REPORTS, src: OTHER_CSV },
  },
  'strike-dashboard': {
    start: { src: CSV },
    change: { period: 'week', kind: 'missile', from: '2025-01-05', to: '2025-01-25', selected: '2025-W03', top: '3', rate: 'downed', data: REPORTS, src: OTHER_CSV },
  },
};
/** Attributes every element has, and what they are changed to (`src` and `data` are per element above). */
const SHARED: Record<string, string> = { heading: 'Night of 13 November', 'heading-level': '3', locale: 'uk', theme: 'dark', 'show-table': '', eager: '', refresh: '600' };
/** Attributes that change nothing a reader sees on an element already drawn on screen. */
const INVISIBLE = new Set(['eager']);

/** Chart.js configuration as JSON: callbacks left out, and a fill pattern (a CanvasPattern) named as one. */
const plain = (_key: string, value: unknown) =>
  typeof value === 'function' ? undefined : typeof CanvasPattern !== 'undefined' && value instanceof CanvasPattern ? 'pattern' : value;

/** The text colour of the element and of each part inside it: what a theme changes without a chart. */
const colours = (el: Element) =>
  [el, ...(el.shadowRoot?.querySelectorAll('.part') ?? [])].map((e) => getComputedStyle(e.shadowRoot?.querySelector('[part~="base"]') ?? e).color);

/** What the element shows: its words (text, labels, nested parts too), colours, and each chart's configuration. */
function snapshot(el: Element): string {
  const charts = chartsIn(el).map((chart) => ({ type: (chart.config as { type?: string }).type, data: chart.data, options: chart.config.options }));
  // The as-of line's clock time is when each element loaded: the same view, a minute apart.
  const texts = shownTexts(el).map((t) => t.replace(/\d{1,2}:\d{2}/g, 'hh:mm'));
  // The outline a screen reader moves through: each heading's level.
  const outline = [...(el.shadowRoot?.querySelectorAll('h1, h2, h3, h4, h5, h6') ?? [])].map((h) => h.tagName);
  return JSON.stringify({ texts, outline, colours: colours(el), charts }, plain);
}

/** Where two snapshots first differ, short enough to read in a test report. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}: …${a.slice(Math.max(0, i - 60), i + 60)}… vs …${b.slice(Math.max(0, i - 60), i + 60)}…`;
}

type Settling = Element & { chartSettled?: () => Promise<void> };

/** Waits until the element and every part inside it have loaded and drawn, and what it shows stays the same for 4 frames. */
async function settled(el: Element): Promise<string> {
  let last = '';
  for (let same = 0, tries = 0; same < 4 && tries < 400; tries++) {
    const parts = [el, ...(el.shadowRoot?.querySelectorAll('.part') ?? [])] as Settling[];
    await Promise.all(parts.map((p) => p.chartSettled?.()));
    await new Promise((r) => requestAnimationFrame(r));
    const now = snapshot(el);
    const loading = parts.some((p) => p.shadowRoot?.querySelector('[part~="loading"]'));
    same = now === last && !loading ? same + 1 : 0;
    last = now;
  }
  return last;
}

async function make(tag: Tag, attributes: Record<string, string>): Promise<Element> {
  const holder = document.createElement('div');
  holder.style.width = '640px';
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  holder.append(el);
  document.body.append(holder);
  await settled(el);
  return el;
}

/** The attributes the manifest lists for `tag`: the public contract the cases must cover. */
async function manifestAttributes(tag: Tag): Promise<string[]> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[] };
  const declaration = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
  return (declaration?.attributes ?? []).map((a) => a.name);
}

describe('every public attribute, changed, is followed by the chart, the sentence and the table', () => {
  // Tall enough that every chart of a dashboard with its tables shown is near the viewport, so all are drawn.
  before(() => setViewport({ width: 900, height: 9000 }));
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(cleanup);

  for (const [tag, { start, change }] of Object.entries(CASES) as [Tag, (typeof CASES)[Tag]][]) {
    const changes = { ...SHARED, ...change };

    it(`<${tag}>: a case for each attribute in the manifest`, async () => {
      expect(Object.keys(changes).sort()).to.deep.equal((await manifestAttributes(tag)).sort());
    });

    for (const [name, value] of Object.entries(changes)) {
      it(`<${tag}> ${name}="${value}"`, async () => {
        const el = await make(tag, start);
        const before = await settled(el);
        // The latest of data and src wins: the other one goes, so a new element can be made the same way.
        if (name === 'data') el.removeAttribute('src');
        if (name === 'src') el.removeAttribute('data');
        el.setAttribute(name, value);
        const after = await settled(el);
        const attributes = Object.fromEntries(el.getAttributeNames().map((n) => [n, el.getAttribute(n)!]));
        // The new element takes the old one's place on screen: charts far off screen are not drawn.
        cleanup();
        const fresh = await settled(await make(tag, attributes));
        expect(after === fresh, `the changed element shows what a new one with its attributes shows, ${firstDifference(after, fresh)}`).to.equal(true);
        // refresh checks a src for newer figures: over data it has nothing to show; a heading level, with no
        // heading, shows only in the dashboard's panel titles (the outline).
        const unseen = (name === 'refresh' && !start.src) || (name === 'heading-level' && tag !== 'strike-dashboard');
        const visible = !INVISIBLE.has(name) && !unseen;
        if (visible) expect(after !== before, 'the change shows').to.equal(true);
      });
    }
  }
});
