import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { Chart } from 'chart.js';
import '../../src/elements/strike-dashboard/strike-dashboard.js';
import type { StrikeDashboard } from '../../src/elements/strike-dashboard/strike-dashboard.js';
import type { StrikeElement } from '../../src/elements/strike-element.js';
import { aggregate } from '../../src/data/aggregate.js';
import { parseAttacksCsv } from '../../src/data/csv.js';
import { filterRecords } from '../../src/data/filters.js';
import { summarize } from '../../src/data/summarize.js';
import { SAMPLE_CSV as SAMPLE } from '../fixtures/samples.js';
import { chartOf, collectWarnings, mount, next, part, tableRows, watchPageErrors } from './helpers.js';


const inner = <T extends Element = StrikeElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const canvasOf = (child: Element) => child.shadowRoot!.querySelector('canvas') as HTMLCanvasElement;
const tileValue = (el: Element, key: string) =>
  Number(inner(el, 'strike-summary').shadowRoot!.querySelector(`[part~="tile-${key}"] [part~="tile-value"]`)!.textContent!.replace(/[^\d]/g, ''));
const windowText = (el: Element) => part(inner(el, 'strike-summary'), 'window')!.textContent!.replace(/\s+/g, ' ').trim();

/** Mounts a dashboard over the sample and waits until every part has been built. */
async function dashboard(attributes = ''): Promise<StrikeDashboard> {
  const el = await mount<StrikeDashboard>(`<strike-dashboard eager src="${SAMPLE}" ${attributes}></strike-dashboard>`);
  await next(el, 'strike-render', 10_000);
  return el;
}

async function sampleRows() {
  return parseAttacksCsv(await (await fetch(SAMPLE)).text()).records;
}

const NO_BOMBS = '/test/fixtures/attacks-2025-01-and-2024-11-13.csv';
const WITH_BOMBS = '/test/fixtures/attacks-sample.csv';

const dateInput = (el: Element, end: 'from' | 'to') => el.shadowRoot!.querySelector<HTMLInputElement>(`input[id$="-${end}"]`)!;
/** The words the input's aria-describedby points to. */
const dateNote = (el: Element, input: HTMLInputElement) => el.shadowRoot!.getElementById(input.getAttribute('aria-describedby')!)!.textContent;

