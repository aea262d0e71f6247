import { expect } from '@esm-bundle/chai';
import { Chart } from 'chart.js';
import '../../src/elements/strike-chart/strike-chart.js';
import '../../src/elements/strike-timeline/strike-timeline.js';
import type { StrikeTimeline } from '../../src/elements/strike-timeline/strike-timeline.js';
import { referenceStrike, SAMPLE_CSV as SAMPLE } from '../fixtures/samples.js';
import { chartOf, collectWarnings, echo, expectShownError, mount, next, part, requestArrived, requestEnded, tableRows, wholeTable } from './helpers.js';

// Every row of the dataset whose time_end falls in January 2025 or on 13 November 2024.
const FIXTURE = '/test/fixtures/attacks-2025-01-and-2024-11-13.csv';


describe('<strike-timeline>', () => {
  collectWarnings();

  it('draws the sample CSV by month with a sentence and a table', async () => {
    const el = await mount<StrikeTimeline>(`<strike-timeline src="${SAMPLE}"></strike-timeline>`);
    expect(part(el, 'loading')).to.exist;
    await next(el, 'strike-render');
    expect(part(el, 'loading')).to.equal(null);
    const chart = chartOf(el)!;
    expect(chart.data.labels).to.deep.equal(['Sep 2024', 'Oct 2024', 'Nov 2024', 'Dec 2024', 'Jan 2025', 'Feb 2025']);
    // January 2025 by report date, all kinds; drones alone were 2,715 launched, 1,684 downed, 914 jammed.
    const january = (await tableRows(el))[4];
    expect(january[0]).to.equal('Jan 2025');
    expect(part(el, 'chart')!.getAttribute('aria-label')).to.match(/^Interception over 6 months, Sep 2024 to Feb 2025: [\d,]+ launched/);
  });

  it('filters by kind and re-aggregates by period in place', async () => {
    const el = await mount<StrikeTimeline>(`<strike-timeline src="${SAMPLE}" kind="drone" from="2025-01-01" to="2025-01-31"></strike-timeline>`);
    await next(el, 'strike-render');
    expect((await tableRows(el))).to.deep.equal([['Jan 2025', '2,715', '1,684', '914', '109', '8', '96%']]);
    const chart = chartOf(el)!;
    const rendered = next(el, 'strike-render');
    el.period = 'week';
    await rendered;
    expect(chartOf(el)).to.equal(chart);
    expect(chart.data.labels!.length).to.be.within(5, 6);
    expect(String(chart.data.labels![0])).to.match(/^Week of/);
  });

  it('fires strike-select with the period report on click and on Enter', async () => {
    const el = await mount<StrikeTimeline>(`<strike-timeline src="${SAMPLE}"></strike-timeline>`);
    await next(el, 'strike-render');
    const canvas = part(el, 'chart') as HTMLCanvasElement;
    const chart = Chart.getChart(canvas)!;
    // Final positions: the bars may still be animating in.
    const bar = chart.getDatasetMeta(0).data[2].getProps(['x', 'y'], true) as { x: number; y: number };
    const box = canvas.getBoundingClientRect();
    const selected = next(el, 'strike-select');
    canvas.dispatchEvent(new MouseEvent('click', { clientX: box.left + bar.x, clientY: box.top + bar.y + 2, bubbles: true }));
    const event = await selected;
    expect(event.detail.period).to.equal('2024-11');
    expect(event.detail.report.weapons.map((w) => w.kind)).to.include('drone');

    canvas.focus();
    canvas.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    await el.updateComplete;
    expect(part(el, 'live')!.textContent).to.match(/^Feb 2025: Launched [\d,]+, Downed/);
    const byKey = next(el, 'strike-select');
    canvas.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect((await byKey).detail.period).to.equal('2025-02');
  });

  it('shows a period with still-attacking rows with that outcome and its count, outside unaccounted', async () => {
    const el = await mount<StrikeTimeline>(`<strike-timeline src="${FIXTURE}" kind="drone" from="2025-01-01" to="2025-01-31" eager></strike-timeline>`);
    await next(el, 'strike-render');
    const header = [...(await wholeTable(el)).querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    expect(header).to.deep.equal(['Period', 'Launched', 'Downed', 'Jammed', 'Unaccounted', 'Still in the air', 'Neutralized rate']);
    // Six January rows give 1, 1, 3, 1, 1 and 1 still in the air: 2,715 − 1,684 − 914 − 8 = 109 unaccounted.
    expect((await tableRows(el))).to.deep.equal([['Jan 2025', '2,715', '1,684', '914', '109', '8', '96%']]);
    const datasets = chartOf(el)!.data.datasets;
    expect(datasets.map((d) => [d.label, d.data])).to.deep.equal([
      ['Downed', [1684]],
      ['Jammed', [914]],
      ['Unaccounted', [109]],
      ['Still in the air', [8]],
      ['Neutralized rate', [((1684 + 914) / 2715) * 100]],
    ]);
    expect(part(el, 'legend')!.querySelector('.swatch-stillAttacking')!.parentElement!.textContent!.trim()).to.equal('Still in the air');
    expect(part(el, 'chart')!.getAttribute('aria-label')).to.contain('914 jammed, 8 still in the air when reported, 109 unaccounted;');
  });

  it("shows a month whose missiles give no jammed as 'not reported', and jammed as known for only part of it", async () => {
    const el = await mount<StrikeTimeline>(`<strike-timeline src="${FIXTURE}" from="2025-01-01" to="2025-01-31" eager></strike-timeline>`);
    await next(el, 'strike-render');
    // 84 missiles, 44 downed, no jammed figure: their 40 not downed are not reported, not unaccounted.
    expect((await tableRows(el))).to.deep.equal([['Jan 2025', '2,799', '1,728', '914 (partly reported)', '109', '8', '40', '94%']]);
    expect(chartOf(el)!.data.datasets.map((d) => d.label)).to.include('Not reported');
    expect(part(el, 'chart')!.getAttribute('aria-label')).to.contain('914 jammed (reported for only part of them), 8 still in the air when reported, 109 unaccounted, 40 not reported;');
  });

  it('draws the downed rate with rate="downed", named on its axis, in the legend and the CSV', async () => {
    const el = await mount<StrikeTimeline>(`<strike-timeline src="${FIXTURE}" kind="drone" from="2025-01-01" to="2025-01-31" rate="downed" eager></strike-timeline>`);
    await next(el, 'strike-render');
    const chart = chartOf(el)!;
    expect(chart.data.datasets.at(-1)!.label).to.equal('Downed rate');
    expect(chart.data.datasets.at(-1)!.data[0]).to.be.closeTo((1684 / 2715) * 100, 1e-9);
    expect((chart.options.scales as Record<string, { title?: { text?: string } }>).rate.title!.text).to.equal('Downed rate');
    expect(part(el, 'legend')!.textContent).to.contain('Downed rate');
    expect(el.toCSV().split('\r\n')[0]).to.equal('Period,Launched,Downed,Jammed,Unaccounted,Still in the air,Downed rate');
    expect(part(el, 'chart')!.getAttribute('aria-label')).to.contain('; downed rate 62%.');
    const failed = next(el, 'strike-error');
    el.rate = 'both' as 'downed';
    expect((await failed).detail.message).to.equal('The chart cannot be drawn: its data has a problem.');
    expectShownError(el, 'rate: expected one of neutralized, downed, got "both"');
  });

  it('names bad attributes in the error state', async () => {
    const el = await mount<StrikeTimeline>(`<strike-timeline src="${SAMPLE}" period="fortnight" kind="ufo"></strike-timeline>`);
    const error = await next(el, 'strike-error');
    expect(error.detail.issues.map((i) => i.path)).to.deep.equal(['period', 'kind']);
    expect(part(el, 'error')!.textContent).to.contain('period: expected one of day, week, month, year, got "fortnight"');
    const rendered = next(el, 'strike-render');
    el.period = 'month';
    el.kind = undefined;
    // Attributes are re-checked; the loaded rows are kept.
    el.data = undefined;
    el.src = SAMPLE;
    await rendered;
    expect(part(el, 'error')).to.equal(null);
  });

  it('draws a list of dated JSON reports, with a month without reports as a gap', async () => {
    const el = await mount<StrikeTimeline>('<strike-timeline></strike-timeline>');
    el.data = [
      { date: '2025-01-03', weapons: [{ kind: 'drone', launched: 10, downed: 5, jammed: 5 }] },
      { date: '2025-03-03', weapons: [{ kind: 'drone', launched: 10, downed: 2 }] },
    ];
    await next(el, 'strike-render');
    // The reports run from 3 January to 3 March: both ends are months held in part.
    expect((await tableRows(el)).map((r) => r.slice(0, 2))).to.deep.equal([
      ['Jan 2025 (Jan 3, 2025 – Jan 31, 2025 only: 29 of 31 days)', '10'],
      ['Feb 2025', 'no report'],
      ['Mar 2025 (Mar 1, 2025 – Mar 3, 2025 only: 3 of 31 days)', '10'],
    ]);
  });
});

describe('src loading', () => {
  collectWarnings();

  it('<strike-chart src=… date="2024-11-13"> shows that night from the CSV', async () => {
    const el = await mount(`<strike-chart src="${SAMPLE}" date="2024-11-13"></strike-chart>`);
    // Both listeners first: the chart may be drawn in the same task as the load is announced.
    const [loaded] = await Promise.all([next(el, 'strike-load'), next(el, 'strike-render')]);
    expect(loaded.detail.url).to.contain('attacks-2024-09-to-2025-02.csv');
    const rows = await tableRows(el);
    expect(rows[0].slice(0, 4)).to.deep.equal(['Missiles', '6', '4', 'not reported']);
    expect(rows[1].slice(0, 4)).to.deep.equal(['Drones', '90', '37', '46']);
  });

  it('turns a 404 into the error state with the reason', async () => {
    const el = await mount('<strike-chart src="/no/such/file.json"></strike-chart>');
    const error = await next(el, 'strike-error');
    expect(error.detail.message).to.match(/^HTTP 404.* while loading http:\/\/.*\/no\/such\/file\.json$/);
    expect(part(el, 'error')!.textContent).to.contain('HTTP 404');
  });

  it('turns an unparseable body into the error state: one strike-error at path src, no strike-load', async () => {
    const holder = document.createElement('div');
    document.body.append(holder);
    const events: string[] = [];
    for (const type of ['strike-load', 'strike-error']) holder.addEventListener(type, () => events.push(type));
    const failed = next(holder, 'strike-error');
    holder.innerHTML = '<strike-chart src="/README.md"></strike-chart>';
    const error = await failed;
    expect(error.detail.message).to.match(/^The file at http:.*\/README\.md is not valid JSON/);
    expect(error.detail.issues.map((i) => i.path)).to.deep.equal(['src']);
    expect(events).to.deep.equal(['strike-error']);
  });

  it('refuses non-http(s) URLs', async () => {
    const el = await mount<StrikeTimeline>('<strike-chart></strike-chart>');
    const failed = next(el, 'strike-error');
    el.src = 'javascript:alert(1)';
    const error = await failed;
    expect(error.detail.message).to.contain('only http and https URLs can be loaded');
  });

  it('shows only the latest src when it changes mid-flight', async () => {
    const id = `mid-flight-${Math.random()}`;
    const el = await mount<StrikeTimeline>(`<strike-timeline src="${echo([referenceStrike], 1000, id)}"></strike-timeline>`);
    await requestArrived(id);
    el.src = '/no/such/file.csv';
    const error = await next(el, 'strike-error');
    expect(error.detail.message).to.contain('HTTP 404');
    // The older request is over (its answer dropped, or never read): whatever it would do is done.
    await requestEnded(id);
    await el.chartSettled();
    expect(part(el, 'chart')).to.equal(null);
    expect(part(el, 'error')).to.exist;
  });
});
