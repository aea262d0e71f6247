import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { windowLabel } from '../../charts/summary.js';
import { periodRange, PERIODS, type Period } from '../../data/calendar.js';
import { filterRecords } from '../../data/filters.js';
import { totalsBy } from '../../data/totals.js';
import type { AttackRecord, InputIssue, StrikeReport, WeaponKind } from '../../data/types.js';
import { WEAPON_KINDS } from '../../data/types.js';
import { checkViewAttributes, listOf } from '../../data/view-attributes.js';
import { currentWindow, dateSpan, type DateSpan } from '../../data/windows.js';
import '../strike-breakdown/strike-breakdown.js';
import '../strike-chart/strike-chart.js';
import '../strike-summary/strike-summary.js';
import '../strike-timeline/strike-timeline.js';
import type { StrikeTimeline } from '../strike-timeline/strike-timeline.js';
import type { StrikeSelectEvent } from '../events.js';
import { PayloadRecords } from '../payload-records.js';
import { markChecked, StrikeElement, type Figure, type Payload } from '../strike-element.js';
import { strikeDashboardStyles } from './strike-dashboard.styles.js';

/**
 * Panels built and updated one frame after another, so that no single task parses, aggregates and draws
 * everything: 0 the controls (in the task that parsed the file), 1 the summary and timeline, 2 the
 * breakdowns, 3 the strike chart. A change of view reaches them in the same order.
 */
const STAGES = 3;

/** What the panels show: the view attributes, and the dates and report they pick. */
interface View {
  period: Period;
  kind?: string;
  from?: string;
  to?: string;
  selected?: string;
  top: number;
  /** The selected period within the range, else the range. */
  scope: DateSpan;
  /** The scope in words: "Nov 2024", "September 1, 2024 – February 28, 2025". */
  label: string;
  /** The scope's figures per weapon kind, for the strike chart; none when nothing was launched. */
  report?: StrikeReport;
}

const EMPTY_TABLE = { caption: '', columns: [], rows: [] };

/**
 * The whole picture of one data source: headline tiles, the timeline, the breakdown by weapon category and
 * the top models, and the strike chart of the range or of the period the reader picked, with the controls a
 * reader expects (period, weapon kind, date range) and downloads of each chart as PNG and its figures as CSV.
 * The view is in the attributes (`period`, `kind`, `from`, `to`, `selected`), so a page can link to it.
 *
 * @summary A dashboard of one data source: summary, timeline, weapons and the selected period.
 *
 * @event strike-select - The reader picked a period in the timeline; `detail.period` and `detail.report`.
 * @event strike-render - After every part has been updated for a new view, and its chart drawn.
 * @event strike-error - The data or an attribute could not be used; `detail.message` and `detail.issues` say why.
 * @event strike-load - A `src` URL was loaded and its data can be used (else `strike-error` says why, and no `strike-load` comes).
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart heading - The optional heading.
 * @csspart controls - The form with the period, weapons and date controls.
 * @csspart field - One labelled control.
 * @csspart reset - The button that shows the whole range again.
 * @csspart meta - The line that says how many rows and which dates were loaded.
 * @csspart panel - Each panel; also `panel-summary`, `panel-timeline`, `panel-categories`, `panel-models`, `panel-strike`.
 * @csspart panel-title - A panel's title.
 * @csspart downloads - A panel's download buttons.
 * @csspart download - One download button.
 * @csspart selection - The selected period and the button that clears it.
 * @csspart hint - The line that says how to pick a period.
 * @csspart error - The error message (`role="alert"`).
 * @csspart loading - The loading message while `src` loads.
 * @csspart progress - The progress bar while `src` loads.
 * @csspart empty - Shown while there is no data.
 *
 * @cssproperty --strike-color-text - Text.
 * @cssproperty --strike-color-muted - Secondary text.
 * @cssproperty --strike-color-background - Background of the dashboard.
 * @cssproperty --strike-color-surface - Background of the panels and controls.
 * @cssproperty --strike-color-border - Borders of the panels and controls.
 * @cssproperty --strike-color-focus - Focus ring.
 * @cssproperty --strike-color-downed - Downed, in every chart.
 * @cssproperty --strike-color-jammed - Jammed, in every chart.
 * @cssproperty --strike-color-unaccounted - Unaccounted, in every chart.
 * @cssproperty --strike-color-rate - The neutralized-rate line.
 * @cssproperty --strike-radius - Corner radius of panels and controls.
 * @cssproperty --strike-space - Base spacing.
 * @cssproperty --strike-dashboard-gap - Space between the panels (default 1rem).
 * @cssproperty --strike-dashboard-panel-padding - Padding inside a panel (default 1rem).
 */
