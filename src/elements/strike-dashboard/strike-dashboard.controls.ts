import { html, nothing, type TemplateResult } from 'lit';
import { PERIODS, type Period } from '../../data/calendar.js';
import { listOf } from '../../data/view-attributes.js';
import type { DateSpan } from '../../data/windows.js';
import { WEAPON_KINDS, type WeaponKind } from '../../data/types.js';
import type { Format, Messages } from '../../i18n/types.js';

/** What the controls show and whom they tell of a change. */
export interface ControlsContext {
  uid: string;
  words: Messages;
  format: Format;
  /** The data's first and last day. */
  span: DateSpan;
  period: Period;
  kind?: string;
  from?: string;
  to?: string;
  /** Whether the view is narrowed at all: what Reset undoes. */
  narrowed: boolean;
  onPeriod: (e: Event) => void;
  onKind: (e: Event) => void;
  onDate: (which: 'from' | 'to', e: Event) => void;
  onDateLeft: (which: 'from' | 'to', e: Event) => void;
  onReset: () => void;
}

function kindField(c: ControlsContext, id: string): TemplateResult {
  const kinds = listOf(c.kind);
  const custom = kinds.length > 1 ? c.kind : undefined;
  return html`<div part="field">
    <label for=${id}>${c.words.dashboard.kind}</label>
    <select id=${id} @change=${c.onKind}>
      <option value="" ?selected=${kinds.length === 0}>${c.words.dashboard.allKinds}</option>
      ${WEAPON_KINDS.map((k) => html`<option value=${k} ?selected=${kinds.length === 1 && kinds[0] === k}>${c.words.kind[k]}</option>`)}
      ${custom ? html`<option value=${custom} selected>${c.format.list(kinds.map((k) => c.words.kind[k as WeaponKind] ?? k))}</option>` : nothing}
    </select>
  </div>`;
}

function dateField(c: ControlsContext, which: 'from' | 'to', id: string): TemplateResult {
  const [min, max, value] =
    which === 'from' ? [c.span.start, c.to || c.span.end, c.from || c.span.start] : [c.from || c.span.start, c.span.end, c.to || c.span.end];
  return html`<div part="field">
    <label for=${id}>${c.words.dashboard[which]}</label>
    <input id=${id} type="date" min=${min} max=${max} .value=${value}
      @change=${(e: Event) => c.onDate(which, e)} @blur=${(e: Event) => c.onDateLeft(which, e)} />
  </div>`;
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
    <button part="reset" type="button" aria-disabled=${c.narrowed ? 'false' : 'true'} @click=${c.onReset}>${d.reset}</button>
  </form>`;
}
