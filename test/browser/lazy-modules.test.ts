import { expect } from '@esm-bundle/chai';
import '../../src/elements/strike-chart/strike-chart.js';
import '../../src/elements/strike-troops/strike-troops.js';
import type { StrikeChart } from '../../src/elements/strike-chart/strike-chart.js';
import { referenceStrike } from '../fixtures/samples.js';
import { collectWarnings, next, part, type Drawn } from './helpers.js';

// The Ukrainian words and the CSV reader load on first use: these tests run in order, in a page of their own
// (as web-test-runner gives each file), so the first sees what a page in English given JSON loads.
performance.setResourceTimingBufferSize(10_000);

/** The modules of ours this page has requested so far, by path (`/src/i18n/en.ts`). */
const requested = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((path) => path.startsWith('/src/'));
const ukModules = () => requested().filter((path) => /^\/src\/i18n\/uk[-.]/.test(path));
const csvModules = () => requested().filter((path) => /^\/src\/data\/csv[-.]/.test(path));

const CSV = '/test/fixtures/attacks-2025-01-and-2024-11-13.csv';

/** A new element of `tag`, appended to `parent` with what `set` gives it, once it has rendered. */
async function added<T extends HTMLElement>(tag: string, set: (el: T) => void, parent: Element = document.body): Promise<T> {
  const el = document.createElement(tag) as T;
  el.setAttribute('eager', '');
  set(el);
  parent.append(el);
  await (el as unknown as Drawn).chartSettled();
  return el;
}

describe('modules loaded on first use', () => {
  const warnings = collectWarnings();

  it('an element in English given JSON (data or src) requests neither the Ukrainian words nor the CSV reader', async () => {
    const chart = await added<StrikeChart>('strike-chart', (el) => ((el.locale = 'en'), (el.data = referenceStrike)));
    const troops = document.createElement('strike-troops');
    const loaded = next(troops, 'strike-load');
    troops.setAttribute('src', '/test/fixtures/kursk-troops.json');
    document.body.append(troops);
    await loaded;
    await (troops as unknown as Drawn).chartSettled();
    expect(part(chart, 'chart')!.getAttribute('aria-label')).to.contain('90 launched, 37 downed, 47 jammed');
    expect(part(troops, 'error')).to.equal(null);
    // The list is whole: the modules loaded with the element are in it (en.ts came with uk.ts before they split).
    expect(requested()).to.include.members(['/src/i18n/en.ts', '/src/controllers/input-controller.ts', '/src/data/check.ts']);
    expect(ukModules()).to.deep.equal([]);
    expect(csvModules()).to.deep.equal([]);
  });

  it('a first render in Ukrainian (nearest lang="uk-UA") waits for the words: no English is ever shown', async () => {
    const texts: string[] = [];
    const holder = document.createElement('div');
    holder.lang = 'uk-UA';
    document.body.append(holder);
    const el = document.createElement('strike-chart') as StrikeChart;
    el.data = referenceStrike;
    el.setAttribute('eager', '');
    holder.append(el);
    const seen = new MutationObserver(() => texts.push(el.shadowRoot!.textContent!.trim()));
    seen.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
    await el.chartSettled();
    seen.disconnect();
    expect(texts.length, 'renders observed').to.be.greaterThan(0);
    for (const text of texts) expect(text).not.to.match(/\b(Loading|No data|launched|downed|Show table)\b/);
    expect(ukModules()).to.include('/src/i18n/uk.ts');
    expect(part(el, 'chart')!.getAttribute('aria-label')).to.match(/Запущено|запущено/);
    expect(part(el, 'table-toggle')!.textContent!.trim()).to.equal('Показати таблицю');
  });

  it('an English element set to locale="uk", then given a CSV, speaks Ukrainian and draws the CSV figures', async () => {
    const el = await added<StrikeChart>('strike-chart', (e) => ((e.locale = 'en'), (e.data = referenceStrike)));
    expect(part(el, 'table-toggle')!.textContent!.trim()).to.equal('Show table');
    el.locale = 'uk';
    await el.chartSettled();
    expect(part(el, 'table-toggle')!.textContent!.trim()).to.equal('Показати таблицю');
    expect(csvModules()).to.deep.equal([]);

    const loaded = next(el, 'strike-load');
    el.setAttribute('date', '2025-01-31');
    el.src = CSV;
    await loaded;
    await el.chartSettled();
    expect(csvModules()).to.include('/src/data/csv.ts');
    expect(part(el, 'error')).to.equal(null);
    // The file's rows that end on 2025-01-31: 3 Iskander-M; an Orlan-10 and 102 Shahed-136/131 drones.
    const label = part(el, 'chart')!.getAttribute('aria-label')!;
    expect(label).to.contain('31 січня 2025');
    expect(label).to.contain('Запущено 3 ракети');
    expect(label).to.contain('Запущено 103 дрони');
    expect(warnings).to.deep.equal([]);
  });

  it('a CSV reader that cannot be loaded is an error in the element, naming why, not an error in the page', async () => {
    // A page of its own (its own module map) whose import map sends the CSV reader to a URL that does not exist.
    const frame = document.createElement('iframe');
    frame.srcdoc = `<script type="importmap">{ "imports": { "/src/data/csv.ts": "/__test__/missing-module.js" } }</script>
      <script type="module" src="/src/elements/strike-chart/strike-chart.ts"></script>`;
    const ready = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    document.body.append(frame);
    await ready;
    const win = frame.contentWindow as Window & typeof globalThis;
    await win.customElements.whenDefined('strike-chart');
    const thrown: unknown[] = [];
    win.addEventListener('error', (e) => thrown.push(e.error));
    win.addEventListener('unhandledrejection', (e) => thrown.push(e.reason));
    const el = win.document.createElement('strike-chart') as StrikeChart;
    const failed = next(el, 'strike-error');
    el.src = CSV;
    win.document.body.append(el);
    const { detail } = await failed;
    await el.updateComplete;
    expect(detail.message).to.match(/^The CSV reader could not be loaded \(.*missing-module\.js.*\), so .*attacks-2025-01-and-2024-11-13\.csv was not read/);
    expect(detail.issues).to.deep.equal([{ path: 'src', message: detail.message }]);
    expect(part(el, 'error')!.textContent).to.contain('The CSV reader could not be loaded');
    expect(part(el, 'loading')).to.equal(null);
    expect(thrown).to.deep.equal([]);
  });
});
