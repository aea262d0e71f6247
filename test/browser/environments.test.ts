import { expect } from '@esm-bundle/chai';
import { Chart } from 'chart.js';
import '../../src/index.js';
import { chartsIn, deepParts, registeredTags, sampleData, settled, shown, shownTexts } from './elements.js';
import { cleanup, collectWarnings, create, next, watchPageErrors } from './helpers.js';

/** A page of the test server (its own CSP header) in an iframe, once the drop-in file has defined the elements. */
async function policyPage(policy: 'strict' | 'trusted-types'): Promise<Window & { violations: string[] }> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width: 800px; height: 600px';
  const loaded = new Promise((r) => iframe.addEventListener('load', r, { once: true }));
  iframe.src = `/__test__/csp?policy=${policy}`;
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow as Window & typeof globalThis & { violations: string[] };
  await win.customElements.whenDefined('strike-chart');
  return win;
}

/**
 * Runs an inline script in the page, which its policy refuses; resolves with the violation once reported. The
 * browser reports violations in order, so every one before it has been reported by then.
 */
async function provokeViolation(win: Window & { violations: string[] }): Promise<string> {
  // On the window, after the page's own watch (which listens there too) has recorded it.
  const reported = next(win, 'securitypolicyviolation');
  const script = win.document.createElement('script');
  try {
    script.textContent = 'window.ranInline = true'; // Trusted Types refuses the text itself
    win.document.body.append(script); // a strict policy refuses to run it
  } catch {
    // the violation is what is looked for
  }
  await reported;
  return win.violations.at(-1)!;
}

for (const policy of ['strict', 'trusted-types'] as const) {
  describe(`the drop-in file under a ${policy === 'strict' ? "strict CSP (default-src 'self')" : "Trusted Types CSP (require-trusted-types-for 'script')"}`, () => {
    afterEach(cleanup);

    it('runs every element with no policy violation', async function () {
      this.timeout(30_000);
      const win = await policyPage(policy);
      const tags = registeredTags(win.customElements);
      expect(tags).to.include('strike-chart');
      for (const tag of tags) {
        for (const attributes of [{}, { 'show-table': '', theme: 'dark', variant: 'doughnut', locale: 'uk' }]) {
          // Data made in the page's own realm, as a page script would.
          const el = create(tag, win.JSON.parse(JSON.stringify(sampleData(tag, '<img src=x onerror="globalThis.__xss=1">'))), attributes, win.document);
          const rendered = next(el, 'strike-render');
          win.document.body.append(el);
          await rendered;
          // The plot's height comes through the CSSOM, so the policy lets it apply.
          const plot = el.shadowRoot!.querySelector('[part~="plot"]');
          if (plot) expect(plot.getBoundingClientRect().height).to.be.greaterThan(50);
          expect(el.toCSV()).to.match(/\r\n./);
          expect(await el.toPNG()).to.be.instanceOf(win.Blob);
          el.setAttribute('data', '{"weapons": "not a list"}');
          await next(el, 'strike-error');
          el.data = { figures: [], weapons: [] };
          await settled(el);
          expect(el.shadowRoot!.querySelector('[part~="error"]')).to.exist;
        }
      }
      const provoked = await provokeViolation(win);
      expect(win.violations, win.violations.join('\n')).to.deep.equal([provoked]);
      expect((win as { __xss?: unknown }).__xss).to.equal(undefined);
    });

    it('reports a violation when one happens (the watch works)', async () => {
      const win = await policyPage(policy);
      expect(await provokeViolation(win)).to.contain(policy === 'strict' ? 'script-src' : 'require-trusted-types-for');
      expect((win as { ranInline?: boolean }).ranInline).to.equal(undefined);
    });
  });
}

for (const tag of registeredTags()) {
  describe(`<${tag}> in a browser that lacks a piece`, () => {
    collectWarnings();
    let watch: ReturnType<typeof watchPageErrors>;
    beforeEach(() => (watch = watchPageErrors()));
    afterEach(() => watch.stop());

    const mountDrawn = () => shown(create(tag, sampleData(tag), { style: 'display: block; width: 640px' }));

    /** Whether this element draws a chart at all, in a browser that has every piece. */
    let drawsChart: boolean;
    before(async () => {
      const el = await mountDrawn();
      drawsChart = chartsIn(el).length > 0;
      el.remove();
    });

    it('draws at a fixed size without ResizeObserver', async () => {
      const real = window.ResizeObserver;
      (window as { ResizeObserver?: unknown }).ResizeObserver = undefined;
      try {
        const el = await mountDrawn();
        expect(deepParts(el, 'error').map((e) => e.textContent).join(' ')).to.equal('');
        const charts = chartsIn(el);
        expect(charts.length, 'charts').to.equal(drawsChart ? 1 : 0);
        for (const chart of charts) {
          expect(chart.width).to.be.greaterThan(0);
          expect(chart.height).to.be.greaterThan(0);
        }
        el.data = sampleData(tag, 'Updated', 12);
        await settled(el);
        await new Promise((r) => requestAnimationFrame(r));
        expect(deepParts(el, 'error').map((e) => e.textContent).join(' ')).to.equal('');
        el.remove();
        expect(Object.keys(Chart.instances)).to.deep.equal([]);
      } finally {
        window.ResizeObserver = real;
      }
      expect(watch.errors).to.deep.equal([]);
    });

    it('shows a calm error, and leaves no Chart behind, when chart.js throws while building', async () => {
      // chart.js measures its tick labels while it builds the chart.
      const measureText = CanvasRenderingContext2D.prototype.measureText;
      CanvasRenderingContext2D.prototype.measureText = () => {
        throw new Error('broken measureText');
      };
      try {
        const el = await mountDrawn();
        if (drawsChart) expect(deepParts(el, 'error').map((e) => e.textContent).join(' ')).to.contain('The chart could not be drawn (broken measureText)');
        expect(Object.keys(Chart.instances)).to.deep.equal([]);
      } finally {
        CanvasRenderingContext2D.prototype.measureText = measureText;
      }
      expect(watch.errors).to.deep.equal([]);
    });

    it('says so, and keeps the figures in a visible table, when there is no 2D canvas context', async () => {
      const getContext = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = () => null;
      try {
        const el = await mountDrawn();
        if (drawsChart) expect(shownTexts(el).join(' ')).to.contain('This browser gives no 2D canvas to draw on; the figures are in the table.');
        // A dashboard's charts each keep their own table.
        const tables = deepParts(el, 'table');
        expect(tables.length, 'tables').to.be.greaterThan(0);
        if (drawsChart) expect(Math.max(...tables.map((t) => t.getBoundingClientRect().height))).to.be.greaterThan(20);
        expect(Object.keys(Chart.instances)).to.deep.equal([]);
      } finally {
        HTMLCanvasElement.prototype.getContext = getContext;
      }
      expect(watch.errors).to.deep.equal([]);
    });
  });
}
