import { html, nothing, type TemplateResult } from 'lit';
import { PERIODS, type Period } from '../../data/calendar.js';
import { dateBounds, type DateRange, type RangeEnd, type RangeProblem } from '../../data/date-range.js';
import { listOf } from '../../data/view-attributes.js';
import type { DateSpan } from '../../data/windows.js';
import { WEAPON_KINDS, type WeaponKind } from '../../data/types.js';
import type { Format, Messages } from '../../i18n/types.js';

/** What the controls show and whom they tell of a change. */
export interface ControlsContext {
  uid: string;
  /** The words, with the weapon kinds named from the rows. */
  words: Messages;
  format: Format;
  /** The data's first and last day. */
  span: DateSpan;
  /** The weapon kinds the rows hold: the ones offered. */
  kinds: readonly WeaponKind[];
  period: Period;
  kind?: string;
  from?: string;
  to?: string;
  /** Why the dates shown make no range, each said next to its input. */
  dateProblems: readonly RangeProblem[];
  /** The range the panels still show while typed dates are not taken, in words. */
  stillShowing?: string;
  /** Whether the view is narrowed at all: what Reset undoes. */
  narrowed: boolean;
  onPeriod: (e: Event) => void;
  onKind: (e: Event) => void;
  onDate: (end: RangeEnd) => void;
  onDateLeft: (end: RangeEnd, e: Event) => void;
  onReset: () => void;
}

/** The day a date input shows for an end of the range in use: the data's first or last when the end is open. */
export const shownDate = (end: RangeEnd, range: DateRange, span: DateSpan): string => range[end] || (end === 'from' ? span.start : span.end);

/** The line under the controls that says more of one of them (`aria-describedby`); hidden while it is empty. */
const note = (id: string, part: 'field-problem' | 'field-note', text: string | undefined) =>
  html`<p id=${id} part=${part} aria-live="polite">${text ?? nothing}</p>`;

/** The kinds the rows hold (and one asked for that they do not, so the control shows what is asked), and a list of several. */
function kindField(c: ControlsContext, id: string): TemplateResult {
  const kinds = listOf(c.kind);
  const single = kinds.length === 1 ? kinds[0] : undefined;
  const custom = kinds.length > 1 ? c.kind : undefined;
  const offered = WEAPON_KINDS.filter((k) => c.kinds.includes(k) || k === single);
  return html`<div part="field">
    <label for=${id}>${c.words.dashboard.kind}</label>
    <select id=${id} aria-describedby=${`${id}-note`} @change=${c.onKind}>
      <option value="" ?selected=${kinds.length === 0}>${c.words.dashboard.allKinds}</option>
      ${offered.map((k) => html`<option value=${k} ?selected=${single === k}>${c.words.kind[k]}</option>`)}
      ${custom ? html`<option value=${custom} selected>${c.format.list(kinds.map((k) => c.words.kind[k as WeaponKind] ?? k))}</option>` : nothing}
    </select>
  </div>`;
}

/** What the kind control asks for that the rows hold none of. */
function kindNote(c: ControlsContext, id: string): TemplateResult {
  const absent = (listOf(c.kind) as WeaponKind[]).filter((k) => WEAPON_KINDS.includes(k) && !c.kinds.includes(k));
  return note(`${id}-note`, 'field-note', absent.length ? c.words.dashboard.kindsAbsent(absent.map((k) => c.words.kindCount[k]), c.format) : undefined);
}

function dateField(c: ControlsContext, end: RangeEnd, id: string): TemplateResult {
  // The picker offers the data's days (and the range's, when wider), up to the other end.
  const bounds = dateBounds(c.span, c);
  const [min, max] = end === 'from' ? [bounds.start, c.to || bounds.end] : [c.from || bounds.start, bounds.end];
  const invalid = c.dateProblems.some((p) => p.end === end);
  return html`<div part="field">
    <label for=${id}>${c.words.dashboard[end]}</label>
    <input id=${id} type="date" min=${min} max=${max} .value=${shownDate(end, c, c.span)}
      aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${`${id}-problem`}
      @change=${() => c.onDate(end)} @blur=${(e: Event) => c.onDateLeft(end, e)} />
  </div>`;
}

function dateNote(c: ControlsContext, end: RangeEnd, id: string): TemplateResult {
  const p = c.dateProblems.find((x) => x.end === end);
  const d = c.words.dashboard;
  const text = p && `${d.dateProblem(p, c.format)}${c.stillShowing ? ` ${d.stillShowing(c.stillShowing)}` : ''}`;
  return note(`${id}-problem`, 'field-problem', text);
}

/** The period, weapons and date controls, and Reset: aria-disabled, not disabled, when there is nothing to undo (a button disabled under focus drops it to the page). */
export function controlsTemplate(c: ControlsContext): TemplateResult {
  const d = c.words.dashboard;
  const id = (name: string) => `${c.uid}-${name}`;
  return html`<form part="controls" aria-label=${d.controls} @submit=${(e: Event) => e.preventDefault()}>
    <div part="field">
      <label for=${id('period')}>${d.period}</label>
      <select id=${id('period')} @change=${c.onPeriod}>
        ${PERIODS.map((p) => html`<option value=${p} ?selected=${p === c.period}>${d.periodOption[p]}</option>`)}
      </select>
    </div>
    ${kindField(c, id('kind'))} ${dateField(c, 'from', id('from'))} ${dateField(c, 'to', id('to'))}
    ${kindNote(c, id('kind'))}${dateNote(c, 'from', id('from'))}${dateNote(c, 'to', id('to'))}
    <button part="reset" type="button" aria-disabled=${c.narrowed ? 'false' : 'true'} @click=${c.onReset}>${d.reset}</button>
  </form>`;
}
