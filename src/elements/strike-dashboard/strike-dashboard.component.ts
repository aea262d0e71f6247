import { html, type TemplateResult } from 'lit';
import type { CsvOptions } from '../../charts/table.js';
import { property } from 'lit/decorators.js';
import type { Period } from '../../data/calendar.js';
import { checkViewAttributes } from '../../data/view-attributes.js';
import type { InputIssue } from '../../data/types.js';
import { markChecked, type InputProblem } from '../../controllers/input-controller.js';
import type { RateName } from '../../data/rates.js';
import { StageController } from '../../controllers/stage-controller.js';
import '../strike-breakdown/strike-breakdown.js';
import '../strike-chart/strike-chart.js';
import '../strike-summary/strike-summary.js';
import '../strike-timeline/strike-timeline.js';
import type { StrikeSelectEvent } from '../events.js';
import { PayloadRecords } from '../payload-records.js';
import { StrikeDataElement, type BaseInputs } from '../strike-data-element.js';
import { controlsTemplate } from './strike-dashboard.controls.js';
import { DateEntry } from './strike-dashboard.dates.js';
import { dashboardFigure, type DashboardFigure, type DashboardInputs } from './strike-dashboard.figure.js';
import { panelsTemplate, type Part, type View } from './strike-dashboard.panels.js';
import { levelOf } from '../templates.js';
import type { ImageOptions } from '../chart-image.js';
import { strikeDashboardStyles } from './strike-dashboard.styles.js';

/**
 * Panels built and updated one frame after another, so that no single task parses, aggregates and draws
 * everything: 0 the controls (in the task that parsed the file), 1 the summary and timeline, 2 the
 * breakdowns, 3 the strike chart. A change of view reaches them in the same order.
 */
const STAGES = 3;