/** What a date input reports as a date is typed in it: a value, and the change event; no view follows. */
async function type(el: StrikeDashboard, input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** Changes a control the way a reader does: a new value, then the change event. */
async function change(el: StrikeDashboard, control: HTMLSelectElement | HTMLInputElement, value: string) {
  const rendered = next(el, 'strike-render', 10_000);
  control.value = value;
  control.dispatchEvent(new Event('change', { bubbles: true }));
  await rendered;
}

describe('<strike-dashboard>', () => {
  collectWarnings();

  it('draws every part from one CSV, with summary totals equal to summarize over aggregate', async () => {
    const errors = watchPageErrors();
    const el = await dashboard();
    errors.stop();
    expect(errors.errors).to.deep.equal([]);
    for (const tag of ['strike-timeline', 'strike-breakdown[by=category]', 'strike-breakdown[by=model]', 'strike-chart']) {
      const child = inner(el, tag);
      expect(part(child, 'error'), tag).to.equal(null);
      expect(Chart.getChart(canvasOf(child)), tag).to.exist;
    }
    const totals = aggregate(await sampleRows(), { period: 'month' }).map((r) => summarize(r).total);
    expect(tileValue(el, 'launched')).to.equal(totals.reduce((n, t) => n + t.launched, 0));
    expect(tileValue(el, 'downed')).to.equal(totals.reduce((n, t) => n + t.downed, 0));
    expect(tileValue(el, 'jammed')).to.equal(totals.reduce((n, t) => n + t.jammed, 0));
    expect(part(el, 'meta')!.textContent).to.match(/^603 rows, September 1, 2024 to February 28, 2025$/);
    // Whole months are named as months, in the summary and the strike chart's panel alike.
    expect(windowText(el)).to.equal('Sep 2024 – Feb 2025');
    expect(part(el, 'panel-strike')!.querySelector('[part~="panel-title"]')!.textContent).to.equal('Sep 2024 – Feb 2025, by weapon kind');
    // The view is in the attributes from the start.
    expect(el.getAttribute('period')).to.equal('month');
  });

  it('picks a period from the timeline: every part follows, and `selected` says which', async () => {
    const el = await dashboard();
    const canvas = canvasOf(inner(el, 'strike-timeline'));
    const rendered = next(el, 'strike-render', 10_000);
    canvas.focus();
    for (const key of ['Home', 'ArrowRight', 'ArrowRight', 'Enter']) canvas.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    await rendered;
    expect(el.getAttribute('selected')).to.equal('2024-11');
    expect(windowText(el)).to.equal('Nov 2024 · change on Oct 2024');
    const november = filterRecords(await sampleRows(), { from: '2024-11-01', to: '2024-11-30' });
    const launched = november.reduce((n, r) => n + r.launched, 0);
    expect(tileValue(el, 'launched')).to.equal(launched);
    const categories = await tableRows(inner(el, 'strike-breakdown[by=category]'));
    expect(categories.reduce((n, row) => n + Number(row[1].replace(/,/g, '')), 0)).to.equal(launched);
    expect(canvasOf(inner(el, 'strike-chart')).getAttribute('aria-label')).to.match(/^Interception from November 1, 2024 to November 30, 2024\./);
    expect(part(el, 'selection')!.textContent).to.contain('Selected: Nov 2024');

    // Clearing it goes back to the whole range.
    const cleared = next(el, 'strike-render', 10_000);
    part(el, 'selection')!.querySelector('button')!.click();
    await cleared;
    expect(el.hasAttribute('selected')).to.equal(false);
    expect(windowText(el)).to.equal('Sep 2024 – Feb 2025');
  });

  it('changes period, weapons and dates from its labelled controls, and reflects them', async () => {
    const el = await dashboard();
    const control = <T extends Element>(label: string) => {
      const l = [...el.shadowRoot!.querySelectorAll('label')].find((x) => x.textContent === label)!;
      return el.shadowRoot!.getElementById(l.htmlFor) as unknown as T;
    };
    await change(el, control<HTMLSelectElement>('Period'), 'week');
    expect(el.getAttribute('period')).to.equal('week');
    expect(String(Chart.getChart(canvasOf(inner(el, 'strike-timeline')))!.data.labels![0])).to.match(/^Week of/);

    await change(el, control<HTMLSelectElement>('Weapons'), 'missile');
    expect(el.getAttribute('kind')).to.equal('missile');
    const missiles = (await sampleRows()).filter((r) => r.kind === 'missile');
    expect(tileValue(el, 'launched')).to.equal(missiles.reduce((n, r) => n + r.launched, 0));
    expect((await tableRows(inner(el, 'strike-breakdown[by=model]'))).map((r) => r[0])).not.to.include('Shahed-136/131');

    await change(el, control<HTMLInputElement>('From'), '2025-01-01');
    await change(el, control<HTMLInputElement>('To'), '2025-01-31');
    expect([el.getAttribute('from'), el.getAttribute('to')]).to.deep.equal(['2025-01-01', '2025-01-31']);
    expect(windowText(el)).to.equal('Jan 2025 · change on Dec 2024');
    expect((await tableRows(inner(el, 'strike-timeline'))).length).to.be.within(5, 6);
  });

  it('takes a date typed digit by digit only once it is whole and in range; the other end stays', async () => {
    const el = await dashboard('from="2024-12-01"');
    const to = dateInput(el, 'to');
    let renders = 0;
    el.addEventListener('strike-render', () => renders++);
    // What a date input reports while "12312024" is typed into it: each complete-looking date fires change.
    for (const typed of ['0002-12-31', '0020-12-31', '0202-12-31']) {
      await type(el, to, typed);
      expect(to.getAttribute('aria-invalid'), typed).to.equal('true');
      expect(dateNote(el, to), typed).to.equal('The end is before the start, December 1, 2024. Still showing Dec 2024 – Feb 2025.');
      expect([el.getAttribute('from'), el.hasAttribute('to')], typed).to.deep.equal(['2024-12-01', false]);
    }
    // Past the data's last day, it says which days can be picked.
    await type(el, to, '2025-03-31');
    expect(dateNote(el, to)).to.equal('Dates can be picked from September 1, 2024 to February 28, 2025. Still showing Dec 2024 – Feb 2025.');
    // Emptied (an open end) and left, it shows the day it stands for again.
    await type(el, to, '');
    to.dispatchEvent(new Event('blur'));
    expect(to.value).to.equal('2025-02-28');
    expect(to.getAttribute('aria-invalid')).to.equal('false');
    expect(renders).to.equal(0);

    await change(el, to, '2025-01-31');
    expect([el.getAttribute('from'), el.getAttribute('to')]).to.deep.equal(['2024-12-01', '2025-01-31']);
    expect(windowText(el)).to.equal('Dec 2024 – Jan 2025 · change on Oct 2024 – Nov 2024');
  });

  it('says next to the input why a typed end before the start is no range, and the panels keep the range in use', async () => {
    const el = await dashboard('from="2024-12-01" to="2025-01-31"');
    const to = dateInput(el, 'to');
    await type(el, to, '2024-11-15');
    // Said where the input points to, and marked on the input.
    expect(to.getAttribute('aria-invalid')).to.equal('true');
    const note = el.shadowRoot!.getElementById(to.getAttribute('aria-describedby')!)!;
    expect(note.getAttribute('part')).to.equal('field-problem');
    expect(note.textContent).to.equal('The end is before the start, December 1, 2024. Still showing Dec 2024 – Jan 2025.');
    expect(note.getBoundingClientRect().height).to.be.greaterThan(0);
    // The panels show the range the note names, and the attributes say it too.
    expect(el.getAttribute('to')).to.equal('2025-01-31');
    expect(windowText(el)).to.equal('Dec 2024 – Jan 2025 · change on Oct 2024 – Nov 2024');
    expect((await tableRows(inner(el, 'strike-timeline'))).map((r) => r[0])).to.deep.equal(['Dec 2024', 'Jan 2025']);
    // Leaving the input keeps what was typed, and says so still.
    to.dispatchEvent(new Event('blur'));
    await el.updateComplete;
    expect([to.value, to.getAttribute('aria-invalid')]).to.deep.equal(['2024-11-15', 'true']);

    // Mended from the other end, the range both inputs show is taken.
    await change(el, dateInput(el, 'from'), '2024-11-01');
    expect([el.getAttribute('from'), el.getAttribute('to')]).to.deep.equal(['2024-11-01', '2024-11-15']);
    expect(to.getAttribute('aria-invalid')).to.equal('false');
    expect(note.textContent).to.equal('');
    expect(note.getBoundingClientRect().height).to.equal(0);
    expect(windowText(el)).to.match(/^November 1, 2024 – November 15, 2024/);

    // Reset lets typed dates go, and the inputs show the whole range again.
    await type(el, to, '2024-10-01');
    const reset = next(el, 'strike-render', 10_000);
    part(el, 'reset')!.click();
    await reset;
    expect([dateInput(el, 'from').value, to.value, to.getAttribute('aria-invalid'), note.textContent]).to.deep.equal(['2024-09-01', '2025-02-28', 'false', '']);
  });

  it('says a typed day that is not on the calendar (31 April) next to its input', async () => {
    const el = await dashboard('from="2024-12-01"');
    const to = dateInput(el, 'to');
    let renders = 0;
    el.addEventListener('strike-render', () => renders++);
    // Typed as a reader does: the input holds no day then, only "04/31/2025".
    to.focus();
    await sendKeys({ type: '04312025' });
    await el.updateComplete;
    expect(to.validity.badInput).to.equal(true);
    expect(to.getAttribute('aria-invalid')).to.equal('true');
    expect(dateNote(el, to)).to.equal('There is no such day on the calendar. Still showing Dec 2024 – Feb 2025.');
    expect([renders, el.hasAttribute('to')]).to.deep.equal([0, false]);
    expect(windowText(el)).to.match(/^Dec 2024 – Feb 2025/);
  });

  it('says a `from` that is no day on the calendar next to its input, reports it, and shows no panels until the range is one', async () => {
    const el = await mount<StrikeDashboard>(`<strike-dashboard eager src="${SAMPLE}" from="2026-04-31"></strike-dashboard>`);
    const error = await next(el, 'strike-error', 10_000);
    expect(error.detail.issues).to.deep.equal([{ path: 'from', message: 'from: expected a day on the calendar (2026-04 has 30 days), got "2026-04-31"' }]);
    const from = dateInput(el, 'from');
    expect(from.getAttribute('aria-invalid')).to.equal('true');
    expect(dateNote(el, from)).to.equal('There is no day 2026-04-31 on the calendar.');
    // No panel shows some other range meanwhile: the dashboard says what to do instead.
    expect(el.shadowRoot!.querySelector('[part~="panel"]')).to.equal(null);
    expect(part(el, 'empty')!.textContent).to.equal('Choose dates that make a range to see the figures.');
    expect(el.toCSV()).to.equal('');

    await change(el, from, '2024-12-01');
    expect(el.getAttribute('from')).to.equal('2024-12-01');
    expect([from.getAttribute('aria-invalid'), dateNote(el, from)]).to.deep.equal(['false', '']);
    expect(windowText(el)).to.match(/^Dec 2024 – Feb 2025/);
  });

  it('says a `to` before `from` next to the end input, in Ukrainian too', async () => {
    const el = await mount<StrikeDashboard>(`<strike-dashboard eager src="${SAMPLE}" locale="uk" from="2025-02-01" to="2025-01-01"></strike-dashboard>`);
    const error = await next(el, 'strike-error', 10_000);
    expect(error.detail.issues.map((i) => i.path)).to.deep.equal(['to']);
    const to = dateInput(el, 'to');
    expect(to.getAttribute('aria-invalid')).to.equal('true');
    expect(dateInput(el, 'from').getAttribute('aria-invalid')).to.equal('false');
    expect(dateNote(el, to)).to.equal('Кінець раніше за початок, 1 лютого 2025 р.');
    expect(el.shadowRoot!.querySelector('[part~="panel"]')).to.equal(null);
  });

  it('offers only the weapon kinds the rows hold, and says so of one asked for that they do not', async () => {
    const el = await mount<StrikeDashboard>(`<strike-dashboard eager src="${NO_BOMBS}"></strike-dashboard>`);
    await next(el, 'strike-render', 10_000);
    const kind = el.shadowRoot!.querySelector<HTMLSelectElement>('select[id$="-kind"]')!;
    expect([...kind.options].map((o) => o.textContent)).to.deep.equal(['All weapons', 'Missiles', 'Drones']);
    const note = el.shadowRoot!.getElementById(kind.getAttribute('aria-describedby')!)!;
    expect(note.textContent).to.equal('');

    // Asked for by the page, a kind the rows lack still filters (to nothing), is shown in the control and said.
    const rendered = next(el, 'strike-render', 10_000);
    el.kind = 'bomb';
    await rendered;
    expect([...kind.options].map((o) => `${o.textContent}${o.selected ? ' *' : ''}`)).to.deep.equal(['All weapons', 'Missiles', 'Drones', 'Bombs *']);
    expect(note.textContent).to.equal('The data has no bombs.');
    expect(tileValue(el, 'launched')).to.equal(0);
  });

  it('calls bombs "Bombs" when a bomb row is no guided bomb, "Guided bombs" only when every one is', async () => {
    const text = await (await fetch(WITH_BOMBS)).text();
    const records = parseAttacksCsv(text).records;
    const names = async (rows: typeof records) => {
      const el = await mount<StrikeDashboard>('<strike-dashboard eager></strike-dashboard>');
      const rendered = next(el, 'strike-render', 10_000);
      el.data = { records: rows };
      await rendered;
      const kind = el.shadowRoot!.querySelector<HTMLSelectElement>('select[id$="-kind"]')!;
      const tile = inner(el, 'strike-summary').shadowRoot!.querySelector('[part~="tile-kind-bomb"] [part~="tile-label"]')!;
      const headlines = [...part(inner(el, 'strike-chart'), 'headlines')!.children].map((li) => li.textContent!.split(':')[0]);
      return { option: kind.options[3].textContent, tile: tile.textContent, headline: headlines.find((h) => /bombs/i.test(h)) };
    };
    // A GBU (guided) and an Aerial Bomb (not known to be).
    expect(await names(records)).to.deep.equal({ option: 'Bombs', tile: 'Bombs', headline: 'Bombs' });
    expect(await names(records.filter((r) => r.model !== 'Aerial Bomb'))).to.deep.equal({ option: 'Guided bombs', tile: 'Guided bombs', headline: 'Guided bombs' });
  });

  it('keeps the keyboard where it was: on Reset once it has nothing left to reset, on the timeline after clearing a pick', async () => {
    const el = await dashboard('kind="drone" selected="2025-01"');
    const clear = part(el, 'selection')!.querySelector('button')!;
    clear.focus();
    const cleared = next(el, 'strike-render', 10_000);
    clear.click();
    await cleared;
    const timeline = inner(el, 'strike-timeline');
    expect(timeline.shadowRoot!.activeElement).to.equal(canvasOf(timeline));

    const reset = part(el, 'reset')!;
    reset.focus();
    const rendered = next(el, 'strike-render', 10_000);
    reset.click();
    await rendered;
    expect(el.hasAttribute('kind')).to.equal(false);
    expect(reset.getAttribute('aria-disabled')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(reset);
    // Nothing to reset: a press changes nothing.
    reset.click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(reset);
  });

  it('follows attributes set from outside, controls included', async () => {
    const el = await dashboard();
    const rendered = next(el, 'strike-render', 10_000);
    el.setAttribute('kind', 'drone');
    el.setAttribute('selected', '2025-01');
    await rendered;
    const kind = el.shadowRoot!.querySelector<HTMLSelectElement>('select:not([id$="period"])')!;
    expect(kind.value).to.equal('drone');
    expect(windowText(el)).to.equal('Jan 2025 · change on Dec 2024');
    expect((await tableRows(inner(el, 'strike-timeline'))).map((r) => r[0])).to.include('Jan 2025');
    expect(el.shadowRoot!.querySelector('[part~="tile-kind-missile"]')).to.equal(null);

    // A period outside the range is shown whole, not cut to nothing.
    const outside = next(el, 'strike-render', 10_000);
    el.from = '2025-02-01';
    el.selected = '2024-11';
    await outside;
    expect(windowText(el)).to.equal('Nov 2024 · change on Oct 2024');
    expect(part(inner(el, 'strike-summary'), 'error')).to.equal(null);
  });

  it('names a bad view attribute instead of drawing', async () => {
    const el = await mount<StrikeDashboard>(`<strike-dashboard src="${SAMPLE}" selected="2024-13"></strike-dashboard>`);
    const error = await next(el, 'strike-error');
    expect(error.detail.issues.map((i) => i.path)).to.deep.equal(['selected']);
    expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
  });

  it('hands rate="downed" to every part, and names it in the timeline\'s title', async () => {
    const el = await dashboard('rate="downed"');
    for (const tag of ['strike-summary', 'strike-timeline', 'strike-breakdown[by=category]', 'strike-breakdown[by=model]', 'strike-chart']) {
      expect(inner(el, tag).getAttribute('rate'), tag).to.equal('downed');
    }
    expect(part(el, 'panel-timeline')!.querySelector('[part~="panel-title"]')!.textContent).to.equal('Launched and downed rate, by month');
    expect(inner(el, 'strike-summary').shadowRoot!.querySelector('[part~="tile-downed-rate"] [part~="tile-label"]')!.textContent).to.equal('Downed rate');
    expect(chartOf(inner(el, 'strike-timeline'))!.data.datasets.at(-1)!.label).to.equal('Downed rate');
  });

  it('downloads the timeline as PNG of the chart size and its figures as CSV, from the element and its buttons', async () => {
    const el = await dashboard();
    const timeline = inner(el, 'strike-timeline');
    const png = (await el.toPNG())!;
    expect(png.type).to.equal('image/png');
    // Composed to post: the chart at twice its CSS size across, with words above and below it.
    const image = await createImageBitmap(png);
    const css = chartOf(timeline)!;
    expect(image.width).to.equal(css.width * 2);
    expect(image.height).to.be.greaterThan(css.height * 2);

    const csv = el.toCSV().trim().split('\r\n');
    expect(csv[0]).to.equal('Period,Launched,Downed,Jammed,Unaccounted,Still in the air,Not reported,Neutralized rate,Records');
    const rows = await tableRows(timeline);
    expect(csv.slice(1).map((line) => line.split(',').slice(1, 3).join(','))).to.deep.equal(
      rows.map((r) => `${r[1].replace(/,/g, '')},${r[2].replace(/,/g, '')}`),
    );

    // Every chart part has both; the buttons hand them to the browser as files.
    for (const tag of ['strike-breakdown[by=category]', 'strike-breakdown[by=model]', 'strike-chart']) {
      const child = inner(el, tag);
      const bitmap = await createImageBitmap((await child.toPNG())!);
      expect(bitmap.width, tag).to.equal(chartOf(child)!.width * 2);
      expect(child.toCSV().split('\r\n')[0], tag).to.match(/^(Category|Model|Weapon),Launched,Downed,Jammed,Unaccounted/);
    }
    let clicked!: (a: HTMLAnchorElement) => void;
    const downloaded = new Promise<HTMLAnchorElement>((resolve) => (clicked = resolve));
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked(this);
    };
    let file: HTMLAnchorElement;
    try {
      const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="panel-timeline"] [part~="download"]')];
      expect(buttons.map((b) => b.getAttribute('aria-label'))).to.deep.equal([
        'Download Launched and neutralized rate, by month as PNG',
        'Download Launched and neutralized rate, by month as CSV',
      ]);
      buttons[1].click();
      file = await downloaded;
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(file.download).to.equal('strike-timeline-2024-09-01-to-2025-02-28.csv');
    // A byte-order mark first, so a spreadsheet reads the file as UTF-8; then the same CSV.
    const bytes = new Uint8Array(await (await fetch(file.href)).arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).to.equal(el.toCSV());
  });

  for (const width of [360, 1280]) {
    it(`lays out for a ${width}px container without overflowing`, async () => {
      const el = await mount<StrikeDashboard>(`<strike-dashboard eager src="${SAMPLE}"></strike-dashboard>`);
      (el.parentElement as HTMLElement).style.width = `${width}px`;
      await next(el, 'strike-render', 10_000);
      const box = (name: string) => part(el, name)!.getBoundingClientRect();
      const [categories, models] = [box('panel-categories'), box('panel-models')];
      if (width === 360) {
        // One column: the two breakdowns stack.
        expect(categories.left).to.equal(models.left);
        expect(models.top).to.be.greaterThan(categories.bottom - 1);
      } else {
        expect(models.left).to.be.greaterThan(categories.right - 1);
        expect(models.top).to.equal(categories.top);
      }
      expect(el.scrollWidth).to.be.at.most(width);
      for (const panel of el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="panel"], [part~="controls"]')) {
        expect(panel.scrollWidth, panel.getAttribute('part')!).to.be.at.most(panel.clientWidth);
        expect(panel.getBoundingClientRect().right, panel.getAttribute('part')!).to.be.at.most(el.getBoundingClientRect().right + 0.5);
      }
    });
  }
});
