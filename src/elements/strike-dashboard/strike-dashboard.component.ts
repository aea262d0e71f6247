import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { windowLabel } from '../../charts/summary.js';
import type { Period } from '../../data/calendar.js';
import { filterRecords } from '../../data/filters.js';
import { checkViewAttributes, listOf } from '../../data/view-attributes.js';
import { currentWindow, dateSpan, type DateSpan } from '../../data/windows.js';
import { totalsBy } from '../../data/totals.js';
import type { AttackRecord, InputIssue, WeaponKind } from '../../data/types.js';
import { periodMeetsRange, viewScope } from '../../data/view-scope.js';
import { markChecked } from '../../controllers/input-controller.js';
import { StageController } from '../../controllers/stage-controller.js';
import '../strike-breakdown/strike-breakdown.js';
import '../strike-chart/strike-chart.js';
import '../strike-summary/strike-summary.js';
import '../strike-timeline/strike-timeline.js';
import type { StrikeSelectEvent } from '../events.js';
import { PayloadRecords } from '../payload-records.js';
import { StrikeDataElement, type BaseInputs } from '../strike-data-element.js';
import { controlsTemplate } from './strike-dashboard.controls.js';
import { panelsTemplate, type Part, type View } from './strike-dashboard.panels.js';
import { strikeDashboardStyles } from './strike-dashboard.styles.js';

/**
 * Panels built and updated one frame after another, so that no single task parses, aggregates and draws
 * everything: 0 the controls (in the task that parsed the file), 1 the summary and timeline, 2 the
 * breakdowns, 3 the strike chart. A change of view reaches them in the same order.
 */
const STAGES = 3;

interface DashboardInputs {
  period: Period;
  kind: string | undefined;
  from: string | undefined;
  to: string | undefined;
  selected: string | undefined;
  top: number;
}

/** The data's rows and first and last day, and the view the attributes ask for. */
interface DashboardFigure {
  rows: { records: readonly AttackRecord[] };
  span: DateSpan;
  view: View;
}


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
 * @event strike-load - A `src` URL was loaded and its data can be used (else `strike-error` says why, and no `strike-load` comes); `detail.url`, and `detail.warnings` (rows skipped or odd).
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
 * @csspart warnings - The rows of the data skipped or kept with problems, once for all panels: a line ("3 rows skipped, 1 inconsistent") that opens the list of each, with its line and reason.
 * @csspart loading - The loading message while `src` loads.
 * @csspart progress - The progress bar while `src` loads.
 * @csspart empty - Shown while there is no data.
 * @csspart as-of - With `refresh`: when the figures were last loaded or checked, and why a check failed.
 * @csspart update-announcement - With `refresh`: the polite live region that says once when newer figures arrived.
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
export class StrikeDashboard extends StrikeDataElement<DashboardFigure, DashboardInputs> {
  static override styles = [...StrikeDataElement.styles, strikeDashboardStyles];

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

  private readonly stages = new StageController<View>(this, STAGES);
  private readonly payloadRows = new PayloadRecords();
  /** The rows the stages were built for: new rows start again from stage 0. */
  private stagedRows?: DashboardFigure['rows'];
  private announcedView?: View;

  /** The timeline's chart as a PNG: the dashboard's main view. Null while it is not drawn. */
  toPNG(): Promise<Blob | null> {
    return this.partAt('strike-timeline')?.toPNG() ?? Promise.resolve(null);
  }

  /** The timeline's figures as CSV (a header row, then one row per period); empty while there are none. */
  toCSV(): string {
    return this.partAt('strike-timeline')?.toCSV() ?? '';
  }

  protected override figureInputs(): DashboardInputs {
    const { period, kind, from, to, selected, top } = this;
    return { period, kind, from, to, selected, top };
  }

  protected override buildFigure(inputs: DashboardInputs & BaseInputs, warnings: InputIssue[]): DashboardFigure | InputIssue[] {
    const { period, kind, from, to, selected, top, format } = inputs;
    const issues = checkViewAttributes({ period, kind, from, to, selected });
    if (issues.length) return issues;
    const read = this.payloadRows.read(inputs.payload, warnings);
    if ('issues' in read) return read.issues;
    const span = dateSpan(read.records);
    if (!span) return [{ path: 'data', message: 'data: expected rows of the dataset, got none' }];
    markChecked(read.records);
    const rows = this.stagedRows?.records === read.records ? this.stagedRows : { records: read.records };
    const { scope, wholePeriod } = viewScope(span, { from, to, selected });
    const weapons = totalsBy(filterRecords(read.records, { kinds: listOf(kind) as WeaponKind[], from: scope.start, to: scope.end }), 'kind');
    // Named as the summary names it: whole months as months ("Sep 2024 – Feb 2025"), else by days.
    const label = wholePeriod ? format.period(selected!) : windowLabel(currentWindow(scope, { from: scope.start, to: scope.end, period }), format);
    const report = weapons.length ? { date: scope.start, end: scope.end, weapons } : undefined;
    return { rows, span, view: { period, kind, from, to, selected, top, scope, label, report } };
  }

