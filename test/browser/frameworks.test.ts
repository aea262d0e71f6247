import { expect } from '@esm-bundle/chai';
import type { StrikeChart } from '../../src/elements/strike-chart/strike-chart.js';
import { referenceStrike } from '../fixtures/samples.js';
import { cleanup, next, part } from './helpers.js';

interface Mounted {
  rerender(report: unknown): void | Promise<void>;
  unmount(): void;
}
type Mount = (container: HTMLElement, report: unknown) => Mounted;

// The examples in examples/react and examples/vue, bundled with esbuild by the test server; they import
// `strike-charts/strike-chart.js` from the built package (dist/).
const frameworks: [string, string][] = [
  ['React 19', '/__bundle__/test/browser/frameworks/react.jsx'],
  ['Vue 3', '/__bundle__/test/browser/frameworks/vue.js'],
];

const status = (holder: HTMLElement) => holder.querySelector('.status')?.textContent ?? '';

for (const [name, url] of frameworks) {
  describe(`<strike-chart> in ${name}`, () => {
    let mount: Mount;
    let holder: HTMLElement;
    let app: Mounted | undefined;

    before(async () => {
      ({ mount } = (await import(/* @vite-ignore */ url)) as { mount: Mount });
    });
    beforeEach(() => {
      holder = document.createElement('div');
      holder.style.width = '640px';
      document.body.append(holder);
    });
    afterEach(() => {
      app?.unmount();
      app = undefined;
      cleanup();
    });

    it('hands the report over as a property (the object itself, no data attribute) and draws it', async () => {
      const rendered = next(holder, 'strike-render');
      app = mount(holder, referenceStrike);
      await rendered;
      const el = holder.querySelector('strike-chart') as StrikeChart;
      expect(el.data).to.equal(referenceStrike);
      expect(el.hasAttribute('data')).to.equal(false);
      expect(el.showTable).to.equal(true);
      expect(part(el, 'chart')?.getAttribute('aria-label')).to.match(/90/);
      expect(part(el, 'error')).to.equal(null);
    });

    it("hears the element's events through the framework's own binding", async () => {
      const rendered = next(holder, 'strike-render');
      app = mount(holder, referenceStrike);
      await rendered;
      await new Promise((r) => setTimeout(r));
      expect(status(holder)).to.match(/^Draws so far: [1-9]\d*$/);
      const failed = next(holder, 'strike-error');
      await app.rerender({ date: '2024-11-13', weapons: [{ kind: 'drone', launched: 90, downed: -5 }] });
      await failed;
      await new Promise((r) => setTimeout(r));
      expect(status(holder)).to.match(/^Not drawn: /);
    });

    it('updates the element when the framework changes a property or a bound attribute', async () => {
      let rendered = next(holder, 'strike-render');
      app = mount(holder, referenceStrike);
      await rendered;
      const el = holder.querySelector('strike-chart') as StrikeChart;
      const fewer = { ...referenceStrike, weapons: [{ kind: 'drone', label: 'Drones', launched: 12, downed: 11 }] };
      rendered = next(holder, 'strike-render');
      await app.rerender(fewer);
      await rendered;
      expect(el.data).to.equal(fewer);
      expect(part(el, 'chart')?.getAttribute('aria-label')).to.match(/12/);
      rendered = next(holder, 'strike-render');
      (holder.querySelector('button') as HTMLButtonElement).click();
      await rendered;
      expect(el.variant).to.equal('doughnut');
      expect(holder.querySelector('strike-chart')).to.equal(el);
    });
  });
}
