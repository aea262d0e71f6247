import { expect } from '@esm-bundle/chai';
import '../../src/elements/strike-timeline/strike-timeline.js';
import type { StrikeTimeline } from '../../src/elements/strike-timeline/strike-timeline.js';
import { chartOf, collectWarnings, expectShownError, mount, next, part, wholeTable } from './helpers.js';

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
    const annotated = markers.filter((m) => m.kind === 'annotation');
    expect(annotated.map((m) => [labels[m.first], labels[m.last], m.label, Boolean(m.band)])).to.deep.equal([
      [labels[0], labels[0], 'Kursk offensive', false],
      [labels[labels.length - 5], labels[labels.length - 2], 'Winter strikes', true],
    ]);
    // The largest attack shown is marked too, as a record.
    expect(markers.filter((m) => m.kind === 'record')).to.have.length(1);
    expect(markers.find((m) => m.kind === 'record')!.label).to.match(/^largest attack shown, [\d,]+ launched$/);
    expect(chart.options.layout!.padding).to.deep.include({ top: 32 });

    const table = await wholeTable(el);
    const header = [...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    const column = header.indexOf('Annotations');
    expect(column, 'an Annotations column').to.be.above(0);
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => tr.children[column].textContent!.trim());
    expect(rows.filter(Boolean)).to.deep.equal(['Kursk offensive', 'Winter strikes', 'Winter strikes', 'Winter strikes', 'Winter strikes']);
    expect(rows[0]).to.equal('Kursk offensive');
    expect(el.toCSV().split('\r\n')[0]).to.contain(',Annotations');

    const canvas = part(el, 'chart')!;
    expect(canvas.getAttribute('aria-label')).to.contain(' Marked: 13 November 2024, Kursk offensive; 5 January 2025 – 20 January 2025, Winter strikes.');

    // n steps through every marked period in order, round the end; N goes back.
    const marked = [...new Set(markers.map((m) => m.first))].sort((x, y) => x - y);
    canvas.focus();
    const live = part(el, 'live')!;
    for (const at of [...marked, marked[0]]) {
      key(canvas, 'n');
      await el.updateComplete;
      expect(live.textContent!.startsWith(labels[at]), labels[at]).to.equal(true);
    }
    expect(live.textContent).to.match(/Annotations Kursk offensive/);
    key(canvas, 'N');
    await el.updateComplete;
    expect(live.textContent!.startsWith(labels[marked[marked.length - 1]])).to.equal(true);
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
