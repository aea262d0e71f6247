import { expect } from '@esm-bundle/chai';
import { emulateMedia } from '@web/test-runner-commands';
import type AxeCore from 'axe-core';
// axe-core is a UMD script: imported for its side effect, window.axe.
import 'axe-core/axe.min.js';
import { Chart } from 'chart.js';
import '../../src/elements/strike-troops/strike-troops.js';
import type { StrikeTroops } from '../../src/elements/strike-troops/strike-troops.js';
import { kurskJson } from '../fixtures/samples.js';
import { chartOf, collectWarnings, expectRecovers, expectShownError, fromMarkup, mount, next, part, tableRows, watchPageErrors, wholeTable } from './helpers.js';

const axe = (window as unknown as { axe: typeof AxeCore }).axe;
const json = JSON.stringify(kurskJson).replace(/'/g, '&#39;');

/** Opacity of the canvas pixel at CSS coordinates (x, y). */
function alphaAt(chart: Chart, x: number, y: number): number {
  const r = chart.currentDevicePixelRatio;
  return chart.ctx.getImageData(Math.round(x * r), Math.round(y * r), 1, 1).data[3];
}

describe('<strike-troops>', () => {
  const warnings = collectWarnings();
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('draws the Kursk figures from the data attribute, saying the qualifiers and the ratio in words', async () => {
    const [el] = await fromMarkup(`<strike-troops data='${json}'></strike-troops>`, 'strike-render');
    const canvas = part(el, 'chart') as HTMLCanvasElement;
    expect(canvas.getAttribute('role')).to.equal('img');
    const label = canvas.getAttribute('aria-label')!;
    expect(label).to.contain('North Korean troops: more than 10,000 (source: Pentagon)');
    expect(label).to.contain('Russian troops: about 50,000 (source: Officials in Kyiv)');
    expect(label).to.contain('Russian troops: at most about 5 times as many as North Korean troops');
    expect(part(el, 'headlines')!.textContent).to.contain('at most about 5 times as many');
    expect((await tableRows(el))).to.deep.equal([
      ['North Korean troops', 'more than 10,000', 'Pentagon'],
      ['Russian troops', 'about 50,000', 'Officials in Kyiv'],
    ]);
    expect(part(el, 'source')!.textContent!.trim()).to.equal('Sources: Pentagon (North Korean troops); Officials in Kyiv (Russian troops)');
    expect(Chart.getChart(canvas)!.getDatasetMeta(0).data).to.have.length(2);
    expect(el.toCSV()).to.contain('North Korean troops,>10000,Pentagon');
  });

  it('draws "more than" past its value and stops "about" at it, without animation under reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await mount<StrikeTroops>('<strike-troops eager></strike-troops>');
    el.data = kurskJson;
    await next(el, 'strike-render');
    const chart = chartOf(el)!;
    expect(chart.options.animation).to.equal(false);
    const [nk, ru] = chart.getDatasetMeta(0).data as unknown as { x: number; y: number; base: number }[];
    expect(ru.x - ru.base).to.be.closeTo((nk.x - nk.base) * 5, 4);
    // Just past the North Korean bar: the fading extension; just past the Russian bar: nothing.
    expect(alphaAt(chart, nk.x + 3, nk.y)).to.be.within(40, 250);
    expect(alphaAt(chart, ru.x + 2, ru.y)).to.equal(0);
    expect(alphaAt(chart, ru.x - 3, ru.y)).to.equal(255);
  });

  it('draws a range as a solid bar to low and a light band to high', async () => {
    const el = await mount<StrikeTroops>('<strike-troops eager></strike-troops>');
    el.data = { figures: [{ label: 'Estimate', qualifier: 'range', low: 20000, high: 40000 }] };
    await next(el, 'strike-render');
    const chart = chartOf(el)!;
    await new Promise((r) => setTimeout(r, 400));
    const bar = chart.getDatasetMeta(0).data[0] as unknown as { x: number; y: number; base: number; height: number };
    const quarter = bar.base + (bar.x - bar.base) * 0.25;
    const threeQuarters = bar.base + (bar.x - bar.base) * 0.75;
    const edge = bar.y - bar.height / 2 + 2;
    expect(alphaAt(chart, quarter, edge)).to.equal(255);
    expect(alphaAt(chart, threeQuarters, edge)).to.be.within(40, 120);
    expect(part(el, 'chart')!.getAttribute('aria-label')).to.contain('Estimate: between 20,000 and 40,000');
  });

  it('shows the error part and fires strike-error for bad figures, then recovers', async () => {
    const watch = watchPageErrors();
    const el = await mount<StrikeTroops>('<strike-troops></strike-troops>');
    const failed = next(el, 'strike-error');
    el.data = {
      figures: [
        { label: 'A', value: -5 },
        { value: 10 },
        { label: 'C', value: 10, qualifier: 'roughly' },
        { label: 'D', qualifier: 'range', low: 50, high: 10 },
      ],
    };
    const event = await failed;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail.issues.map((i) => i.path)).to.deep.equal(['figures[0].value', 'figures[1].label', 'figures[2].qualifier', 'figures[3].low']);
    expectShownError(
      el,
      'figures[0].value: expected a whole number >= 0, got -5',
      'figures[2].qualifier: expected one of exact, about, more-than, fewer-than, range, got "roughly"',
      'figures[3].low: expected at most high (10), got 50',
    );
    expect(warnings).to.have.length(1);

    await expectRecovers(el, kurskJson, watch);
  });

  it('loads figures from src and fires strike-load', async () => {
    const el = await mount<StrikeTroops>('<strike-troops></strike-troops>');
    const loaded = next(el, 'strike-load');
    const rendered = next(el, 'strike-render');
    el.src = '/test/fixtures/kursk-troops.json';
    expect((await loaded).detail.url).to.match(/kursk-troops\.json$/);
    await rendered;
    expect(part(el, 'chart')!.getAttribute('aria-label')).to.contain('more than 10,000');
  });

  it('speaks Ukrainian under lang="uk", with plural forms', async () => {
    const holder = document.createElement('section');
    holder.lang = 'uk';
    document.body.append(holder);
    const el = await mount<StrikeTroops>('<strike-troops></strike-troops>', holder);
    el.data = kurskJson;
    await el.updateComplete;
    const label = part(el, 'chart')!.getAttribute('aria-label')!;
    expect(label).to.contain('понад 10\u00a0000');
    expect(label).to.contain('близько 50\u00a0000');
    expect(label).to.contain('щонайбільше приблизно у 5 разів більше');
    expect([...(await wholeTable(el)).querySelectorAll('thead th')].map((th) => th.textContent)).to.deep.equal(['Показник', 'Кількість', 'Джерело']);
    expect(part(el, 'table-toggle')!.textContent).to.equal('Показати таблицю');
  });

  it('sizes the plot by the number of figures and follows its container width', async () => {
    const el = await mount<StrikeTroops>('<strike-troops style="--strike-bar-size: 50px"></strike-troops>');
    el.data = { figures: [1, 2, 3, 4].map((v) => ({ label: `F${v}`, value: v * 100 })) };
    await next(el, 'strike-render');
    expect(part(el, 'plot')!.getBoundingClientRect().height).to.equal(4 * 50 + 64);
    expect(part(el, 'chart')!.getBoundingClientRect().width).to.be.closeTo(640, 1);
  });

  it('colours the bars from --strike-color-troops and redraws when a page changes it', async () => {
    const el = await mount<StrikeTroops>('<strike-troops style="--strike-color-troops: rgb(200, 0, 0)"></strike-troops>');
    el.data = kurskJson;
    await next(el, 'strike-render');
    const chart = chartOf(el)!;
    expect(chart.data.datasets[0].backgroundColor).to.deep.equal(['rgb(200, 0, 0)', 'rgb(200, 0, 0)']);
    const rendered = next(el, 'strike-render');
    el.style.setProperty('--strike-color-troops', 'rgb(0, 120, 0)');
    await rendered;
    expect(chartOf(el)!.data.datasets[0].backgroundColor).to.deep.equal(['rgb(0, 120, 0)', 'rgb(0, 120, 0)']);
  });

  it('shows the table with show-table and passes axe', async () => {
    const el = await mount<StrikeTroops>(`<strike-troops show-table heading="Troops near Kursk" data='${json}'></strike-troops>`);
    await next(el, 'strike-render');
    expect(part(el, 'table')!.getBoundingClientRect().width).to.be.greaterThan(100);
    const result = await axe.run(el);
    expect(result.violations.map((v) => v.id)).to.deep.equal([]);
  });
});
