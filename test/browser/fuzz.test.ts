import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import '../../src/index.js';
import { anyData, badTexts, MARKUP, prototypeChanges, prototypeSnapshot, text } from '../fixtures/hostile.js';
import { chartsIn, chartTexts, deepQueryAll, registeredTags, sampleData, settled, shownTexts } from './elements.js';
import { collectWarnings, create, watchPageErrors } from './helpers.js';

// `npm test` runs each property 200 times; `npm run fuzz` sets FUZZ_RUNS (read by the test server) far higher.
let params: { numRuns: number; seed: number; includeErrorInReport: boolean };
let timeout: number;
before(async () => {
  const settings: { runs: number; seed: number | null } = await (await fetch('/__test__/fuzz-settings')).json();
  const seed = settings.seed ?? (Date.now() ^ (Math.random() * 2 ** 31)) | 0;
  console.log(`fuzz: ${settings.runs} runs per property, seed ${seed} (FUZZ_SEED=${seed} repeats them)`);
  params = { numRuns: settings.runs, seed, includeErrorInReport: true };
  timeout = Math.max(30_000, settings.runs * 100);
});

const RISKY = 'script, img, iframe, object, embed, svg, style, link, a[href^="javascript" i]';

/** Everything a reader could see or hear from the element: no bad words, no markup from data, no changed prototypes. */
function problems(el: HTMLElement, pageErrors: string[], warnings: string[], before: Map<string, unknown>): string[] {
  const shown = shownTexts(el);
  const found = [
    ...pageErrors.map((e) => `error reached the page: ${e}`),
    ...badTexts(shown).map((t) => `bad word shown: ${t}`),
    ...shown.filter((t) => t.includes('Unexpected failure')).map((t) => `input reached an unguarded path: ${t}`),
    ...chartsIn(el).flatMap((chart) => badTexts(chartTexts(chart)).map((t) => `bad word in the chart: ${t}`)),
    ...badTexts(warnings).map((t) => `bad word in a warning: ${t}`),
    ...prototypeChanges(before, prototypeSnapshot()).map((k) => `prototype changed: ${k}`),
  ];
  for (const node of deepQueryAll(el, RISKY)) found.push(`markup from data: ${node.outerHTML}`);
  for (const node of deepQueryAll(el, '*')) {
    if ([...node.attributes].some((a) => a.name.startsWith('on'))) found.push(`handler attribute: ${node.outerHTML}`);
  }
  if ((globalThis as { __xss?: unknown }).__xss !== undefined) found.push('script from data ran');
  return found;
}

const expectClean = (...args: Parameters<typeof problems>) => expect(problems(...args).join('\n')).to.equal('');

for (const tag of registeredTags()) {
  describe(`<${tag}> under hostile input (property tests)`, () => {
    let el: HTMLElement & { data: unknown };
    const warnings = collectWarnings();
    let watch: ReturnType<typeof watchPageErrors>;
    const before = prototypeSnapshot();

    beforeEach(() => {
      watch = watchPageErrors();
      el = create(tag, undefined, { style: 'display: block; width: 640px' });
      document.body.append(el);
    });
    afterEach(() => watch.stop());

    it('survives any data, as a property or as the data attribute', async function () {
      this.timeout(timeout);
      await fc.assert(
        fc.asyncProperty(anyData, fc.boolean(), async (value, asAttribute) => {
          warnings.length = 0;
          if (asAttribute) el.setAttribute('data', JSON.stringify(value) ?? '');
          else el.data = value;
          await settled(el);
          expectClean(el, watch.errors, warnings, before);
        }),
        params,
      );
    });

    it('survives any string in any attribute', async function () {
      this.timeout(timeout);
      // `src` is left out: its strings are fetched; resolveSourceUrl has its own property test.
      const names = ((el.constructor as typeof HTMLElement & { observedAttributes?: string[] }).observedAttributes ?? []).filter((n) => n !== 'src');
      names.push('lang', 'dir');
      el.data = sampleData(tag);
      await fc.assert(
        fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom(...names), fc.option(text)), { minLength: 1, maxLength: 4 }), async (changes) => {
          warnings.length = 0;
          for (const [name, value] of changes) {
            if (value === null) el.removeAttribute(name);
            else el.setAttribute(name, value);
          }
          await settled(el);
          expectClean(el, watch.errors, warnings, before);
        }),
        params,
      );
    });

    it('names the problem in data that once reached an unguarded path', async () => {
      const cases: unknown[] = [{ records: [] }, { records: [null] }, { records: [{}] }, [null], [], {}, [[]], [[null]], [[{ path: 'x' }]], { weapons: [null] }, { figures: [null] }, 'null', '[]', '{}'];
      for (const value of cases) {
        el.setAttribute('date', '');
        el.data = value;
        await settled(el);
        expectClean(el, watch.errors, warnings, before);
      }
    });

    it('shows markup in labels and headings as text, and never runs it', async () => {
      for (const label of MARKUP) {
        el.setAttribute('heading', label);
        el.data = sampleData(tag, label);
        await settled(el);
        expectClean(el, watch.errors, warnings, before);
        expect(shownTexts(el)).to.include(label);
      }
    });
  });
}
