import { html, nothing, type TemplateResult } from 'lit';
import type { CsvOptions } from '../../charts/table.js';
import { headingTemplate } from '../templates.js';
import type { ImageOptions } from '../chart-image.js';
import type { Period } from '../../data/calendar.js';
import type { RateName } from '../../data/rates.js';
import type { DateSpan } from '../../data/windows.js';
import type { AttackRecord, StrikeReport } from '../../data/types.js';
import type { Format, Messages } from '../../i18n/types.js';
import { saveBlob } from '../download.js';
import type { StrikeSelectEvent } from '../events.js';

/** A part of the dashboard: it gives its figures as an image and as CSV. */
export type Part = HTMLElement & { toPNG(options?: ImageOptions): Promise<Blob | null>; toCSV(options?: CsvOptions): string; chartSettled(): Promise<void> };

/** What the panels show: the view attributes, and the dates and report they pick. */
export interface View {
  period: Period;
  kind?: string;
  from?: string;
  to?: string;
  selected?: string;
  top: number;
  rate: RateName;
  /** The selected period within the range, else the range. */
  scope: DateSpan;
  /** The scope in words: "Nov 2024", "September 1, 2024 – February 28, 2025". */
  label: string;
  /** The scope's figures per weapon kind, for the strike chart; none when nothing was launched. */
  report?: StrikeReport;
}

/** What every panel needs besides its view. */
export interface PanelsContext {
  words: Messages;
  format: Format;
  rows: { records: readonly AttackRecord[] };
  theme: string;
  locale: string;
  eager: boolean;
  /** Shows every part's table of exact figures. */
  showTable: boolean;
  /** Level of the panels' titles: one below the dashboard's heading, or the dashboard's own level without one. */
  titleLevel: number;
  /** The part of the dashboard that `selector` finds, to download its figures. */
  partAt: (selector: string) => Part | null;
  onSelect: (e: StrikeSelectEvent) => void;
  onClear: () => void;
}

// The dashboard says when it has drawn; its parts' own events stay inside.
const hold = (e: Event) => e.stopPropagation();

// Placeholders of about the panel's height (set in CSS: a strict policy forbids style attributes).
const pending = (part: string) => html`<div part="panel ${part}"><div class="pending" aria-hidden="true"></div></div>`;

/** Saves the part's PNG (headed by its panel's `title`) or CSV as a file named `name`. */
async function download(target: Part | null, name: string, format: 'PNG' | 'CSV', title: string): Promise<void> {
  if (!target) return;
  // A byte-order mark, so that a spreadsheet opens the file as UTF-8 (names in Cyrillic, the minus sign).
  const blob = format === 'PNG' ? await target.toPNG({ heading: title }) : new Blob(['\uFEFF', target.toCSV()], { type: 'text/csv;charset=utf-8' });
  if (blob) saveBlob(blob, `${name}.${format.toLowerCase()}`);
}

/** A panel's PNG and CSV buttons, for the part `selector` finds; the files are named `name` and the view's dates. */
function downloadsTemplate(c: PanelsContext, view: View, selector: string, name: string, what: string): TemplateResult {
  const d = c.words.dashboard;
  const file = `${name}-${view.selected ?? `${view.scope.start}-to-${view.scope.end}`}`;
  const button = (format: 'PNG' | 'CSV') =>
    html`<button part="download" type="button" aria-label=${d.download(what, format)} title=${d.download(what, format)}
      @click=${() => download(c.partAt(selector), file, format, what)}>
      <span aria-hidden="true">↓</span> ${format}
    </button>`;
  return html`<div part="downloads">${button('PNG')}${button('CSV')}</div>`;
}

function panel(c: PanelsContext, part: string, view: View, title: string, download: [string, string], body: TemplateResult): TemplateResult {
  return html`<section part="panel ${part}">
    <header>
      ${headingTemplate(title, c.titleLevel, 'panel-title')}
      ${downloadsTemplate(c, view, download[0], download[1], title)}
    </header>
    ${body}
  </section>`;
}

