import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import { parseAttacksCsv } from '../../src/data/csv.js';
import { deepParts } from './elements.js';
import { collectWarnings, create, fromMarkup, next, part, tableRows, type Drawn } from './helpers.js';

const FIXTURES = '/test/fixtures';
/** The elements that read the dataset's CSV. */
const DATASET_TAGS = ['strike-chart', 'strike-timeline', 'strike-summary', 'strike-breakdown', 'strike-dashboard'];

/** A test-server URL answering `body` with that content type. */
const answer = (body: string, type: string) => `/__test__/echo?type=${encodeURIComponent(type)}&body=${encodeURIComponent(body)}`;

/** A new element given `src`, and its first strike-error or strike-load (whichever comes). */
async function load(tag: string, src: string, attributes: Record<string, string> = {}): Promise<[Drawn, CustomEvent]> {
  const el = create(tag, undefined, attributes);
  const outcome = Promise.race([next(el, 'strike-error'), next(el, 'strike-load')]);
  el.setAttribute('src', src);
  document.body.append(el);
  const event = await outcome;
  await el.updateComplete;
  return [el, event];
}

/** The text of the element's error part, spaces collapsed. */
const errorText = (el: Element): string => part(el, 'error')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('reading errors a reader can act on', () => {
  const warnings = collectWarnings();

  for (const tag of DATASET_TAGS) {
    it(`<${tag}> names what is wrong with each file it cannot read, in its error part`, async () => {
      const cases: [string, RegExp[]][] = [
        [`${FIXTURES}/attacks-no-time-start.csv`, [/has no column time_start\./, /its columns are date, time_end, model, launch_place, .*source\)/]],
        [answer('date;model;launched\n2024-11-13;Shahed-136/131;5\n', 'text/csv'), [/has no columns time_start and time_end \(its cells are separated by semicolons\)/, /its columns are date, model, launched/]],
        [`${FIXTURES}/attacks-day-first.csv`, [/are written day first \(time_start "30\.06\.2025 21:00", line 2\): write them as 2026-04-04 \(ISO\)/]],
        [`${FIXTURES}/web-page.csv`, [/The file at http:\/\/.*\/web-page\.csv is a web page, not CSV or JSON/]],
        [answer('<!doctype html><title>Not found</title><h1>404</h1>', 'text/html'), [/The file at http:\/\/.*\/__test__\/echo.* is a web page/]],
      ];
      for (const [src, reasons] of cases) {
        const [el, event] = await load(tag, src);
        expect(event.type, src).to.equal('strike-error');
        for (const reason of reasons) expect(errorText(el), src).to.match(reason);
        expect(errorText(el)).not.to.contain('expected rows of the dataset');
        expect((event as CustomEvent<{ issues: { path: string }[] }>).detail.issues.map((i) => i.path)).to.deep.equal(['src']);
        el.remove();
      }
    });
  }

  it('says it in the reader\'s language', async () => {
    const [page] = await load('strike-timeline', `${FIXTURES}/web-page.csv`, { locale: 'uk' });
    expect(errorText(page)).to.match(/^Файл за адресою http:.*web-page\.csv — вебсторінка, а не CSV чи JSON/);
    const [dates] = await load('strike-timeline', `${FIXTURES}/attacks-day-first.csv`, { locale: 'uk' });
    expect(errorText(dates)).to.contain('дати записано, починаючи з дня (time_start «30.06.2025 21:00», рядок 2)');
    const [columns] = await load('strike-timeline', `${FIXTURES}/attacks-no-time-start.csv`, { locale: 'uk' });
    expect(errorText(columns)).to.match(/^У файлі за адресою .* немає стовпця time_start\./);
  });

  it('reads a semicolon- or tab-separated file into the chart the comma-separated one gives, and says how it was separated', async () => {
    const comma = (await (await fetch(`${FIXTURES}/attacks-sample.csv`)).text()).split('\n').slice(0, 9).join('\n');
    const reference = create('strike-timeline', { records: parseAttacksCsv(comma).records });
    document.body.append(reference);
    await reference.chartSettled();
    for (const [name, word] of [['attacks-semicolon.csv', 'semicolons'], ['attacks-tab.csv', 'tabs']]) {
      const [el, event] = await load('strike-timeline', `${FIXTURES}/${name}`);
      expect(event.type, name).to.equal('strike-load');
      await el.chartSettled();
      expect(part(el, 'error'), name).to.equal(null);
      expect(part(el, 'chart'), name).to.exist;
      expect((await tableRows(el)), name).to.deep.equal((await tableRows(reference)));
      expect((await tableRows(el)).length).to.be.greaterThan(1);
      expect(part(el, 'warnings')!.textContent, name).to.contain(`cells are separated by ${word}, not commas; read as such`);
    }
  });

  it('shows the rows skipped and kept inconsistent in a line, each listed with its row and reason, and keeps the console warning', async () => {
    const [el, event] = await load('strike-timeline', `${FIXTURES}/attacks-skipped-rows.csv`);
    expect(event.type).to.equal('strike-load');
    await el.chartSettled();
    const shown = part(el, 'warnings')!;
    expect(shown.localName).to.equal('details');
    expect(shown.querySelector('summary')!.textContent!.trim()).to.equal('⚠ 3 rows skipped, 1 inconsistent');
    expect([...shown.querySelectorAll('li')].map((li) => li.textContent!.trim())).to.deep.equal([
      'line 5: downed 15 + jammed 11 exceeds launched 16 (Shahed-136/131, 2024-12-28); kept as reported',
      'line 6: launched is empty (C-300, 2024-02-28); row skipped',
      'line 7: model is empty; row skipped',
      'line 8: no readable date in time_start "yesterday" or time_end ""; row skipped',
    ]);
    expect(part(el, 'chart')).to.exist;
    const detail = (event as CustomEvent<{ warnings: { row?: number; skipped?: boolean }[] }>).detail;
    expect(detail.warnings.map((w) => [w.row, w.skipped ?? false])).to.deep.equal([[5, false], [6, true], [7, true], [8, true]]);
    expect(warnings.filter((w) => w.includes('attacks-skipped-rows.csv: 4 warnings'))).to.have.length(1);

    const [uk] = await load('strike-summary', `${FIXTURES}/attacks-skipped-rows.csv`, { locale: 'uk' });
    expect(part(uk, 'warnings')!.querySelector('summary')!.textContent!.trim()).to.equal('⚠ пропущено 3 рядки, 1 неузгоджений');
  });

  it('shows the warnings once in a dashboard, not in each panel', async () => {
    const [el] = await load('strike-dashboard', `${FIXTURES}/attacks-skipped-rows.csv`);
    await el.chartSettled();
    expect(deepParts(el, 'warnings')).to.have.length(1);
    expect(part(el, 'warnings')!.textContent).to.contain('3 rows skipped, 1 inconsistent');
  });

  it('reads counts written as text in JSON, saying once which, in the element and the console', async () => {
    const el = create('strike-chart', { weapons: [{ kind: 'drone', label: 'Drones', launched: '90', downed: '37.0', jammed: 47 }] });
    const rendered = next(el, 'strike-render');
    document.body.append(el);
    await rendered;
    expect(part(el, 'error')).to.equal(null);
    expect((await tableRows(el))[0].slice(0, 2)).to.deep.equal(['Drones', '90']);
    const shown = part(el, 'warnings')!;
    expect(shown.querySelector('summary')!.textContent!.trim()).to.equal('⚠ 1 warning');
    expect(shown.querySelector('li')!.textContent).to.equal('weapons[0].launched, weapons[0].downed: counts written as text, read as numbers; write 90, not "90"');
    expect(warnings.filter((w) => w.includes('counts written as text'))).to.have.length(1);
    // A new figure from the same data says nothing new.
    el.setAttribute('variant', 'doughnut');
    await el.chartSettled();
    expect(warnings.filter((w) => w.includes('counts written as text'))).to.have.length(1);

    const troops = create('strike-troops', { figures: [{ label: 'Troops', value: '50000', qualifier: 'about' }] });
    document.body.append(troops);
    await troops.chartSettled();
    expect(part(troops, 'warnings')!.textContent).to.contain('figures[0].value: a count written as text');
    for (const tag of ['strike-timeline', 'strike-dashboard']) {
      const list = create(tag, [{ date: '2024-11-13', weapons: [{ kind: 'drone', launched: '90', downed: 37 }] }]);
      document.body.append(list);
      await list.chartSettled();
      expect(deepParts(list, 'warnings').map((p) => p.querySelector('li')!.textContent), tag).to.deep.equal([
        '[0].weapons[0].launched: a count written as text, read as a number; write 90, not "90"',
      ]);
    }
  });

  it('points at the place JSON in the data attribute breaks', async () => {
    const [el, event] = await fromMarkup(`<strike-chart data='{"weapons": [{"kind": "drone" "launched": 5, "downed": 1}]}'></strike-chart>`, 'strike-error');
    await (el as Drawn).updateComplete;
    expect(event.detail.message).to.equal('The data attribute is not valid JSON.');
    expect(errorText(el)).to.contain('line 1, column 31: expected "," or "}", got "\\"" (…ons": [{"kind": "drone" ▸"launched": 5, "…)');
  });

  it('says to write &#39; when an apostrophe ends a single-quoted data attribute', async () => {
    const [el, event] = await fromMarkup(
      `<strike-chart data='{"weapons": [{"kind": "drone", "label": "Russia's drones", "launched": 5, "downed": 1}]}'></strike-chart>`,
      'strike-error',
    );
    await (el as Drawn).updateComplete;
    expect(event.detail.message).to.match(/^The data attribute is not valid JSON\. It ends early: an apostrophe \('\) ends an attribute written in single quotes, so write it as &#39; there, or set the data property instead\.$/);
    expect(errorText(el)).to.contain('expected the closing quote of the text, got the end of the text (…drone", "label": "Russia▸)');
    // In a file, an early end is no apostrophe's doing.
    const [file] = await load('strike-chart', answer('{"weapons": [', 'application/json'));
    expect(errorText(file)).to.match(/is not valid JSON\. line 1, column 14: expected a value, got the end of the text/);
    expect(errorText(file)).not.to.contain('&#39;');
  });
});