export class StrikeDashboard extends StrikeElement {
  static override styles = [...StrikeElement.styles, strikeDashboardStyles];

  /** `day`, `week`, `month` or `year`: the timeline's bars, and what "previous period" means. */
  @property({ reflect: true }) period: Period = 'month';

  /** Weapon kinds shown, comma-separated (`drone,missile`); all when empty. */
  @property({ reflect: true }) kind?: string;

  /** First report date shown, `YYYY-MM-DD`; the data's first when empty. */
  @property({ reflect: true }) from?: string;

  /** Last report date shown, `YYYY-MM-DD`; the data's last when empty. */
  @property({ reflect: true }) to?: string;

  /** The period the reader picked (`2024-11`, `2024-W46`, `2024-11-13`): the summary, breakdown and strike chart show it. */
  @property({ reflect: true }) selected?: string;

  /** Weapon models in the top-models chart. */
  @property({ type: Number }) top = 8;

  /** Panels built so far for the current data; see STAGES. */
  @state() private stage = 0;

  private rows?: { records: readonly AttackRecord[] };
  private readonly payloadRows = new PayloadRecords();
  private span: DateSpan | null = null;
  /** The view the attributes ask for now. */
  private current?: View;
  /** The view each stage of panels shows; a change reaches stage 1 at once and the others a frame apart. */
  private shown: (View | undefined)[] = [];
  private stageFrame = 0;
  private announced?: View;

  override connectedCallback(): void {
    super.connectedCallback();
    // The next stage's frame was cancelled when the element left the page.
    if (this.stage < STAGES) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    cancelAnimationFrame(this.stageFrame);
  }

  /** The timeline's chart as a PNG: the dashboard's main view. Null while it is not drawn. */
  override toPNG(): Promise<Blob | null> {
    return this.child<StrikeTimeline>('strike-timeline')?.toPNG() ?? Promise.resolve(null);
  }

  /** The timeline's figures as CSV (a header row, then one row per period); empty while there are none. */
  override toCSV(): string {
    return this.child<StrikeTimeline>('strike-timeline')?.toCSV() ?? '';
  }

  protected override viewKey(): string {
    return [super.viewKey(), this.period, this.kind, this.from, this.to, this.selected, this.top].join('|');
  }

  protected override prepare(payload: Payload): Figure | InputIssue[] {
    const issues = checkViewAttributes({ period: this.period, kind: this.kind, from: this.from, to: this.to, selected: this.selected });
    if (issues.length) return issues;
    const read = this.payloadRows.read(payload);
    if ('issues' in read) return read.issues;
    if (read.records !== this.rows?.records) {
      markChecked(read.records);
      this.rows = { records: read.records };
      this.span = dateSpan(read.records);
      this.stage = 0;
      this.shown = [];
    } else if (this.stage > 1) {
      this.stage = 1;
    }
    const span = this.span;
    if (!span || !this.rows) return [{ path: 'data', message: 'data: expected rows of the dataset, got none' }];
    const range = { start: this.from || span.start, end: this.to || span.end };
    // A picked period, cut to the range (a week may start before `from`); all of it when it lies outside.
    const picked = this.selected ? periodRange(this.selected) : undefined;
    const overlaps = picked && picked.start <= range.end && picked.end >= range.start;
    const scope = !picked
      ? range
      : overlaps
        ? { start: picked.start > range.start ? picked.start : range.start, end: picked.end < range.end ? picked.end : range.end }
        : picked;
    const kept = filterRecords(this.rows.records, { kinds: listOf(this.kind) as WeaponKind[], from: scope.start, to: scope.end });
    const weapons = totalsBy(kept, 'kind');
    const whole = picked && scope.start === picked.start && scope.end === picked.end;
    this.current = {
      period: this.period,
      kind: this.kind,
      from: this.from,
      to: this.to,
      selected: this.selected,
      top: this.top,
      scope,
      // Named as the summary names it: whole months as months ("Sep 2024 – Feb 2025"), else by days.
      label: whole
        ? this.format.period(this.selected!)
        : windowLabel(currentWindow(scope, { from: scope.start, to: scope.end, period: this.period }), this.format),
      report: weapons.length ? { date: scope.start, end: scope.end, weapons } : undefined,
    };
    return { configure: null, sentence: '', table: EMPTY_TABLE, height: '0' };
  }

