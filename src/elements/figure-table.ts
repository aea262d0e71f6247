import { html, noChange, type TemplateResult } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';
import { isHydrating } from '../controllers/hydration-controller.js';
import type { FigureTable } from '../charts/table.js';

// Rows made at once; a longer table (a timeline by day has a thousand) gets the rest in later tasks, a slice
// at a time: the chart is drawn first, and no task grows long with the table's DOM, style and layout.
const AT_ONCE = 100;
const SLICE = 250;

/** Tables still filling, with when they are whole. */
const filling = new WeakMap<HTMLTableElement, Promise<void>>();

/** Resolves once the table of exact figures in `root` holds every row. */
export const tableFilled = (root: ParentNode): Promise<void> =>
  filling.get(root.querySelector<HTMLTableElement>('table[part~="table"]') as HTMLTableElement) ?? Promise.resolve();

/**
 * The table of exact figures every element has (`part="table"`). `render()` is its markup, which server
 * rendering uses; in a browser `update()` builds the same elements with DOM calls: a table of a few dozen
 * cells made as Lit templates, one per cell, cost about as much as the rest of an element's render. Taking
 * over a server's DOM, it gives its markup, which hydration matches to the server's table; that table stays
 * until the figures change.
 */
class FigureTableDirective extends Directive {
  private shown?: FigureTable;
  private element?: HTMLTableElement;
  /** The table shown is the server's, hydrated. */
  private fromServer = false;

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

  override update(part: ChildPart, [table, id]: [FigureTable, string]): HTMLTableElement | TemplateResult | typeof noChange {
    if (isHydrating(part.options?.host)) {
      this.shown = table;
      this.fromServer = true;
      return this.render(table, id);
    }
    if (table === this.shown && (this.element || this.fromServer)) return noChange;
    this.shown = table;
    const element = (this.element ??= document.createElement('table'));
    element.setAttribute('part', 'table');
    element.id = id;
    element.replaceChildren();
    element.createCaption().textContent = table.caption;
    const head = element.createTHead().insertRow();
    for (const column of table.columns) head.append(headerCell(column, 'col'));
    const body = element.createTBody();
    this.fill(body, table, 0, AT_ONCE);
    if (table.rows.length > AT_ONCE) {
      filling.set(
        element,
        new Promise((done) => {
          const next = (from: number) =>
            setTimeout(() => {
              // A newer table took this one's place: it fills itself.
              if (this.shown !== table) return done();
              this.fill(body, table, from, SLICE);
              if (from + SLICE < table.rows.length) next(from + SLICE);
              else done();
            });
          next(AT_ONCE);
        }),
      );
    } else filling.delete(element);
    return element;
  }

  private fill(body: HTMLTableSectionElement, table: FigureTable, from: number, count: number): void {
    for (const r of table.rows.slice(from, from + count)) {
      const row = body.insertRow();
      row.className = r.flagged ? 'flagged' : '';
      row.append(headerCell(r.header, 'row'));
      for (const c of r.cells) row.insertCell().textContent = c;
    }
  }
}

function headerCell(text: string, scope: 'col' | 'row'): HTMLTableCellElement {
  const th = document.createElement('th');
  th.scope = scope;
  th.textContent = text;
  return th;
}

export const figureTable = directive(FigureTableDirective);
