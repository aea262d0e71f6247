import { expect } from '@esm-bundle/chai';
import { kurskJson } from '../fixtures/samples.js';
import { cleanup, fromMarkup, part, wholeTable } from './helpers.js';

// The self-contained drop-in file as an editor would use it: `npm test` builds it before the browser tests run.
const BUNDLE = '/dist/strike-charts.all.min.js';

describe('<strike-troops> from dist/strike-charts.all.min.js', () => {
  let warnings: string[] = [];
  let restore: () => void;
  before(async () => {
    // The bundle's own warning channel: the module copy in src/ is a different one.
    const bundle = (await import(/* @vite-ignore */ BUNDLE)) as { setWarningHandler(h: (m: string) => void): () => void };
    restore = bundle.setWarningHandler((m) => warnings.push(m));
  });
  after(() => restore());
  afterEach(() => {
    warnings = [];
    cleanup();
  });

  it('draws the Kursk figures as two bars, saying both qualifiers, with both sources in the table', async () => {
    const [el] = await fromMarkup(`<strike-troops data='${JSON.stringify(kurskJson)}'></strike-troops>`, 'strike-render');
    expect(customElements.get('strike-troops')).to.equal(el.constructor);
    const label = part(el, 'chart')!.getAttribute('aria-label')!;
    expect(label).to.contain('more than 10,000');
    expect(label).to.contain('about 50,000');
    // The element's own Chart (the bundle carries its own chart.js): one bar per figure.
    const chart = (el as unknown as { chartController: { chart: { getDatasetMeta(i: number): { data: unknown[] } } } }).chartController.chart;
    expect(chart.getDatasetMeta(0).data).to.have.length(2);
    const sources = [...(await wholeTable(el)).querySelectorAll('tbody tr td:last-child')].map((td) => td.textContent);
    expect(sources).to.deep.equal(['Pentagon', 'Officials in Kyiv']);
  });

  it('shows the error part and fires strike-error for a negative figure', async () => {
    const [el, event] = await fromMarkup(`<strike-troops data='{"figures":[{"label":"A","value":-1}]}'></strike-troops>`, 'strike-error');
    expect(event.detail.issues[0].path).to.equal('figures[0].value');
    expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
    expect(warnings).to.have.length(1);
  });
});
