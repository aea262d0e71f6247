import { html, nothing, type TemplateResult } from 'lit';
import type { LegendItem } from '../charts/strike-chart.js';
import type { FigureTable } from '../charts/table.js';
import type { InputController, InputProblem } from '../controllers/input-controller.js';
import type { Pointed } from '../controllers/pointer-controller.js';
import type { InputWarning } from '../data/types.js';
import { warningCounts } from '../data/warn.js';
import type { Format, Messages } from '../i18n/types.js';
import { figureTable } from './figure-table.js';

/** The templates every element shares: heading, error, warnings, loading, legend, source, tooltip, and the table with its toggle. */

/** A `heading-level` as the level drawn: a whole number from 1 to 6, else 2. */
export const levelOf = (level: unknown): number => (Number.isInteger(level) && (level as number) >= 1 && (level as number) <= 6 ? (level as number) : 2);

// One template a level: lit binds no tag names (a static template would cost more than six short ones).
const HEADINGS = [
  (part: string, text: string) => html`<h1 part=${part}>${text}</h1>`,
  (part: string, text: string) => html`<h2 part=${part}>${text}</h2>`,
  (part: string, text: string) => html`<h3 part=${part}>${text}</h3>`,
  (part: string, text: string) => html`<h4 part=${part}>${text}</h4>`,
  (part: string, text: string) => html`<h5 part=${part}>${text}</h5>`,
  (part: string, text: string) => html`<h6 part=${part}>${text}</h6>`,
];

/** A heading of `level` (1–6) with the part name given; nothing without text. */
export const headingTemplate = (text: string | undefined, level: number, part = 'heading'): TemplateResult | typeof nothing =>
  text ? HEADINGS[levelOf(level) - 1](part, text) : nothing;

/** The message, and up to eight of the problems behind it that say more than the message. */
export function problemTemplate(problem: InputProblem): TemplateResult {
  const shown = problem.issues.filter((i) => i.message !== problem.message).slice(0, 8);
  const more = problem.issues.length - shown.length;
  return html`<div part="error" role="alert">
    <strong>${problem.message}</strong>
    ${shown.length
      ? html`<ul>
          ${shown.map((i) => html`<li>${i.message}</li>`)}
          ${more > 0 && shown.length < problem.issues.length ? html`<li>… +${more}</li>` : nothing}
        </ul>`
      : nothing}
  </div>`;
}

/** Warnings listed at most (the console has the first few; parseAttacksCsv gives every one). */
const MAX_WARNINGS = 50;

/** What was skipped or odd in the data: a line that says how much ("3 rows skipped, 1 inconsistent"), opening the list of each. */
export function warningsTemplate(warnings: readonly InputWarning[], words: Messages, f: Format): TemplateResult | typeof nothing {
  if (warnings.length === 0) return nothing;
  const shown = warnings.slice(0, MAX_WARNINGS);
  return html`<details part="warnings">
    <summary><span aria-hidden="true">⚠</span> ${words.reading.warnings(warningCounts(warnings), f)}</summary>
    <ul>
      ${shown.map((w) => html`<li>${w.message}</li>`)}
      ${warnings.length > shown.length ? html`<li>… +${warnings.length - shown.length}</li>` : nothing}
    </ul>
  </details>`;
}

/** The loading message, with a progress bar once bytes arrive (indeterminate when the size is unknown). */
export function loadingTemplate(words: Messages, progress: { read: number; total: number } | undefined): TemplateResult {
  const known = progress && progress.total > 0;
  return html`<p part="loading" role="status">
    ${words.loading}
    ${progress
      ? html`<progress part="progress" aria-label=${words.loading} max=${known ? progress.total : nothing}
          value=${known ? Math.min(progress.read, progress.total) : nothing}></progress>`
      : nothing}
  </p>`;
}

export const emptyTemplate = (words: Messages): TemplateResult => html`<p part="empty">${words.empty}</p>`;

export const legendTemplate = (items: LegendItem[]): TemplateResult =>
  html`<ul part="legend">
    ${items.map((i) => html`<li>${i.key ? html`<span class="swatch swatch-${i.key}" aria-hidden="true"></span>` : nothing}${i.label}</li>`)}
  </ul>`;

/** The credit line; a link only when its URL is https. */
export const sourceTemplate = (source: { text: string; url?: string } | undefined): TemplateResult | typeof nothing =>
  source
    ? html`<p part="source">
        ${source.url ? html`<a href=${source.url} rel="noopener noreferrer" target="_blank">${source.text}</a>` : source.text}
      </p>`
    : nothing;

/** The figures of the pointed row; hidden from screen readers, who hear the same row through the live region. */
export function tooltipTemplate(table: FigureTable, pointed: Pointed | undefined): TemplateResult | typeof nothing {
  const row = pointed && table.rows[pointed.index];
  if (!row) return nothing;
  return html`<div part="tooltip" aria-hidden="true">
    <strong>${row.header}</strong>
    ${row.cells.map((c, k) => (c ? html`<div>${table.columns[k + 1]}: ${c}</div>` : nothing))}
  </div>`;
}

/**
 * The table of exact figures and the button that shows it. Shown, a table wider than its box scrolls: the
 * wrap is focusable then, so the keyboard can scroll it too.
 */
export function tableTemplate(table: FigureTable, id: string, shown: boolean, words: Messages, toggle: () => void): TemplateResult {
  return html`<button part="table-toggle" type="button" aria-expanded=${shown ? 'true' : 'false'} aria-controls=${id}
      @click=${toggle}>${shown ? words.hideTable : words.showTable}</button>
    <div class="figure-wrap" tabindex=${shown ? '0' : nothing}>${figureTable(table, id, shown)}</div>`;
}

/**
 * When refreshed figures were last loaded or checked, and why a check failed; newer figures are announced once,
 * politely (the as-of time changes on every check, so it is not itself a live region).
 */
export function asOfTemplate(intake: Pick<InputController, 'asOf' | 'changedAt' | 'checkFailure'>, words: Messages, f: Format): TemplateResult {
  return html`${intake.asOf ? html`<p part="as-of">${words.asOf(f.time(intake.asOf))}${intake.checkFailure ? ` · ${words.checkFailed(intake.checkFailure)}` : ''}</p>` : nothing}
    <div part="update-announcement" class="visually-hidden" aria-live="polite">${intake.changedAt ? words.newFigures(f.time(intake.changedAt)) : ''}</div>`;
}
