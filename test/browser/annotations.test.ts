import { expect } from '@esm-bundle/chai';
import '../../src/elements/strike-timeline/strike-timeline.js';
import type { StrikeTimeline } from '../../src/elements/strike-timeline/strike-timeline.js';
import { chartOf, collectWarnings, expectShownError, mount, next, part } from './helpers.js';

// Every row of the dataset whose time_end falls in January 2025 or on 13 November 2024.
const FIXTURE = '/test/fixtures/attacks-2025-01-and-2024-11-13.csv';
const ANNOTATIONS = JSON.stringify([
  { date: '2024-11-13', label: 'Kursk offensive' },
  { from: '2025-01-05', to: '2025-01-20', label: 'Winter strikes' },
]);

const key = (canvas: HTMLElement, k: string) => canvas.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));

describe('<strike-timeline> annotations', () => {
  collectWarnings();

  it('a timeline with two annotations shows them on the chart, in the table and in the sentence, and the keyboard reaches both', async () => {
    const el = await mount<StrikeTimeline>(`<strike-timeline src="${FIXTURE}" period="week" locale="en-GB" eager></strike-timeline>`);
    el.setAttribute('annotations', ANNOTATIONS);
    await next(el, 'strike-render');
    const chart = chartOf(el)!;
    const labels = chart.data.labels as string[];
    const markers = chart.options.plugins!.strikePeriodMarkers!.markers;
    // 13 Nov 2024 is in ISO week 46; 5–20 Jan 2025 runs from week 1 (its Sunday) to week 4 (its Monday).
    expect(markers.map((m) => [labels[m.first], labels[m.last], m.label, Boolean(m.band)])).to.deep.equal([
      [labels[0], labels[0], 'Kursk offensive', false],
      [labels[labels.length - 5], labels[labels.length - 2], 'Winter strikes', true],
    ]);
    expect(chart.options.layout!.padding).to.deep.include({ top: 32 });

    const header = [...el.shadowRoot!.querySelectorAll('[part~="table"] thead th')].map((th) => th.textContent!.trim());
    expect(header.at(-1)).to.equal('Annotations');
    const rows = [...el.shadowRoot!.querySelectorAll('[part~="table"] tbody tr')].map((tr) => tr.lastElementChild!.textContent!.trim());
    expect(rows.filter(Boolean)).to.deep.equal(['Kursk offensive', 'Winter strikes', 'Winter strikes', 'Winter strikes', 'Winter strikes']);
    expect(rows[0]).to.equal('Kursk offensive');
    expect(el.toCSV().split('\r\n')[0].endsWith(',Annotations')).to.equal(true);

    const canvas = part(el, 'chart')!;
    expect(canvas.getAttribute('aria-label')).to.match(/ Marked: 13 November 2024, Kursk offensive; 5 January 2025 – 20 January 2025, Winter strikes\.$/);

    canvas.focus();
    key(canvas, 'n');
    await el.updateComplete;
    const live = part(el, 'live')!;
    expect(live.textContent!.startsWith(labels[0])).to.equal(true);
    expect(live.textContent).to.match(/: Launched [\d,]+, .*Annotations Kursk offensive$/);
    key(canvas, 'n');
    await el.updateComplete;
    expect(live.textContent).to.match(/Annotations Winter strikes$/);
    expect(live.textContent!.startsWith(labels[labels.length - 5])).to.equal(true);
    // Round the end to the first again, and back.
    key(canvas, 'n');
    await el.updateComplete;
    expect(live.textContent).to.match(/Annotations Kursk offensive$/);
    key(canvas, 'N');
    await el.updateComplete;
    expect(live.textContent).to.match(/Annotations Winter strikes$/);
    // h: the period with the most launched, from the first period (which is not it).
    key(canvas, 'Home');
    key(canvas, 'h');
    await el.updateComplete;
    const launched = (chart.data.datasets.slice(0, -1) as { data: (number | null)[] }[]).reduce<number[]>(
      (sums, ds) => sums.map((s, i) => s + (ds.data[i] ?? 0)),
      labels.map(() => 0),
    );
    const highest = launched.indexOf(Math.max(...launched));
    expect(highest).to.be.above(0);
    expect(live.textContent!.startsWith(labels[highest])).to.equal(true);
  });

  it('says which annotation is bad and where, in the error part', async () => {
    const el = await mount<StrikeTimeline>(`<strike-timeline src="${FIXTURE}"></strike-timeline>`);
    el.annotations = [{ date: '2024-11-13', label: 'fine' }, { date: '13.11.2024', label: 'day first' }];
    await next(el, 'strike-error');
    expectShownError(el, 'annotations[1].date: expected a date written YYYY-MM-DD, got "13.11.2024"');
    el.setAttribute('annotations', "[{ 'date': '2024-11-13' }]");
    await next(el, 'strike-error');
    expectShownError(el, 'annotations: line 1, column 4: expected');
    const drawn = next(el, 'strike-render');
    el.annotations = ANNOTATIONS;
    await drawn;
    expect(part(el, 'error')).to.equal(null);
  });
});
