import { expect } from '@esm-bundle/chai';
import { Chart } from 'chart.js';
import '../../src/elements/strike-chart/strike-chart.js';
import type { StrikeChart } from '../../src/elements/strike-chart/strike-chart.js';
import { referenceStrike } from '../fixtures/samples.js';
import { chartOf, collectWarnings, expectRecovers, expectShownError, fromMarkup, mount, next, part, tableRows, watchPageErrors, wholeTable } from './helpers.js';

const json = JSON.stringify(referenceStrike).replace(/'/g, '&#39;');

describe('<strike-chart>', () => {
  const warnings = collectWarnings();

  it('draws the reference strike from the data attribute, with a sentence and a table', async () => {
    const [el] = await fromMarkup(`<strike-chart data='${json}'></strike-chart>`, 'strike-render');
    const canvas = part(el, 'chart') as HTMLCanvasElement;
    expect(canvas.getAttribute('role')).to.equal('img');
    const label = canvas.getAttribute('aria-label')!;
    for (const figure of ['6 launched', '4 downed', '90 launched', '37 downed', '47 jammed', '6 unaccounted', '67%', '93%']) {
      expect(label).to.contain(figure);
    }
    expect((await tableRows(el))[1]).to.deep.equal(['Drones', '90', '37', '47', '6', '0', '41%', '93%']);
    expect(Chart.getChart(canvas)).to.exist;
    expect(canvas.width).to.be.greaterThan(0);
    expect(part(el, 'headlines')!.textContent).to.contain('84 of 90 neutralized, 93%');
  });

  it("shows a report without jammed as 'not reported', with no unaccounted part for it", async () => {
    const el = await mount<StrikeChart>('<strike-chart eager></strike-chart>');
    el.data = referenceStrike;
    await next(el, 'strike-render');
    const header = [...(await wholeTable(el)).querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    expect(header).to.deep.equal(['Weapon', 'Launched', 'Downed', 'Jammed', 'Unaccounted', 'Not reported', 'Downed rate', 'Neutralized rate']);
    expect((await tableRows(el))[0]).to.deep.equal(['Ballistic and cruise missiles', '6', '4', 'not reported', '0', '2', '67%', '67%']);
    const datasets = chartOf(el)!.data.datasets;
    expect(datasets.map((d) => d.label)).to.deep.equal(['Downed', 'Jammed', 'Unaccounted', 'Not reported']);
    expect(datasets[2].data[0]).to.equal(0);
    expect(datasets[3].data[0]).to.be.closeTo((2 / 6) * 100, 1e-9);
    expect([...part(el, 'legend')!.querySelectorAll('li')].map((li) => li.textContent!.trim())).to.include('Not reported');
    expect(part(el, 'legend')!.querySelector('.swatch-notReported')).to.exist;
    const label = part(el, 'chart')!.getAttribute('aria-label')!;
    expect(label).to.contain('Ballistic and cruise missiles: 6 launched, 4 downed, 2 not reported; downed rate 67%');
    expect(label).not.to.contain('2 unaccounted');
    expect(el.toCSV().split('\r\n')[1]).to.equal('Ballistic and cruise missiles,6,4,,0,2,66.7%,66.7%');
    expect(el.toCSV({ raw: true }).split('\r\n')[1]).to.equal(`Ballistic and cruise missiles,6,4,,0,2,${4 / 6},${4 / 6}`);
    // A report that gives jammed for every entry draws the usual three parts alone.
    const rendered = next(el, 'strike-render');
    el.data = { weapons: [{ kind: 'drone', launched: 90, downed: 37, jammed: 47 }] };
    await rendered;
    expect(chartOf(el)!.data.datasets.map((d) => d.label)).to.deep.equal(['Downed', 'Jammed', 'Unaccounted']);
  });

  it('leads with the downed rate with rate="downed", and names a rate it does not know', async () => {
    const el = await mount<StrikeChart>('<strike-chart rate="downed"></strike-chart>');
    el.data = referenceStrike;
    await next(el, 'strike-render');
    expect(part(el, 'headlines')!.textContent).to.contain('Drones: 37 of 90 downed, 41% — 47 jammed, 6 unaccounted');
    expect(part(el, 'chart')!.getAttribute('aria-label')).to.contain('6 unaccounted; downed rate 41%.');
    const failed = next(el, 'strike-error');
    el.setAttribute('rate', 'interception');
    expect((await failed).detail.issues).to.deep.equal([{ path: 'rate', message: 'rate: expected one of neutralized, downed, got "interception"' }]);
    expectShownError(el, 'rate: expected one of neutralized, downed, got "interception"');
  });

  it('shows the source, linked only for https', async () => {
    const el = await mount<StrikeChart>('<strike-chart></strike-chart>');
    el.data = referenceStrike;
    await el.updateComplete;
    expect(part(el, 'source')!.querySelector('a')!.href).to.equal('https://www.facebook.com/kpszsu');
    el.data = { ...referenceStrike, source: { name: 'X', url: 'javascript:alert(1)' } };
    await el.updateComplete;
    expect(part(el, 'source')!.querySelector('a')).to.equal(null);
    expect(part(el, 'source')!.textContent).to.contain('Source: X');
  });

  it('updates the same Chart in place when data changes', async () => {
    const el = await mount<StrikeChart>('<strike-chart eager></strike-chart>');
    el.data = referenceStrike;
    await next(el, 'strike-render');
    const canvas = part(el, 'chart') as HTMLCanvasElement;
    const chart = Chart.getChart(canvas)!;
    const rendered = next(el, 'strike-render');
    el.data = { weapons: [{ kind: 'drone', launched: 10, downed: 5, jammed: 5 }] };
    await rendered;
    expect(chartOf(el)).to.equal(chart);
    expect(chart.data.labels).to.deep.equal(['Drones']);
    expect(part(el, 'chart')!.getAttribute('aria-label')).to.contain('10 drones launched');
  });

  it('shows an error for bad input, fires strike-error once, warns once, and recovers', async () => {
    const watch = watchPageErrors();
    const el = await mount<StrikeChart>('<strike-chart></strike-chart>');
    const failed = next(el, 'strike-error');
    el.setAttribute('data', '{"weapons": [{"kind": "drone", "launched": 5, "downed": -5}]}');
    const event = await failed;
    expect(event.detail.issues).to.deep.equal([{ path: 'weapons[0].downed', message: 'weapons[0].downed: expected a whole number >= 0, got -5' }]);
    expect(event.bubbles && event.composed).to.equal(true);
    expectShownError(el, 'weapons[0].downed: expected a whole number >= 0, got -5');
    expect(warnings).to.have.length(1);

    el.setAttribute('data', '{not json');
    const broken = await next(el, 'strike-error');
    expect(broken.detail.issues.map((i) => i.path)).to.deep.equal(['data']);
    expect(part(el, 'error')!.textContent).to.contain('not valid JSON');
    // One warning, the message said once.
    expect(warnings).to.have.length(2);
    expect(warnings[1].match(/not valid JSON/g)).to.have.length(1);

    await expectRecovers(el, referenceStrike, watch);
  });

  it('draws an inconsistent report with a visible note', async () => {
    const el = await mount<StrikeChart>('<strike-chart></strike-chart>');
    el.data = { weapons: [{ kind: 'drone', launched: 50, downed: 40, jammed: 20 }] };
    await next(el, 'strike-render');
    expect(part(el, 'note')!.textContent).to.contain('10 more than the 50 launched');
    expect(part(el, 'chart')).to.exist;
  });

  it('destroys its Chart on disconnect and builds a new one on reconnect', async () => {
    const el = await mount<StrikeChart>('<strike-chart></strike-chart>');
    el.data = referenceStrike;
    await next(el, 'strike-render');
    const canvas = part(el, 'chart') as HTMLCanvasElement;
    const parent = el.parentElement!;
    el.remove();
    expect(Chart.getChart(canvas)).to.equal(undefined);
    const rendered = next(el, 'strike-render');
    parent.append(el);
    await rendered;
    expect(chartOf(el)).to.exist;
  });

  it('draws rings with variant="doughnut"', async () => {
    const el = await mount<StrikeChart>('<strike-chart variant="doughnut"></strike-chart>');
    el.data = referenceStrike;
    await next(el, 'strike-render');
    const chart = chartOf(el)!;
    expect((chart.config as { type?: string }).type).to.equal('doughnut');
    expect(chart.data.datasets).to.have.length(2);
  });

  it('writes a long weapon name on two lines on a phone, whole, and on one line when wide', async () => {
    const holder = document.createElement('div');
    holder.style.width = '300px';
    document.body.append(holder);
    const el = document.createElement('strike-chart') as StrikeChart;
    el.eager = true;
    el.data = referenceStrike;
    const rendered = next(el, 'strike-render');
    holder.append(el);
    await rendered;
    const axis = () => chartOf(el)!.scales.y;
    expect(axis().ticks.map((t) => t.label)).to.deep.equal([['Ballistic and', 'cruise missiles'], 'Drones']);
    // The names take less than half the width, so the bars keep the rest.
    expect(axis().width).to.be.lessThan(150);
    holder.style.width = '700px';
    await new Promise((r) => setTimeout(r, 300));
    expect(axis().ticks.map((t) => t.label)).to.deep.equal(['Ballistic and cruise missiles', 'Drones']);
  });

  it('follows its container, also inside another shadow root', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<div style="width: 400px"><strike-chart></strike-chart></div>';
    const el = root.querySelector('strike-chart') as StrikeChart;
    el.data = referenceStrike;
    await next(el, 'strike-render');
    const canvas = part(el, 'chart') as HTMLCanvasElement;
    expect(canvas.getBoundingClientRect().width).to.be.closeTo(400, 1);
    (root.firstElementChild as HTMLElement).style.width = '300px';
    await new Promise((r) => setTimeout(r, 300));
    expect(canvas.getBoundingClientRect().width).to.be.closeTo(300, 1);
  });

  it('shows the table with show-table and toggles it from a button', async () => {
    const el = await mount<StrikeChart>('<strike-chart></strike-chart>');
    el.data = referenceStrike;
    await el.updateComplete;
    const table = part(el, 'table')!.parentElement!;
    expect(table.getBoundingClientRect().width).to.be.at.most(1);
    const toggle = part(el, 'table-toggle') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(el.hasAttribute('show-table')).to.equal(true);
    expect(table.getBoundingClientRect().width).to.be.greaterThan(100);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
  });

  it('keeps a shown table\'s caption in view and wrapped when the table is wider than a phone', async () => {
    const el = await mount<StrikeChart>('<strike-chart show-table></strike-chart>');
    el.parentElement!.style.width = '280px';
    el.data = referenceStrike;
    await el.updateComplete;
    const wrap = part(el, 'table')!.parentElement!;
    const caption = part(el, 'table')!.querySelector('caption')!;
    expect(part(el, 'table')!.getBoundingClientRect().width).to.be.greaterThan(wrap.clientWidth);
    expect(caption.getBoundingClientRect().right).to.be.at.most(wrap.getBoundingClientRect().right + 1);
    wrap.scrollLeft = 200;
    await new Promise((r) => requestAnimationFrame(r));
    expect(caption.getBoundingClientRect().left).to.be.closeTo(wrap.getBoundingClientRect().left, 1);
  });

  it('takes the locale from the nearest lang attribute', async () => {
    const holder = document.createElement('section');
    holder.lang = 'uk';
    document.body.append(holder);
    const el = await mount<StrikeChart>('<strike-chart></strike-chart>', holder);
    el.data = referenceStrike;
    await el.updateComplete;
    expect(part(el, 'chart')!.getAttribute('aria-label')).to.contain('Перехоплення атаки');
    expect((await wholeTable(el)).textContent).to.contain('Запущено');

    // The page switches language: the element follows, words, table and all.
    holder.lang = 'en';
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(part(el, 'chart')!.getAttribute('aria-label')).to.match(/^Interception of the strike/);
    expect((await wholeTable(el)).textContent).to.contain('Launched');
  });
});