/**
 * The whole picture of one data source: headline tiles, the timeline, the breakdown by weapon category and
 * the top models, and the strike chart of the range or of the period the reader picked, with the controls a
 * reader expects (period, weapon kind, date range) and downloads of each chart as PNG and its figures as CSV.
 * The view is in the attributes (`period`, `kind`, `from`, `to`, `selected`), so a page can link to it.
 * The weapons control offers the kinds the rows hold. Dates that make no range are said next to their input: typed
 * ones are not taken (the panels keep the range in use, and say which); the page's own (`from="2026-04-31"`, a `to`
 * before `from`) are reported with `strike-error`, and the panels wait for a range to be chosen.
 *
 * @summary A dashboard of one data source: summary, timeline, weapons and the selected period.
 *
 * @prop {StrikeReport[] | { records: AttackRecord[] } | string} data - The figures: a list of dated reports or dataset rows, as an object or as JSON text.
 *
 * @event strike-select - The reader picked a period in the timeline; `detail.period` and `detail.report`.
 * @event strike-render - After every part has been updated for a new view, and its chart drawn.
 * @event strike-error - The data or an attribute could not be used; `detail.message` and `detail.issues` say why (for `from` and `to`, the controls stay).
 * @event strike-load - A `src` URL was loaded and its data can be used (else `strike-error` says why, and no `strike-load` comes); `detail.url`, and `detail.warnings` (rows skipped or odd).
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart heading - The optional heading.
 * @csspart controls - The form with the period, weapons and date controls.
 * @csspart field - One labelled control.
 * @csspart field-problem - Under the controls: why a date input's date makes no range (its `aria-describedby`; empty and hidden otherwise).
 * @csspart field-note - Under the controls: the weapon kinds asked for that the data has none of (the weapons control's `aria-describedby`).
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
 * @csspart empty - Shown while there is no data, or instead of the panels while `from` and `to` make no range.
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
 * @cssproperty --strike-color-still-attacking - Still in the air when reported, in every chart that has some.
 * @cssproperty --strike-color-not-reported - Not reported, in every chart that has some.
 * @cssproperty --strike-color-rate - The rate line.
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

  /** Which rate every part shows: `neutralized` (downed or jammed, the default) or `downed`. */
  @property({ reflect: true }) rate: RateName = 'neutralized';

  private readonly stages = new StageController<View>(this, STAGES);
  private readonly payloadRows = new PayloadRecords();
  /** The rows the stages were built for: new rows start again from stage 0. */
  private stagedRows?: DashboardFigure['rows'];
  private announcedView?: View;
  private readonly dates = new DateEntry(this, {
    span: () => this.figure?.span,
    input: (end) => this.renderRoot?.querySelector<HTMLInputElement>(`#${this.uid}-${end}`) ?? null,
  });

  /** The timeline's chart as a PNG: the dashboard's main view. Null while it is not drawn. */
  toPNG(options?: ImageOptions): Promise<Blob | null> {
    return this.partAt('strike-timeline')?.toPNG(options) ?? Promise.resolve(null);
  }

  /** The timeline's figures as CSV (a header row, then one row per period; rates as percentages unless `{ raw: true }`); empty while there are none. */
  toCSV(options?: CsvOptions): string {
    return this.partAt('strike-timeline')?.toCSV(options) ?? '';
  }

  protected override figureInputs(): DashboardInputs {
    const { period, kind, from, to, selected, top, rate } = this;
    return { period, kind, from, to, selected, top, rate };
  }

  protected override buildFigure(inputs: DashboardInputs & BaseInputs, warnings: InputIssue[]): DashboardFigure | InputIssue[] {
    const { period, kind, from, to, selected, rate } = inputs;
    const issues = checkViewAttributes({ period, kind, from, to, selected, rate });
    // Dates that make no range keep the controls, to mend them there; any other bad attribute shows the error alone.
    if (issues.some((i) => i.path !== 'from' && i.path !== 'to')) return issues;
    const read = this.payloadRows.read(inputs.payload, warnings);
    if ('issues' in read) return read.issues;
    // The dates the rows cover, worked out once with them (a list of reports counts each one's end).
    if (!read.span) return [{ path: 'data', message: 'data: expected rows of the dataset, got none' }];
    markChecked(read.records);
    const rows = this.stagedRows?.records === read.records ? this.stagedRows : { records: read.records };
    return dashboardFigure(rows, read.span, inputs);
  }

  /** The page's `from` and `to` that make no range are reported too, though the controls stay to mend them. */
  protected override get reportedProblem(): InputProblem | undefined {
    return super.reportedProblem ?? this.figure?.reported;
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
    if (this.figure?.view) this.stages.show(this.figure.view);
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

  /** Clears the selection; the keyboard goes on from the timeline, where the next period is picked (or the period control, with no chart drawn). */
  private readonly onClear = async (): Promise<void> => {
    this.selected = undefined;
    await this.updateComplete;
    const chart = this.partAt('strike-timeline')?.shadowRoot?.querySelector<HTMLElement>('[part~="chart"]');
    (chart ?? this.renderRoot.querySelector<HTMLElement>('select'))?.focus();
  };

  private readonly onReset = (): void => {
    this.dates.drop();
    Object.assign(this, { from: undefined, to: undefined, selected: undefined, kind: undefined });
  };

  private readonly onSelect = (e: StrikeSelectEvent): void => {
    this.selected = e.detail.period;
  };

  protected override renderFigure({ rows, span, kinds, words, rangeProblems, rangeLabel, view }: DashboardFigure): TemplateResult {
    const { uid, format, period, kind, from, to } = this;
    const typedProblems = this.dates.problems;
    const narrowed = Boolean(from || to || this.selected || kind || typedProblems);
    const { onPeriod, onKind, onReset } = this;
    const { onDate, onDateLeft } = this.dates;
    // Typed dates not taken are said with the range still shown; the page's dates that make no range, instead of the panels.
    const dates = { dateProblems: typedProblems ?? rangeProblems, stillShowing: typedProblems && rangeLabel };
    const controls = { uid, words, format, span, kinds, period, kind, from, to, ...dates, narrowed, onPeriod, onKind, onDate, onDateLeft, onReset };
    // The parts speak the dashboard's language, and follow it when the page's lang changes.
    const level = levelOf(this.headingLevel);
    const titleLevel = this.heading ? Math.min(6, level + 1) : level;
    const context = { words, format, rows, theme: this.theme, locale: format.locale, eager: this.eager, showTable: this.showTable, titleLevel };
    return html`${controlsTemplate(controls)}
      <p part="meta">${words.dashboard.loaded(rows.records.length, format.date(span.start), format.date(span.end), format)}</p>
      ${view
        ? panelsTemplate({ ...context, partAt: (selector) => this.partAt(selector), onSelect: this.onSelect, onClear: this.onClear }, this.stages.views)
        : html`<p part="empty" class="no-range">${words.dashboard.noRange}</p>`}`;
  }
}
