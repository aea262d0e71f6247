import { html, noChange, type TemplateResult } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';
import { isHydrating } from '../controllers/hydration-controller.js';
import type { FigureTable } from '../charts/table.js';

// A hidden table's head and rows are built when the page is idle, not with the element: a hundred charts on a
// page paint first, and no table is laid out before then. The caption is there from the start. A table that is
// shown, focused or asked for (`tableFilled`) is built at once: AT_ONCE rows now, the rest in tasks of SLICE
// rows (a timeline by day has a thousand), so no task grows long with the table's DOM, style and layout.
const AT_ONCE = 100;
const SLICE = 250;

/** A table whose head and rows are not all built yet. */
interface Unfilled {
  readonly element: HTMLTableElement;
  readonly table: FigureTable;
  /** The next row to build; -1 before the head is built. */
  next: number;
  urgent: boolean;
  readonly whole: Promise<void>;
  readonly done: () => void;
}

const unfilled = new Map<HTMLTableElement, Unfilled>();

/** Resolves once the table of exact figures in `root` holds every row (building it now if it was waiting for idle time). */
export function tableFilled(root: ParentNode): Promise<void> {
  const element = root.querySelector<HTMLTableElement>('table[part~="table"]');
  const waiting = element && unfilled.get(element);
  if (!waiting) return Promise.resolve();
  urge(waiting);
  return waiting.whole;
}

/** Builds up to `count` more rows (the head first); the table leaves the list once whole. */
function fill(t: Unfilled, count: number): void {
  const { element, table } = t;
  if (t.next < 0) {
    const head = element.createTHead().insertRow();
    for (const column of table.columns) head.append(headerCell(column, 'col'));
    element.createTBody();
    t.next = 0;
  }
  const body = element.tBodies[0];
  for (const r of table.rows.slice(t.next, t.next + count)) {
    const row = body.insertRow();
    row.className = r.flagged ? 'flagged' : '';
    row.append(headerCell(r.header, 'row'));
    for (const c of r.cells) row.insertCell().textContent = c;
  }
  t.next += count;
  if (t.next >= table.rows.length) forget(t);
}

/** The table is whole, or a newer one took its place: it leaves the list, and whoever waits for it is told. */
function forget(t: Unfilled): void {
  if (unfilled.get(t.element) === t) unfilled.delete(t.element);
  if (unfilled.size === 0) removeEventListener('beforeprint', fillAll);
  t.done();
}

const filling = (t: Unfilled): boolean => unfilled.get(t.element) === t;

/** Builds the table's first rows now and the rest in tasks of their own. */
function urge(t: Unfilled): void {
  if (t.urgent || !filling(t)) return;
  t.urgent = true;
  fill(t, AT_ONCE);
  const step = () =>
    setTimeout(() => {
      if (!filling(t)) return;
      fill(t, SLICE);
      if (filling(t)) step();
    });
  if (filling(t)) step();
}

type Idle = (run: (deadline: { timeRemaining(): number }) => void, options?: { timeout: number }) => unknown;
// Browsers without idle callbacks build them a task later; a page never idle still gets its tables within 2 s.
const whenIdle: Idle = (run, options) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(run, options) : setTimeout(() => run({ timeRemaining: () => 10 }));
let idleAsked = false;

function fillWhileIdle(deadline: { timeRemaining(): number }): void {
  idleAsked = false;
  for (const t of unfilled.values()) {
    if (deadline.timeRemaining() <= 1) break;
    if (!t.urgent) fill(t, SLICE);
  }
  askIdle();
}

function askIdle(): void {
  if (idleAsked || ![...unfilled.values()].some((t) => !t.urgent)) return;
  idleAsked = true;
  whenIdle(fillWhileIdle, { timeout: 2000 });
}

// A printed page shows every table shown, whole: each one still waiting is built before printing starts.
// Listened for while any table waits, and not after.
const fillAll = (): void => unfilled.forEach((t) => fill(t, Infinity));

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
  private waiting?: Unfilled;

  render(table: FigureTable, id: string, _visible = false): TemplateResult {
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

  override update(
    part: ChildPart,
    [table, id, visible = false]: [FigureTable, string, boolean?],
  ): HTMLTableElement | TemplateResult | typeof noChange {
    if (isHydrating(part.options?.host)) {
      this.shown = table;
      this.fromServer = true;
      return this.render(table, id);
    }
    if (table === this.shown && (this.element || this.fromServer)) {
      if (visible && this.waiting) urge(this.waiting);
      return noChange;
    }
    this.shown = table;
    const element = this.element ?? this.create();
    element.id = id;
    element.replaceChildren();
    element.createCaption().textContent = table.caption;
    if (this.waiting) forget(this.waiting);
    let done!: () => void;
    const whole = new Promise<void>((resolve) => (done = resolve));
    const waiting: Unfilled = { element, table, next: -1, urgent: false, whole, done };
    this.waiting = waiting;
    if (unfilled.size === 0) addEventListener('beforeprint', fillAll);
    unfilled.set(element, waiting);
    if (visible) urge(waiting);
    else askIdle();
    return element;
  }

  private create(): HTMLTableElement {
    const element = (this.element = document.createElement('table'));
    element.setAttribute('part', 'table');
    // Reached by the keyboard or a screen reader before the page was idle: built now.
    element.addEventListener('focusin', () => this.waiting && urge(this.waiting));
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