  protected override willUpdate(): void {
    super.willUpdate();
    if (this.current && this.stage >= 1) this.shown[this.stage] = this.current;
  }

  protected override updated(): void {
    super.updated();
    if (!this.rows || this.problem || !this.figure) return;
    if (this.stage < STAGES) {
      cancelAnimationFrame(this.stageFrame);
      this.stageFrame = requestAnimationFrame(() => (this.stage += 1));
      return;
    }
    if (this.announced === this.current) return;
    this.announced = this.current;
    const parts = [...this.renderRoot.querySelectorAll<StrikeElement>('.part')];
    void Promise.all(parts.map((p) => p.chartSettled())).then(() => this.emit('strike-render', {}));
  }

  private child<T extends StrikeElement>(selector: string): T | null {
    return this.renderRoot?.querySelector<T>(selector) ?? null;
  }

  private setView(change: Partial<Pick<StrikeDashboard, 'period' | 'kind' | 'from' | 'to' | 'selected'>>): void {
    Object.assign(this, change);
  }

  private onPeriod(e: Event): void {
    // A picked month means nothing by week: the selection goes with the old period.
    this.setView({ period: (e.target as HTMLSelectElement).value as Period, selected: undefined });
  }

  private onKind(e: Event): void {
    this.setView({ kind: (e.target as HTMLSelectElement).value || undefined });
  }

  /**
   * A date typed digit by digit passes through dates nobody meant (year 0002 on the way to 2024): only a date
   * within the input's bounds (the data's span, and the other end of the range) is taken; until then the
   * input shows itself invalid and the view stays. Leaving the input puts the range in use back in it.
   */
  private onDate(which: 'from' | 'to', e: Event): void {
    const input = e.target as HTMLInputElement;
    if (!input.validity.valid) return;
    const value = input.value || undefined;
    const change: Partial<StrikeDashboard> = { [which]: value };
    if (this.selected) {
      const { start, end } = periodRange(this.selected);
      const from = (which === 'from' ? value : this.from) ?? '';
      const to = (which === 'to' ? value : this.to) ?? '9999';
      if (end < from || start > to) change.selected = undefined;
    }
    this.setView(change);
  }

  private onDateLeft(which: 'from' | 'to', e: Event): void {
    const input = e.target as HTMLInputElement;
    // Emptied, the input means the data's first or last day, as it showed before.
    if ((input.validity.valid && input.value) || !this.span) return;
    input.value = (which === 'from' ? this.from : this.to) ?? (which === 'from' ? this.span.start : this.span.end);
  }

  /** Clears the selection; the keyboard goes on from the timeline, where the next period is picked (or the period control, with no chart drawn). */
  private async clearSelection(): Promise<void> {
    this.selected = undefined;
    await this.updateComplete;
    const chart = this.child('strike-timeline')?.renderRoot.querySelector<HTMLElement>('[part~="chart"]');
    (chart ?? this.renderRoot.querySelector<HTMLElement>('select'))?.focus();
  }