/** Stage 1: the summary of the scope and the timeline of the range. */
function overviewPanels(c: PanelsContext, v: View): TemplateResult {
  const d = c.words.dashboard;
  const summary = html`<strike-summary class="part" .data=${c.rows} period=${v.period} rate=${v.rate} kind=${v.kind ?? nothing}
    from=${v.scope.start} to=${v.scope.end} theme=${c.theme} locale=${c.locale} ?eager=${c.eager} ?show-table=${c.showTable}
    @strike-render=${hold} @strike-load=${hold}></strike-summary>`;
  const selection = v.selected
    ? html`<p part="selection">
        <span>${d.selected(c.format.period(v.selected))}</span>
        <button type="button" @click=${c.onClear}>${d.clear}</button>
      </p>`
    : html`<p part="hint">${d.hint}</p>`;
  const timeline = html`${selection}
    <strike-timeline class="part" .data=${c.rows} period=${v.period} rate=${v.rate} kind=${v.kind ?? nothing}
      from=${v.from ?? nothing} to=${v.to ?? nothing} selected=${v.selected ?? nothing}
      theme=${c.theme} locale=${c.locale} ?eager=${c.eager} ?show-table=${c.showTable}
      @strike-select=${c.onSelect} @strike-render=${hold} @strike-load=${hold}></strike-timeline>`;
  return html`${panel(c, 'panel-summary', v, d.summaryTitle, ['strike-summary', 'strike-summary'], summary)}
    ${panel(c, 'panel-timeline', v, d.timelineTitle(v.period, c.words.rate[v.rate]), ['strike-timeline', 'strike-timeline'], timeline)}`;
}

/** Stage 2: launched by weapon category and by model over the scope. */
function weaponPanels(c: PanelsContext, v: View): TemplateResult {
  const d = c.words.dashboard;
  const breakdown = (by: 'category' | 'model') =>
    html`<strike-breakdown class="part" by=${by} top=${by === 'model' ? v.top : nothing} rate=${v.rate} .data=${c.rows} kind=${v.kind ?? nothing}
      from=${v.scope.start} to=${v.scope.end} theme=${c.theme} locale=${c.locale} ?eager=${c.eager} ?show-table=${c.showTable}
      @strike-render=${hold} @strike-load=${hold}></strike-breakdown>`;
  return html`${panel(c, 'panel-categories', v, d.categoryTitle, ['strike-breakdown[by=category]', 'strike-categories'], breakdown('category'))}
    ${panel(c, 'panel-models', v, d.modelsTitle(v.top), ['strike-breakdown[by=model]', 'strike-models'], breakdown('model'))}`;
}

/** Stage 3: the strike chart of the scope. */
function strikePanel(c: PanelsContext, v: View): TemplateResult {
  const chart = v.report
    ? html`<strike-chart class="part" .data=${v.report} rate=${v.rate} theme=${c.theme} locale=${c.locale} ?eager=${c.eager} ?show-table=${c.showTable}
        @strike-render=${hold} @strike-load=${hold}></strike-chart>`
    : html`<p part="empty">${c.words.empty}</p>`;
  return panel(c, 'panel-strike', v, c.words.dashboard.strikeTitle(v.label), ['strike-chart', 'strike-chart'], chart);
}

/** The panels of each stage built so far (`stages[1]`…`stages[3]`), placeholders for the rest. */
export function panelsTemplate(c: PanelsContext, stages: readonly (View | undefined)[]): TemplateResult {
  const [, overview, weapons, strike] = stages;
  return html`<div class="grid">
    ${overview ? overviewPanels(c, overview) : html`${pending('panel-summary')}${pending('panel-timeline')}`}
    ${weapons ? weaponPanels(c, weapons) : html`${pending('panel-categories')}${pending('panel-models')}`}
    ${strike ? strikePanel(c, strike) : pending('panel-strike')}
  </div>`;
}
