import { expect } from '@esm-bundle/chai';
import '../../src/elements/strike-summary/strike-summary.js';
import type { StrikeSummary } from '../../src/elements/strike-summary/strike-summary.js';
import { aggregate } from '../../src/data/aggregate.js';
import { parseAttacksCsv } from '../../src/data/csv.js';
import { filterRecords } from '../../src/data/filters.js';
import { summarize } from '../../src/data/summarize.js';
import { referenceStrike, SAMPLE_CSV as SAMPLE } from '../fixtures/samples.js';
import { collectWarnings, mount, next, part } from './helpers.js';

const tile = (el: Element, key: string) => {
  const t = el.shadowRoot!.querySelector(`[part~="tile-${key}"]`)!;
  const text = (name: string) => t.querySelector(`[part~="${name}"]`)?.textContent!.replace(/\s+/g, ' ').trim();
  return { value: text('tile-value'), detail: text('tile-detail'), change: text('tile-change') };
};
const number = (s: string | undefined) => Number(s!.replace(/[^\d]/g, ''));

/** Launched, downed and jammed over the sample's rows in a range, summed from summarize over aggregate. */
async function expected(from?: string, to?: string) {
  const { records } = parseAttacksCsv(await (await fetch(SAMPLE)).text());
  const totals = aggregate(filterRecords(records, { from, to }), { period: 'month' }).map((r) => summarize(r).total);
  const sum = (k: 'launched' | 'downed' | 'jammed') => totals.reduce((n, t) => n + t[k], 0);
  return { launched: sum('launched'), downed: sum('downed'), jammed: sum('jammed') };
}

describe('<strike-summary>', () => {
  collectWarnings();

  it('shows the totals of the whole file, equal to summarize over aggregate, with no change to show', async () => {
    const el = await mount<StrikeSummary>(`<strike-summary src="${SAMPLE}"></strike-summary>`);
    await next(el, 'strike-render');
    const want = await expected();
    expect(number(tile(el, 'launched').value)).to.equal(want.launched);
    expect(number(tile(el, 'downed').value)).to.equal(want.downed);
    expect(number(tile(el, 'jammed').value)).to.equal(want.jammed);
    expect(part(el, 'window')!.textContent!.trim()).to.equal('Sep 2024 – Feb 2025');
    expect(el.shadowRoot!.querySelector('[part~="tile-change"]')).to.equal(null);
  });

  it('compares a month with the month before it', async () => {
    const el = await mount<StrikeSummary>(`<strike-summary src="${SAMPLE}" from="2024-11-01" to="2024-11-30"></strike-summary>`);
    await next(el, 'strike-render');
    const [now, before] = [await expected('2024-11-01', '2024-11-30'), await expected('2024-10-01', '2024-10-31')];
    expect(number(tile(el, 'launched').value)).to.equal(now.launched);
    const change = Math.round(((now.launched - before.launched) / before.launched) * 100);
    expect(tile(el, 'launched').change).to.equal(`▲ +${change}%`);
    expect(part(el, 'window')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Nov 2024 · change on Oct 2024');
    // The same figures in the table and its CSV: header row, then the raw counts.
    const csv = el.toCSV().trim().split('\r\n');
    expect(csv[0]).to.equal('Figure,Nov 2024,Oct 2024,Change');
    expect(csv[1].split(',').slice(0, 3)).to.deep.equal(['Launched', String(now.launched), String(before.launched)]);
  });

  it('takes the latest whole period with period="month", and filters by kind', async () => {
    const el = await mount<StrikeSummary>(`<strike-summary src="${SAMPLE}" period="month" kind="missile"></strike-summary>`);
    await next(el, 'strike-render');
    expect(part(el, 'window')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Feb 2025 · change on Jan 2025');
    expect(el.shadowRoot!.querySelector('[part~="tile-kind-drone"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part~="tile-kind-missile"]')).to.exist;
  });

  it('shows one report on its own, and exports its tiles as an image', async () => {
    const el = await mount<StrikeSummary>('<strike-summary locale="en"></strike-summary>');
    const rendered = next(el, 'strike-render');
    el.data = { ...referenceStrike, date: undefined };
    await rendered;
    expect(tile(el, 'launched').value).to.equal('96');
    expect(tile(el, 'neutralized-rate').value).to.equal('92%');
    expect(tile(el, 'kind-drone').detail).to.equal('93% neutralized');
    // No chart, but the tiles as an image: the size of what the page shows, at twice its size, plus a margin.
    expect(el.shadowRoot!.querySelector('canvas')).to.equal(null);
    const tiles = part(el, 'tiles')!.getBoundingClientRect();
    const image = await createImageBitmap((await el.toPNG())!);
    expect(image.width).to.equal(Math.ceil((tiles.width + 24) * 2));
    // As a share card: the size social posts show, the tiles centred on it.
    const card = await createImageBitmap((await el.toPNG({ card: true }))!);
    expect([card.width, card.height]).to.deep.equal([1200, 630]);
  });

  it('names a bad attribute in the error state', async () => {
    const el = await mount<StrikeSummary>(`<strike-summary src="${SAMPLE}" from="2024-11-31"></strike-summary>`);
    const error = await next(el, 'strike-error');
    expect(error.detail.issues.map((i) => i.path)).to.deep.equal(['from']);
    expect(part(el, 'error')!.textContent).to.contain('from: expected a day on the calendar (2024-11 has 30 days), got "2024-11-31"');
  });

  for (const width of [360, 1280]) {
    it(`fits a ${width}px column without overflowing`, async () => {
      const el = await mount<StrikeSummary>(`<strike-summary src="${SAMPLE}" from="2024-11-01" to="2024-11-30"></strike-summary>`);
      (el.parentElement as HTMLElement).style.width = `${width}px`;
      await next(el, 'strike-render');
      const tiles = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="tile"]')];
      const columns = new Set(tiles.map((t) => Math.round(t.getBoundingClientRect().left))).size;
      // One column on a phone; four on a wide screen.
      expect(columns).to.equal(width === 360 ? 1 : 4);
      for (const t of tiles) expect(t.scrollWidth, t.getAttribute('part')!).to.be.at.most(t.clientWidth);
      expect(el.scrollWidth).to.be.at.most(width);
    });
  }
});