  /** Whether the view is narrowed at all: what Reset undoes. */
  private get narrowed(): boolean {
    return Boolean(this.from || this.to || this.selected || this.kind);
  }

  private reset(): void {
    this.setView({ from: undefined, to: undefined, selected: undefined, kind: undefined });
  }

  private onSelect(e: StrikeSelectEvent): void {
    this.selected = e.detail.period;
  }

  private async download(target: StrikeElement | null, name: string, format: 'PNG' | 'CSV'): Promise<void> {
    if (!target) return;
    const blob = format === 'PNG' ? await target.toPNG() : new Blob([target.toCSV()], { type: 'text/csv;charset=utf-8' });
    if (!blob) return;
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `${name}.${format.toLowerCase()}`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  private renderDownloads(view: View, selector: string, name: string, what: string): TemplateResult {
    const d = this.words.dashboard;
    const file = `${name}-${view.selected ?? `${view.scope.start}-to-${view.scope.end}`}`;
    const button = (format: 'PNG' | 'CSV') =>
      html`<button part="download" type="button" aria-label=${d.download(what, format)} title=${d.download(what, format)}
        @click=${() => this.download(this.child(selector), file, format)}>
        <span aria-hidden="true">↓</span> ${format}
      </button>`;
    return html`<div part="downloads">${button('PNG')}${button('CSV')}</div>`;
  }

  /** Reset is aria-disabled, not disabled, when there is nothing to undo: a button disabled under focus drops it to the page. */
  private renderControls(span: DateSpan): TemplateResult {
    const d = this.words.dashboard;
    const id = (name: string) => `${this.uid}-${name}`;
    const kinds = listOf(this.kind);
    const custom = kinds.length > 1 ? this.kind : undefined;
    return html`<form part="controls" aria-label=${d.controls} @submit=${(e: Event) => e.preventDefault()}>
      <div part="field">
        <label for=${id('period')}>${d.period}</label>
        <select id=${id('period')} @change=${this.onPeriod}>
          ${PERIODS.map((p) => html`<option value=${p} ?selected=${p === this.period}>${d.periodOption[p]}</option>`)}
        </select>
      </div>
      <div part="field">
        <label for=${id('kind')}>${d.kind}</label>
        <select id=${id('kind')} @change=${this.onKind}>
          <option value="" ?selected=${kinds.length === 0}>${d.allKinds}</option>
          ${WEAPON_KINDS.map((k) => html`<option value=${k} ?selected=${kinds.length === 1 && kinds[0] === k}>${this.words.kind[k]}</option>`)}
          ${custom
            ? html`<option value=${custom} selected>${this.format.list(kinds.map((k) => this.words.kind[k as WeaponKind] ?? k))}</option>`
            : nothing}
        </select>
      </div>
      <div part="field">
        <label for=${id('from')}>${d.from}</label>
        <input id=${id('from')} type="date" min=${span.start} max=${this.to || span.end} .value=${this.from || span.start}
          @change=${(e: Event) => this.onDate('from', e)} @blur=${(e: Event) => this.onDateLeft('from', e)} />
      </div>
      <div part="field">
        <label for=${id('to')}>${d.to}</label>
        <input id=${id('to')} type="date" min=${this.from || span.start} max=${span.end} .value=${this.to || span.end}
          @change=${(e: Event) => this.onDate('to', e)} @blur=${(e: Event) => this.onDateLeft('to', e)} />
      </div>
      <button part="reset" type="button" aria-disabled=${this.narrowed ? 'false' : 'true'}
        @click=${this.reset}>${d.reset}</button>
    </form>`;
  }

  protected override renderFigure(): TemplateResult {
    const span = this.span;
    const rows = this.rows;
    if (!span || !rows || !this.current) return html``;
    const d = this.words.dashboard;
    const f = this.format;
    const [, first, second, third] = this.shown;
    const theme = this.theme;
    // The parts speak the dashboard's language, and follow it when the page's lang changes.
    const locale = this.format.locale;
    // The dashboard says when it has drawn; its parts' own events stay inside.
    const hold = (e: Event) => e.stopPropagation();
    // Placeholders of about the panel's height (set in CSS: a strict policy forbids style attributes).
    const pending = (part: string) => html`<div part="panel ${part}"><div class="pending" aria-hidden="true"></div></div>`;
    return html`${this.renderControls(span)}
      <p part="meta">${d.loaded(rows.records.length, f.date(span.start), f.date(span.end), f)}</p>
      <div class="grid">
        ${first
          ? html`<section part="panel panel-summary">
                <header>
                  <h3 part="panel-title">${d.summaryTitle}</h3>
                  ${this.renderDownloads(first, 'strike-summary', 'strike-summary', d.summaryTitle)}
                </header>
                <strike-summary class="part" .data=${rows} period=${first.period} kind=${first.kind ?? nothing}
                  from=${first.scope.start} to=${first.scope.end} theme=${theme} locale=${locale} ?eager=${this.eager}
                  @strike-render=${hold} @strike-load=${hold}></strike-summary>
              </section>
              <section part="panel panel-timeline">
                <header>
                  <h3 part="panel-title">${d.timelineTitle[first.period]}</h3>
                  ${this.renderDownloads(first, 'strike-timeline', 'strike-timeline', d.timelineTitle[first.period])}
                </header>
                ${first.selected
                  ? html`<p part="selection">
                      <span>${d.selected(f.period(first.selected))}</span>
                      <button type="button" @click=${this.clearSelection}>${d.clear}</button>
                    </p>`
                  : html`<p part="hint">${d.hint}</p>`}
                <strike-timeline class="part" .data=${rows} period=${first.period} kind=${first.kind ?? nothing}
                  from=${first.from ?? nothing} to=${first.to ?? nothing} selected=${first.selected ?? nothing}
                  theme=${theme} locale=${locale} ?eager=${this.eager}
                  @strike-select=${this.onSelect} @strike-render=${hold} @strike-load=${hold}></strike-timeline>
              </section>`
          : html`${pending('panel-summary')}${pending('panel-timeline')}`}
        ${second
          ? html`<section part="panel panel-categories">
                <header>
                  <h3 part="panel-title">${d.categoryTitle}</h3>
                  ${this.renderDownloads(second, 'strike-breakdown[by=category]', 'strike-categories', d.categoryTitle)}
                </header>
                <strike-breakdown class="part" by="category" .data=${rows} kind=${second.kind ?? nothing}
                  from=${second.scope.start} to=${second.scope.end} theme=${theme} locale=${locale} ?eager=${this.eager}
                  @strike-render=${hold} @strike-load=${hold}></strike-breakdown>
              </section>
              <section part="panel panel-models">
                <header>
                  <h3 part="panel-title">${d.modelsTitle(second.top)}</h3>
                  ${this.renderDownloads(second, 'strike-breakdown[by=model]', 'strike-models', d.modelsTitle(second.top))}
                </header>
                <strike-breakdown class="part" by="model" top=${second.top} .data=${rows} kind=${second.kind ?? nothing}
                  from=${second.scope.start} to=${second.scope.end} theme=${theme} locale=${locale} ?eager=${this.eager}
                  @strike-render=${hold} @strike-load=${hold}></strike-breakdown>
              </section>`
          : html`${pending('panel-categories')}${pending('panel-models')}`}
        ${third
          ? html`<section part="panel panel-strike">
              <header>
                <h3 part="panel-title">${d.strikeTitle(third.label)}</h3>
                ${this.renderDownloads(third, 'strike-chart', 'strike-chart', d.strikeTitle(third.label))}
              </header>
              ${third.report
                ? html`<strike-chart class="part" .data=${third.report} theme=${theme} locale=${locale} ?eager=${this.eager}
                    @strike-render=${hold} @strike-load=${hold}></strike-chart>`
                : html`<p part="empty">${this.words.empty}</p>`}
            </section>`
          : pending('panel-strike')}
      </div>`;
  }
}
