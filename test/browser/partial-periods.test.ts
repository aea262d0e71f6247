import { expect } from '@esm-bundle/chai';
import '../../src/elements/strike-dashboard/strike-dashboard.js';
import '../../src/elements/strike-summary/strike-summary.js';
import '../../src/elements/strike-timeline/strike-timeline.js';
import { chartOf, collectWarnings, mount, next, part, tableRows } from './helpers.js';

// Rows of the public dataset whose attack window ends from 1 March to 5 May 2025: May holds 5 of its 31 days.
const FILE = new URL('../fixtures/attacks-2025-03-to-05-05.csv', import.meta.url).href;

describe('partial periods', () => {
  collectWarnings();

  it('marks the last bar of a timeline partial and never ranks it', async () => {
    const el = await mount(`<strike-timeline src="${FILE}"></strike-timeline>`);
    await next(el, 'strike-render');
    const chart = chartOf(el)!;
    expect(chart.data.labels).to.deep.equal(['Mar 2025', 'Apr 2025', 'May 2025']);
    expect((await tableRows(el)).map((r) => r[0])).to.deep.equal(['Mar 2025', 'Apr 2025', 'May 2025 (May 1, 2025 – May 5, 2025 only: 5 of 31 days)']);
    expect(chart.options.plugins?.strikePartialMarks?.indexes).to.deep.equal([2]);
    expect(chart.options.plugins?.strikePartialMarks?.texts).to.deep.equal(['5 of 31 days']);
    const sentence = part(el, 'chart')!.getAttribute('aria-label')!;
    expect(sentence).to.match(/Highest neutralized rate \d+% \((Mar|Apr) 2025\), lowest \d+% \((Mar|Apr) 2025\)\./);
    expect(sentence).to.contain('May 2025 holds only 5 of 31 days, so it is not ranked highest or lowest.');
    expect([...part(el, 'legend')!.querySelectorAll('li')].map((li) => li.textContent)).to.include('Partial period');
  });

  it('marks a period the range cuts, and none when the range is whole months', async () => {
    const el = await mount(`<strike-timeline src="${FILE}" from="2025-03-10" to="2025-04-30"></strike-timeline>`);
    await next(el, 'strike-render');
    expect(chartOf(el)!.options.plugins?.strikePartialMarks?.indexes).to.deep.equal([0]);
    const rendered = next(el, 'strike-render');
    el.setAttribute('from', '2025-03-01');
    await rendered;
    expect(chartOf(el)!.options.plugins?.strikePartialMarks?.indexes).to.deep.equal([]);
    expect(part(el, 'chart')!.getAttribute('aria-label')).not.to.contain('holds only');
  });

  it('names a summary window the data holds in part and compares it with nothing', async () => {
    const el = await mount(`<strike-summary src="${FILE}" from="2025-05-01" to="2025-05-31"></strike-summary>`);
    await next(el, 'strike-render');
    expect(part(el, 'window')!.textContent!.trim()).to.equal('May 2025 so far, 5 of 31 days');
    expect(el.shadowRoot!.querySelectorAll('[part~="tile-change"]')).to.have.length(0);
    expect(part(el, 'summary')!.textContent).to.match(/^May 2025 so far, 5 of 31 days: [\d,]+ launched/);
    // The latest whole month, against the whole one before it.
    const whole = await mount(`<strike-summary src="${FILE}" period="month"></strike-summary>`);
    await next(whole, 'strike-render');
    expect(part(whole, 'window')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Apr 2025 · change on Mar 2025');
  });

  it('marks the partial month in the dashboard timeline', async () => {
    const el = await mount(`<strike-dashboard src="${FILE}"></strike-dashboard>`);
    await next(el, 'strike-load');
    let timeline: Element | null = null;
    for (let i = 0; i < 100 && !(timeline = el.shadowRoot!.querySelector('strike-timeline')); i++) await new Promise((r) => setTimeout(r, 20));
    if (!chartOf(timeline!)) await next(timeline!, 'strike-render');
    expect(chartOf(timeline!)!.options.plugins?.strikePartialMarks?.indexes).to.deep.equal([2]);
  });
});
