import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import { referenceStrike } from '../fixtures/samples.js';
import { registeredTags, sampleData } from './elements.js';
import { collectWarnings, mount, next } from './helpers.js';

// custom-elements.json (written by `npm run build`) must name every part an element really renders, so that
// `::part()` styling documented in editors and the README matches the shadow DOM.
interface Declaration {
  tagName?: string;
  cssParts?: { name: string }[];
}

const partsIn = (el: Element) =>
  new Set([...el.shadowRoot!.querySelectorAll('[part]')].flatMap((p) => p.getAttribute('part')!.split(/\s+/)));

describe('CSS parts in custom-elements.json', () => {
  let documented: Map<string, Set<string>>;
  collectWarnings();
  before(async () => {
    const response = await fetch('/custom-elements.json');
    expect(response.ok, 'custom-elements.json (run `npm run build`)').to.equal(true);
    const manifest = (await response.json()) as { modules: { declarations?: Declaration[] }[] };
    documented = new Map(
      manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName!, new Set(d.cssParts?.map((p) => p.name))]),
    );
  });

  it('lists every part an element renders while empty and on bad data', async () => {
    expect(documented.size).to.be.greaterThan(0);
    for (const [tag, parts] of documented) {
      const empty = await mount(`<${tag} heading="Heading"></${tag}>`);
      const broken = await mount(`<${tag} heading="Heading" data="{"></${tag}>`);
      for (const el of [empty, broken]) {
        const missing = [...partsIn(el)].filter((p) => !parts.has(p));
        expect(missing, `<${tag}> renders undocumented parts`).to.deep.equal([]);
      }
    }
  });

  it('lists every part <strike-chart> renders with a report, as bars and as rings', async () => {
    for (const variant of ['bar', 'doughnut']) {
      const holder = document.createElement('div');
      holder.style.width = '640px';
      document.body.append(holder);
      const rendered = next(holder, 'strike-render');
      const el = document.createElement('strike-chart');
      el.variant = variant as 'bar' | 'doughnut';
      el.data = { ...referenceStrike, weapons: [...referenceStrike.weapons, { kind: 'drone', label: 'More', launched: 2, downed: 3 }] };
      holder.append(el);
      await rendered;
      const missing = [...partsIn(el)].filter((p) => !documented.get('strike-chart')!.has(p));
      expect(missing, `<strike-chart variant="${variant}"> renders undocumented parts`).to.deep.equal([]);
    }
  });

  it('lists the parts of every chart drawn, a data point pointed at by the keyboard (tooltip, live region)', async () => {
    for (const tag of registeredTags()) {
      const el = document.createElement(tag) as HTMLElement & { data: unknown; eager: boolean };
      el.eager = true;
      el.data = sampleData(tag);
      const rendered = next(el, 'strike-render');
      document.body.append(el);
      await rendered;
      const canvas = el.shadowRoot!.querySelector('canvas');
      if (!canvas) continue;
      canvas.focus();
      canvas.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(partsIn(el).has('tooltip'), `<${tag}> shows a tooltip`).to.equal(true);
      const missing = [...partsIn(el)].filter((p) => !documented.get(tag)!.has(p));
      expect(missing, `<${tag}> renders undocumented parts`).to.deep.equal([]);
      el.remove();
    }
  });
});
