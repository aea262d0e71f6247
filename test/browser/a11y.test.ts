import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import { registeredTags, sampleData } from './elements.js';
import { collectWarnings, next } from './helpers.js';

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: unknown[] }[] }[];
}
type Axe = { run(context: unknown, options?: unknown): Promise<AxeResult> };

/** Loads axe-core into a window once, from the package in node_modules. */
function loadAxe(win: Window & { axe?: Axe }): Promise<Axe> {
  if (win.axe) return Promise.resolve(win.axe);
  return new Promise((resolve, reject) => {
    const script = win.document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    script.onload = () => resolve(win.axe!);
    script.onerror = () => reject(new Error('axe-core did not load'));
    win.document.head.append(script);
  });
}

const describeViolations = (r: AxeResult) =>
  r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);

describe('accessibility (axe-core)', () => {
  collectWarnings();

  it('covers the elements that exist', () => {
    expect(registeredTags()).to.include.members(['strike-chart', 'strike-timeline']);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`finds no violation on any element, ${theme} theme, table shown and hidden`, async () => {
      const axe = await loadAxe(window);
      for (const tag of registeredTags()) {
        // At 320 px a shown table is wider than its box and scrolls.
        for (const [showTable, width] of [[false, 720], [true, 720], [true, 320]] as const) {
          const holder = document.createElement('main');
          holder.style.width = `${width}px`;
          holder.style.background = theme === 'dark' ? '#17181b' : '#ffffff';
          document.body.append(holder);
          const el = document.createElement(tag) as HTMLElement & { data: unknown; showTable: boolean; eager: boolean };
          el.setAttribute('theme', theme);
          el.setAttribute('heading', `Sample ${tag}`);
          el.eager = true;
          el.showTable = showTable;
          const settled = Promise.race([next(el, 'strike-render'), new Promise((r) => setTimeout(r, 1500))]);
          el.data = sampleData(tag);
          holder.append(el);
          await settled;
          const result = await axe.run(holder, { resultTypes: ['violations'] });
          expect(describeViolations(result), `${tag} (${theme}, show-table ${showTable}, ${width} px)`).to.deep.equal([]);
          holder.remove();
        }
      }
    });
  }

  if (registeredTags().includes('strike-dashboard')) {
    it('keeps the heading order under a page\'s h1: panel titles one level below the dashboard\'s heading', async () => {
      const axe = await loadAxe(window);
      const levels = (el: Element) => [...el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => `${h.tagName} ${h.getAttribute('part')}`);
      for (const [attributes, expected] of [
        ['', ['H2 panel-title']],
        ['heading="Attacks"', ['H2 heading', 'H3 panel-title']],
        ['heading="Attacks" heading-level="3"', ['H3 heading', 'H4 panel-title']],
        ['heading-level="9"', ['H2 panel-title']],
      ] as const) {
        const page = document.createElement('main');
        page.innerHTML = `<h1>An article</h1>${attributes.includes('heading-level="3"') ? '<h2>A section</h2>' : ''}
          <strike-dashboard eager ${attributes} src="/test/fixtures/attacks-2025-01-and-2024-11-13.csv"></strike-dashboard>`;
        const el = page.querySelector('strike-dashboard')!;
        const drawn = next(el, 'strike-render', 10_000);
        document.body.append(page);
        await drawn;
        expect([...new Set(levels(el))], attributes).to.deep.equal(expected);
        const result = await axe.run(page, { runOnly: ['heading-order'], resultTypes: ['violations'] });
        expect(describeViolations(result), attributes).to.deep.equal([]);
        page.remove();
      }
    });
  }

  it('finds no violation on the error state', async () => {
    const axe = await loadAxe(window);
    for (const tag of registeredTags()) {
      const el = document.createElement(tag) as HTMLElement & { data: unknown };
      document.body.append(el);
      const failed = next(el, 'strike-error');
      el.data = '{"broken": ';
      await failed;
      const result = await axe.run(el);
      expect(describeViolations(result), tag).to.deep.equal([]);
      el.remove();
    }
  });

  if (registeredTags().includes('strike-dashboard')) {
    it('finds no violation on a dashboard whose dates make no range, written or typed, light and dark', async () => {
      const axe = await loadAxe(window);
      for (const theme of ['light', 'dark']) {
        // One dashboard a page: two would share the name of their controls' landmark.
        for (const [attributes, event] of [['from="2026-04-31"', 'strike-error'], ['kind="bomb,unknown"', 'strike-render']] as const) {
          const holder = document.createElement('main');
          holder.style.background = theme === 'dark' ? '#17181b' : '#ffffff';
          holder.innerHTML = `<strike-dashboard eager theme="${theme}" ${attributes} src="/test/fixtures/attacks-2025-01-and-2024-11-13.csv"></strike-dashboard>`;
          const el = holder.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
          const ready = next(el, event, 10_000);
          document.body.append(holder);
          await ready;
          if (event === 'strike-render') {
            const to = el.shadowRoot!.querySelector<HTMLInputElement>('input[id$="-to"]')!;
            to.value = '2024-01-01';
            to.dispatchEvent(new Event('change'));
            await el.updateComplete;
            expect(to.getAttribute('aria-invalid')).to.equal('true');
          }
          const result = await axe.run(holder, { resultTypes: ['violations'] });
          expect(describeViolations(result), `${theme} ${attributes}`).to.deep.equal([]);
          holder.remove();
        }
      }
    });
  }

  it('finds no violation on the list of rows skipped and kept with problems, opened, in both themes and narrow', async () => {
    const axe = await loadAxe(window);
    for (const [theme, width] of [['light', 720], ['dark', 720], ['dark', 200]] as const) {
      const holder = document.createElement('main');
      holder.style.width = `${width}px`;
      holder.style.background = theme === 'dark' ? '#17181b' : '#ffffff';
      document.body.append(holder);
      const el = document.createElement('strike-summary') as HTMLElement & { updateComplete: Promise<boolean> };
      el.setAttribute('theme', theme);
      const loaded = next(el, 'strike-load');
      el.setAttribute('src', '/test/fixtures/attacks-skipped-rows.csv');
      holder.append(el);
      await loaded;
      await el.updateComplete;
      const warnings = el.shadowRoot!.querySelector<HTMLDetailsElement>('[part~="warnings"]')!;
      warnings.open = true;
      const result = await axe.run(holder, { resultTypes: ['violations'] });
      expect(describeViolations(result), `${theme}, ${width} px`).to.deep.equal([]);
      holder.remove();
    }
  });

  for (const width of [1280, 360]) {
    it(`finds no violation on the demo page, ${width} px wide`, async () => {
      const frame = document.createElement('iframe');
      frame.style.width = `${width}px`;
      frame.style.height = '900px';
      frame.src = '/examples/index.html';
      document.body.append(frame);
      await new Promise((r) => frame.addEventListener('load', r, { once: true }));
      const win = frame.contentWindow as Window & { axe?: Axe };
      // Let the elements load their data and draw.
      await new Promise((r) => setTimeout(r, 2000));
      const axe = await loadAxe(win);
      const result = await axe.run(win.document);
      expect(describeViolations(result)).to.deep.equal([]);
      frame.remove();
    });
  }
});
