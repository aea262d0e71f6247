import { expect } from '@esm-bundle/chai';
import { html, render } from 'lit';
import type { FigureTable } from '../../src/charts/table.js';
import { figureTable, tableFilled } from '../../src/elements/figure-table.js';

const table: FigureTable = {
  caption: 'Interception of the strike of November 13, 2024',
  columns: ['Weapon', 'Launched', 'Downed'],
  rows: [
    { header: 'Drones', cells: ['90', '37'], values: [90, 37] },
    { header: '<img src=x onerror=alert(1)>', cells: ['6', '7'], values: [6, 7], flagged: true },
  ],
};

/** The markup as a reader's tools see it: Lit's comment markers and the whitespace between tags left out. */
const markup = (root: Element) => root.innerHTML.replace(/<!--[^]*?-->/g, '').replace(/>\s+</g, '><').trim();

describe('the table of exact figures', () => {
  it('is built in the browser with the very markup its template (used by server rendering) gives', async () => {
    const built = document.createElement('div');
    render(html`${figureTable(table, 'strike-1-table')}`, built);
    await tableFilled(built);
    const call = figureTable(table, 'strike-1-table') as unknown as {
      _$litDirective$: new (part: { type: number }) => { render(t: FigureTable, id: string): unknown };
    };
    const templated = document.createElement('div');
    render(new call._$litDirective$({ type: 2 }).render(table, 'strike-1-table'), templated);
    expect(markup(built)).to.equal(markup(templated));
    expect(built.querySelector('tbody tr.flagged th')!.textContent).to.equal('<img src=x onerror=alert(1)>');
    expect(built.querySelector('img')).to.equal(null);
  });

  it('is rebuilt when the figures change, and left alone when they do not', async () => {
    const holder = document.createElement('div');
    const show = (t: FigureTable) => render(html`${figureTable(t, 't')}`, holder);
    show(table);
    const first = holder.querySelector('table')!;
    show(table);
    expect(holder.querySelector('table')).to.equal(first);
    show({ ...table, rows: [table.rows[0]] });
    await tableFilled(holder);
    expect([...holder.querySelectorAll('tbody th')].map((th) => th.textContent)).to.deep.equal(['Drones']);
  });

  it('fills a long table asked for in slices, in order, and stops filling one a newer table replaced', async () => {
    const long = (n: number, tag: string): FigureTable => ({
      caption: tag,
      columns: ['Day', 'Launched'],
      rows: Array.from({ length: n }, (_, i) => ({ header: `${tag} ${i}`, cells: [String(i)], values: [i] })),
    });
    const holder = document.createElement('div');
    const show = (t: FigureTable) => render(html`${figureTable(t, 't')}`, holder);
    const headers = () => [...holder.querySelectorAll('tbody th')].map((th) => th.textContent);
    show(long(1000, 'a'));
    const whole = tableFilled(holder);
    // Asked for: the first rows at once, the rest in later tasks.
    expect(headers().length).to.be.greaterThan(0).and.below(1000);
    await whole;
    expect(headers()).to.deep.equal(long(1000, 'a').rows.map((r) => r.header));
    show(long(700, 'b'));
    const ended: string[] = [];
    const replaced = tableFilled(holder).then(() => ended.push('b'));
    show(long(600, 'c'));
    await Promise.all([replaced, tableFilled(holder).then(() => ended.push('c'))]);
    // The replaced table stopped at its next slice, before the newer one (a slice shorter) was whole.
    expect(ended).to.deep.equal(['b', 'c']);
    expect(headers()).to.deep.equal(long(600, 'c').rows.map((r) => r.header));
  });

  it('builds a hidden table\'s head and rows when the page is idle, the caption at once', async () => {
    const holder = document.createElement('div');
    document.body.append(holder);
    render(html`${figureTable(table, 't')}`, holder);
    expect(holder.querySelector('caption')!.textContent).to.equal(table.caption);
    expect(holder.querySelectorAll('th')).to.have.length(0);
    await new Promise((resolve) => requestIdleCallback(resolve));
    expect([...holder.querySelectorAll('tbody th')].map((th) => th.textContent)).to.deep.equal(['Drones', '<img src=x onerror=alert(1)>']);
    holder.remove();
  });

  it('builds a table at once when it is shown, focused or printed', () => {
    const rows = (holder: Element) => holder.querySelectorAll('tbody tr').length;
    const shown = document.createElement('div');
    render(html`${figureTable(table, 't', true)}`, shown);
    expect(rows(shown)).to.equal(2);

    const hidden = document.createElement('div');
    const show = (visible: boolean) => render(html`${figureTable(table, 't', visible)}`, hidden);
    show(false);
    expect(rows(hidden)).to.equal(0);
    show(true);
    expect(rows(hidden)).to.equal(2);

    const focused = document.createElement('div');
    render(html`${figureTable(table, 't')}`, focused);
    focused.querySelector('caption')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(rows(focused)).to.equal(2);

    const printed = document.createElement('div');
    render(html`${figureTable({ ...table, rows: Array.from({ length: 600 }, () => table.rows[0]) }, 't')}`, printed);
    dispatchEvent(new Event('beforeprint'));
    expect(rows(printed)).to.equal(600);
  });
});
