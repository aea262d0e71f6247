import { expect } from '@esm-bundle/chai';
import '../../src/elements/strike-chart/strike-chart.js';
import '../../src/elements/strike-summary/strike-summary.js';
import { largestAttack } from '../../src/data/attack-standing.js';
import { parseAttacksCsv } from '../../src/data/csv.js';
import { referenceStrike } from '../fixtures/samples.js';
import { collectWarnings, mount, next, part } from './helpers.js';

const SNAPSHOT = '/test/fixtures/attacks-snapshot.csv';
const text = (el: Element, name: string) => part(el, name)?.textContent!.replace(/\s+/g, ' ').trim();

describe('the context of an attack in the data', () => {
  collectWarnings();

  it('<strike-chart src date> says the size class and record in its headlines and its sentence', async () => {
    const { records } = parseAttacksCsv(await (await fetch(SNAPSHOT)).text());
    const largest = largestAttack(records)!;
    const el = await mount(`<strike-chart src="${SNAPSHOT}" date="${largest.date}" locale="en"></strike-chart>`);
    await next(el, 'strike-render');
    const said = `${largest.launched} launched: a massive attack, the largest in the data.`;
    expect(part(el, 'headlines')!.querySelector('li')!.textContent).to.contain(said);
    expect(part(el, 'chart')!.getAttribute('aria-label')).to.contain(said);
  });

  it('says it in Ukrainian, per kind too', async () => {
    const el = await mount(`<strike-chart src="${SNAPSHOT}" date="2025-06-09" locale="uk"></strike-chart>`);
    await next(el, 'strike-render');
    const headline = part(el, 'headlines')!.querySelector('li')!.textContent!;
    expect(headline).to.match(/^Запущено \d+: масована атака, найбільша на той час/);
    expect(headline).to.contain('дрони: найбільша атака дронів у даних.');
  });

  it('says nothing of the kind for one JSON report, nor for the first date of a dataset', async () => {
    const json = await mount(`<strike-chart locale="en"></strike-chart>`);
    (json as HTMLElement & { data: unknown }).data = referenceStrike;
    await next(json, 'strike-render');
    expect(text(json, 'headlines')).not.to.match(/routine|large|massive|largest/);
    const { records } = parseAttacksCsv(await (await fetch(SNAPSHOT)).text());
    const first = records.reduce((d, r) => (r.date < d ? r.date : d), records[0].date);
    const el = await mount(`<strike-chart src="${SNAPSHOT}" date="${first}" locale="en"></strike-chart>`);
    await next(el, 'strike-render');
    expect(text(el, 'headlines')).not.to.match(/routine|large|massive|largest/);
  });

  it('<strike-summary> names the largest attack of its window in its context line and sentence', async () => {
    const el = await mount(`<strike-summary src="${SNAPSHOT}" from="2025-06-01" to="2025-06-30" locale="en"></strike-summary>`);
    await next(el, 'strike-render');
    const { records } = parseAttacksCsv(await (await fetch(SNAPSHOT)).text());
    const largest = largestAttack(records.filter((r) => r.date.startsWith('2025-06')))!;
    const context = text(el, 'context')!;
    expect(largest.date).to.equal('2025-06-29');
    expect(context.startsWith(`Largest attack of Jun 2025: June 29, 2025. ${largest.launched} launched: a massive attack, the largest in the data.`)).to.equal(true, context);
    expect(text(el, 'summary')).to.contain(context);
  });
});
