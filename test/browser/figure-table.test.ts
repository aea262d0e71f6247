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
  it('is built in the browser with the very markup its template (used by server rendering) gives', () => {
    const built = document.createElement('div');
    render(html`${figureTable(table, 'strike-1-table')}`, built);
    const call = figureTable(table, 'strike-1-table') as unknown as {
      _$litDirective$: new (part: { type: number }) => { render(t: FigureTable, id: string): unknown };
    };
    const templated = document.createElement('div');
    render(new call._$litDirective$({ type: 2 }).render(table, 'strike-1-table'), templated);
    expect(markup(built)).to.equal(markup(templated));
    expect(built.querySelector('tbody tr.flagged th')!.textContent).to.equal('<img src=x onerror=alert(1)>');
    expect(built.querySelector('img')).to.equal(null);
  });

  it('is rebuilt when the figures change, and left alone when they do not', () => {
    const holder = document.createElement('div');
    const show = (t: FigureTable) => render(html`${figureTable(t, 't')}`, holder);
    show(table);
    const first = holder.querySelector('table')!;
    show(table);
    expect(holder.querySelector('table')).to.equal(first);
    show({ ...table, rows: [table.rows[0]] });
    expect([...holder.querySelectorAll('tbody th')].map((th) => th.textContent)).to.deep.equal(['Drones']);
  });

  it('fills a long table in slices, in order, and stops filling one a newer table replaced', async () => {
    const long = (n: number, tag: string): FigureTable => ({
      caption: tag,
      columns: ['Day', 'Launched'],
      rows: Array.from({ length: n }, (_, i) => ({ header: `${tag} ${i}`, cells: [String(i)], values: [i] })),
    });
    const holder = document.createElement('div');
    const show = (t: FigureTable) => render(html`${figureTable(t, 't')}`, holder);
    const headers = () => [...holder.querySelectorAll('tbody th')].map((th) => th.textContent);
    show(long(1000, 'a'));
    expect(headers().length).to.be.greaterThan(0).and.below(1000);
    await tableFilled(holder);
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
});