  protected override figureChanged(): void {
    const rows = this.figure?.rows;
    if (!rows) return;
    if (rows === this.stagedRows) return this.stages.renew();
    this.stagedRows = rows;
    this.stages.restart();
  }

  protected override willUpdate(): void {
    super.willUpdate();
    if (this.figure) this.stages.show(this.figure.view);
  }

  protected override updated(): void {
    super.updated();
    const view = this.problem ? undefined : this.figure?.view;
    if (!view || !this.stages.advance() || this.announcedView === view) return;
    this.announcedView = view;
    const parts = [...this.renderRoot.querySelectorAll<Part>('.part')];
    void Promise.all(parts.map((p) => p.chartSettled())).then(() => this.emit('strike-render', {}));
  }

  private partAt(selector: string): Part | null {
    return this.renderRoot?.querySelector<Part>(selector) ?? null;
  }

  private readonly onPeriod = (e: Event): void => {
    // A picked month means nothing by week: the selection goes with the old period.
    Object.assign(this, { period: (e.target as HTMLSelectElement).value as Period, selected: undefined });
  };

  private readonly onKind = (e: Event): void => {
    this.kind = (e.target as HTMLSelectElement).value || undefined;
  };

  /**
   * A date typed digit by digit passes through dates nobody meant (year 0002 on the way to 2024): only a date
   * within the input's bounds (the data's span, and the other end of the range) is taken; until then the
   * input shows itself invalid and the view stays. A picked period the new range leaves out is let go.
   */
  private readonly onDate = (which: 'from' | 'to', e: Event): void => {
    const input = e.target as HTMLInputElement;
    if (!input.validity.valid) return;
    const range = { from: this.from, to: this.to, [which]: input.value || undefined };
    const selected = this.selected && periodMeetsRange(this.selected, range.from, range.to) ? this.selected : undefined;
    Object.assign(this, { ...range, selected });
  };

  /** Leaving an emptied or half-typed date input puts the range in use back in it. */
  private readonly onDateLeft = (which: 'from' | 'to', e: Event): void => {
    const input = e.target as HTMLInputElement;
    const span = this.figure?.span;
    if ((input.validity.valid && input.value) || !span) return;
    input.value = (which === 'from' ? this.from : this.to) ?? (which === 'from' ? span.start : span.end);
  };

  /** Clears the selection; the keyboard goes on from the timeline, where the next period is picked (or the period control, with no chart drawn). */
  private readonly onClear = async (): Promise<void> => {
    this.selected = undefined;
    await this.updateComplete;
    const chart = this.partAt('strike-timeline')?.shadowRoot?.querySelector<HTMLElement>('[part~="chart"]');
    (chart ?? this.renderRoot.querySelector<HTMLElement>('select'))?.focus();
  };

  private readonly onReset = (): void => {
    Object.assign(this, { from: undefined, to: undefined, selected: undefined, kind: undefined });
  };

  private readonly onSelect = (e: StrikeSelectEvent): void => {
    this.selected = e.detail.period;
  };

  protected override renderFigure({ rows, span }: DashboardFigure): TemplateResult {
    const { uid, words, format, period, kind, from, to } = this;
    const narrowed = Boolean(from || to || this.selected || kind);
    const { onPeriod, onKind, onDate, onDateLeft, onReset } = this;
    // The parts speak the dashboard's language, and follow it when the page's lang changes.
    const context = { words, format, rows, theme: this.theme, locale: format.locale, eager: this.eager, showTable: this.showTable };
    return html`${controlsTemplate({ uid, words, format, span, period, kind, from, to, narrowed, onPeriod, onKind, onDate, onDateLeft, onReset })}
      <p part="meta">${words.dashboard.loaded(rows.records.length, format.date(span.start), format.date(span.end), format)}</p>
      ${panelsTemplate({ ...context, partAt: (selector) => this.partAt(selector), onSelect: this.onSelect, onClear: this.onClear }, this.stages.views)}`;
  }
}
