import { expect } from '@esm-bundle/chai';
import '../../src/elements/strike-breakdown/strike-breakdown.js';
import type { StrikeBreakdown } from '../../src/elements/strike-breakdown/strike-breakdown.js';
import { parseAttacksCsv } from '../../src/data/csv.js';
import { filterRecords } from '../../src/data/filters.js';
import { chartOf, collectWarnings, mount, next, part, tableRows } from './helpers.js';

// 24 rows of the public dataset: drones, missiles and bombs from March 2024 to June 2025.
const FIXTURE = '/test/fixtures/attacks-sample.csv';

const count = (cell: string) => Number(cell.replace(/[^\d]/g, ''));

/** What a reader gets: the bars drawn, the sentence on the canvas, the table's rows and its first column's name. */
async function shown(el: StrikeBreakdown) {
  const rows = await tableRows(el);
  return {
    bars: chartOf(el)!.data.labels as string[],
    sentence: part(el, 'chart')!.getAttribute('aria-label')!,
    rows,
    launched: rows.reduce((n, r) => n + count(r[1]), 0),
    column: part(el, 'table')!.querySelector('thead th')!.textContent,
  };
}

/** Launched over the fixture's rows that a filter keeps. */
async function launched(filter: Parameters<typeof filterRecords>[1] = {}) {
  const { records } = parseAttacksCsv(await (await fetch(FIXTURE)).text());
  return filterRecords(records, filter).reduce((n, r) => n + r.launched, 0);
}

async function breakdown(attributes = ''): Promise<StrikeBreakdown> {
  const el = await mount<StrikeBreakdown>(`<strike-breakdown eager src="${FIXTURE}" ${attributes}></strike-breakdown>`);
  await next(el, 'strike-render');
  return el;
}

/** Sets an attribute and resolves with what is shown once the chart is drawn again. */
async function change(el: StrikeBreakdown, name: string, value: string) {
  const rendered = next(el, 'strike-render');
  el.setAttribute(name, value);
  await rendered;
  return shown(el);
}

describe('<strike-breakdown>', () => {
  collectWarnings();

  it('draws a bar per weapon category of a dataset CSV, most launched first, said in a sentence and listed in the table', async () => {
    const el = await breakdown();
    const { bars, sentence, rows, column } = await shown(el);
    expect(part(el, 'error')).to.equal(null);
    expect(part(el, 'chart')!.getAttribute('role')).to.equal('img');
    expect(bars.length).to.be.greaterThan(2);
    expect(rows.map((r) => r[0]).slice(0, bars.length)).to.deep.equal(bars);
    const byLaunched = rows.map((r) => count(r[1]));
    expect(byLaunched).to.deep.equal([...byLaunched].sort((a, b) => b - a));
    expect((await shown(el)).launched).to.equal(await launched());
    expect(column).to.equal('Category');
    expect(sentence).to.match(/^By weapon category\. /);
    expect(sentence).to.contain(bars[0]);
    // Downed, jammed and unaccounted, stacked, and the sample's drones still in the air and missiles without jammed.
    expect(chartOf(el)!.data.datasets.map((d) => d.label)).to.deep.equal(['Downed', 'Jammed', 'Unaccounted', 'Still in the air', 'Not reported']);
  });

  it('groups by model with by="model"', async () => {
    const el = await breakdown();
    const before = await shown(el);
    const after = await change(el, 'by', 'model');
    expect(after.column).to.equal('Model');
    expect(after.bars).to.include('Shahed-136/131');
    expect(after.bars).not.to.deep.equal(before.bars);
    expect(after.rows.map((r) => r[0]).slice(0, after.bars.length)).to.deep.equal(after.bars);
    expect(after.sentence).to.match(/^By weapon model\. /);
    expect(after.sentence).to.contain('Shahed-136/131');
    expect(after.launched).to.equal(before.launched);
  });

  it('draws the `top` most launched, and still lists every one in the table', async () => {
    const el = await breakdown('by="model"');
    const all = await shown(el);
    const top = await change(el, 'top', '2');
    expect(top.bars).to.deep.equal(all.bars.slice(0, 2));
    expect(top.rows).to.deep.equal(all.rows);
    expect(top.sentence).to.contain(`${all.rows.length - 2} more entries in the table`);
    expect(top.sentence).not.to.contain(all.bars[2]);
  });

  it('keeps only the kinds in `kind`', async () => {
    const el = await breakdown('by="model"');
    const missiles = await change(el, 'kind', 'missile');
    expect(missiles.launched).to.equal(await launched({ kinds: ['missile'] }));
    expect(missiles.bars).not.to.include('Shahed-136/131');
    expect(missiles.sentence).not.to.contain('Shahed-136/131');
    expect(missiles.rows.map((r) => r[0]).slice(0, missiles.bars.length)).to.deep.equal(missiles.bars);
  });

  it('counts only the reports from `from` to `to`', async () => {
    const el = await breakdown('by="model"');
    await change(el, 'from', '2025-01-01');
    const range = await change(el, 'to', '2025-06-30');
    expect(range.launched).to.equal(await launched({ from: '2025-01-01', to: '2025-06-30' }));
    expect(range.launched).to.be.lessThan(await launched());
    expect(range.bars).not.to.include('Aerial Bomb');
    expect(range.rows.map((r) => r[0])).not.to.include('Aerial Bomb');
    expect(range.sentence).not.to.contain('Aerial Bomb');
  });

  // Issue 13's bug: a new heading changed the <h2> only, not the sentence and the caption.
  it('names the heading in the sentence and the table caption, and follows a new one', async () => {
    const el = await breakdown('heading="Weapons in the sample"');
    expect(part(el, 'heading')!.textContent!.trim()).to.equal('Weapons in the sample');
    expect((await shown(el)).sentence).to.match(/^Weapons in the sample\. /);
    el.setAttribute('heading', 'Launched since March 2024');
    await el.chartSettled();
    expect(part(el, 'heading')!.textContent!.trim()).to.equal('Launched since March 2024');
    expect((await shown(el)).sentence).to.match(/^Launched since March 2024\. /);
    expect(part(el, 'table')!.querySelector('caption')!.textContent).to.match(/^Launched since March 2024\. /);
  });

  for (const [name, value, message] of [
    ['by', 'vendor', 'by: expected one of category, model, got "vendor"'],
    ['top', '0', 'top: expected a whole number >= 1, got 0'],
    // Read as a number the attribute is NaN: the message names what was written.
    ['top', 'many', 'top: expected a whole number >= 1, got "many"'],
  ]) {
    it(`names a bad ${name}="${value}" in the error part instead of drawing`, async () => {
      const el = await breakdown();
      const failed = next(el, 'strike-error');
      el.setAttribute(name, value);
      const error = await failed;
      expect(error.detail.issues.map((i) => i.path)).to.deep.equal([name]);
      expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
      expect(part(el, 'error')!.textContent).to.contain(message);
      expect(part(el, 'chart')).to.equal(null);
    });
  }
});
