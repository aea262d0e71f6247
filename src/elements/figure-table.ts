import { html, noChange, type TemplateResult } from 'lit';
import { Directive, directive } from 'lit/directive.js';
import type { FigureTable } from '../charts/table.js';

/**
 * The table of exact figures every element has (`part="table"`). `render()` is its markup, which server
 * rendering uses; in a browser `update()` builds the same elements with DOM calls: a table of a few dozen
 * cells made as Lit templates, one per cell, cost about as much as the rest of an element's render.
 */
class FigureTableDirective extends Directive {
  private shown?: FigureTable;
  private element?: HTMLTableElement;

  render(table: FigureTable, id: string): TemplateResult {
    return html`<table part="table" id=${id}>
      <caption>${table.caption}</caption>
      <thead>
        <tr>${table.columns.map((c) => html`<th scope="col">${c}</th>`)}</tr>
      </thead>
      <tbody>
        ${table.rows.map(
          (r) => html`<tr class=${r.flagged ? 'flagged' : ''}>
            <th scope="row">${r.header}</th>
            ${r.cells.map((c) => html`<td>${c}</td>`)}
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  override update(_part: unknown, [table, id]: [FigureTable, string]): HTMLTableElement | typeof noChange {
    if (this.element && table === this.shown) return noChange;
    this.shown = table;
    const element = (this.element ??= document.createElement('table'));
    element.setAttribute('part', 'table');
    element.id = id;
    element.replaceChildren();
    element.createCaption().textContent = table.caption;
    const head = element.createTHead().insertRow();
    for (const column of table.columns) head.append(headerCell(column, 'col'));
    const body = element.createTBody();
    for (const r of table.rows) {
      const row = body.insertRow();
      row.className = r.flagged ? 'flagged' : '';
      row.append(headerCell(r.header, 'row'));
      for (const c of r.cells) row.insertCell().textContent = c;
    }
    return element;
  }
}

function headerCell(text: string, scope: 'col' | 'row'): HTMLTableCellElement {
  const th = document.createElement('th');
  th.scope = scope;
  th.textContent = text;
  return th;
}

export const figureTable = directive(FigureTableDirective);
