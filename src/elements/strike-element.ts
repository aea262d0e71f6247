import type { ChartConfiguration } from 'chart.js';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Palette } from '../charts/palette.js';
import type { LegendItem } from '../charts/strike-chart.js';
import { tableToCsv, type FigureTable } from '../charts/table.js';
import { ChartController } from '../controllers/chart-controller.js';
import { MediaQueryController } from '../controllers/media-query-controller.js';
import { ThemeController } from '../controllers/theme-controller.js';
import { DEFAULT_TIMEOUT_MS, SourceController, type LoadedSource } from '../controllers/source-controller.js';
import { parseJson } from '../data/check.js';
import { parseAttacksCsv } from '../data/csv.js';
import { validateRecords } from '../data/records.js';
import type { AttackRecord, InputIssue } from '../data/types.js';
import { warn } from '../data/warn.js';
import { formatFor, messagesFor } from '../i18n/format.js';
import type { Format, Messages } from '../i18n/types.js';
import { base } from '../styles/base.js';
import { tokens } from '../styles/tokens.js';
import type { StrikeErrorDetail } from './events.js';

/**
 * Input after loading: a JSON value, or rows of the public dataset (from a CSV file, or handed over as
 * `{ records }`, e.g. by the dashboard, which parses once for all its charts).
 */
export type Payload = { kind: 'json'; value: unknown } | { kind: 'dataset'; records: readonly AttackRecord[] };

/** What one element draws, in every form it offers: chart, words and table. */
export interface Figure {
  config: ChartConfiguration | null;
  sentence: string;
  table: FigureTable;
  legend?: LegendItem[];
  headlines?: string[];
  notes?: string[];
  /** Height of the plot in CSS pixels. */
  height: number;
  /** Credit line; `url` only when it is https. */
  source?: { text: string; url?: string };
}

/** Rows already parsed (`parseAttacksCsv(...).records`) given as `{ records }`. */
const isDataset = (v: unknown): v is { records: readonly AttackRecord[] } =>
  typeof v === 'object' && v !== null && Array.isArray((v as { records?: unknown }).records);

type Input = { from: 'none' } | { from: 'data'; value: unknown } | { from: 'src'; url: string };

let nextId = 0;

/**
 * Row lists this library parsed or checked itself. Handed on as `{ records }` (the dashboard gives one to
 * each of its parts) they are taken as they are: checking 3,000 rows costs ~60 ms, once is enough.
 */
const checkedRecords = new WeakSet<readonly AttackRecord[]>();

/** Marks rows built by the library from checked input (e.g. `recordsOfReports`) as needing no second check. */
export function markChecked(records: readonly AttackRecord[]): void {
  checkedRecords.add(records);
}

/**
 * What every strike-charts element shares: `data` / `data` attribute / `src` (the latest set wins), `locale`,
 * `theme`, `show-table`, the error and loading states, the events, and the accessible chart with its table.
 */
export abstract class StrikeElement extends LitElement {
  static override styles = [tokens, base];

  static override properties = {
    data: { attribute: 'data', noAccessor: true, converter: { fromAttribute: (v: string | null) => v } },
    src: { noAccessor: true },
  };

  /** BCP 47 language tag for words and number formats; defaults to the nearest `lang` attribute, then the browser's. */
  @property() locale?: string;

  /** `auto` follows the reader's colour scheme; `light` and `dark` force one. */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';

  /** Shows the table of exact figures, which is otherwise only for screen readers. */
  @property({ type: Boolean, reflect: true, attribute: 'show-table' }) showTable = false;

  /** Optional heading shown above the chart. */
  @property() heading?: string;

  /** Builds the chart at once, even while the element is far off screen. */
  @property({ type: Boolean }) eager = false;

  /** Milliseconds a `src` load may take, request to last byte, before it fails with a message; read as each load starts. */
  timeout = DEFAULT_TIMEOUT_MS;

  @state() protected problem?: StrikeErrorDetail;
  @state() protected payload?: Payload;
  @state() protected loading = false;
  /** Bytes of a `src` load read so far, and the total when the server says it (else 0). */
  @state() private progress?: { read: number; total: number };
  /** What the live region says about the data point the keyboard is on. */
  @state() private announcement = '';
  private activeIndex = -1;

  protected figure?: Figure;
  protected payloadChanged = false;
  protected readonly uid = `strike-${++nextId}`;

  private input: Input = { from: 'none' };
  private inputChanged = false;
  private rawData: unknown;
  private rawSrc?: string;
  private errorToAnnounce?: StrikeErrorDetail;
  private loadedUrl?: string;
  private figureKey?: string;

  protected readonly reducedMotion = new MediaQueryController(this, '(prefers-reduced-motion: reduce)');
  protected readonly theming = new ThemeController(this);

  protected readonly chartController = new ChartController(this, {
    canvas: () => this.renderRoot?.querySelector?.('canvas'),
    config: () => (this.problem ? null : this.figure?.config),
    eager: () => this.eager,
    onDraw: () => this.emit('strike-render', {}),
    onFail: (reason, error) => {
      if (reason === 'chart-failed') {
        this.fail(`The chart could not be drawn (${error instanceof Error ? error.message : String(error)}).`, []);
        return;
      }
      // Nothing to draw on, but the figures are fine: show them as words and a visible table, and say why.
      const message = 'This browser gives no 2D canvas to draw on; the figures are in the table.';
      if (this.figure) this.figure = { ...this.figure, config: null, notes: [...(this.figure.notes ?? []), message] };
      this.showTable = true;
      warn(`<${this.localName}> ${message}`);
      this.requestUpdate();
    },
  });

  private readonly source = new SourceController(this, {
    timeoutMs: () => this.timeout,
    onLoad: (loaded: LoadedSource) => {
      this.loading = false;
      this.loadedUrl = loaded.url;
      if (loaded.csv) {
        const { records, warnings } = parseAttacksCsv(loaded.text);
        checkedRecords.add(records);
        if (warnings.length > 0) {
          warn(`${loaded.url}: ${warnings.length} rows with warnings (${warnings.slice(0, 3).map((w) => w.message).join('; ')}${warnings.length > 3 ? '; …' : ''})`);
        }
        this.accept({ kind: 'dataset', records });
        return;
      }
      const parsed = parseJson(loaded.text, `The file at ${loaded.url}`);
      if (parsed.ok) this.accept({ kind: 'json', value: parsed.value });
      else this.fail(parsed.issue.message, [parsed.issue]);
    },
    onError: (message) => {
      this.loading = false;
      this.fail(message, [{ path: 'src', message }]);
    },
    onProgress: (read, total) => (this.progress = { read, total }),
  });

  /** The figures to draw: an object in the element's JSON shape, or the same as JSON text. */
  get data(): unknown {
    return this.rawData;
  }
  set data(value: unknown) {
    const old = this.rawData;
    this.rawData = value;
    this.input = { from: 'data', value };
    this.inputChanged = true;
    this.requestUpdate('data', old);
  }

  /** URL of a JSON file or a CSV in the public dataset's format (http or https only). */
  get src(): string | undefined {
    return this.rawSrc;
  }
  set src(value: string | undefined | null) {
    const old = this.rawSrc;
    this.rawSrc = value ?? undefined;
    this.input = value ? { from: 'src', url: value } : { from: 'none' };
    this.inputChanged = true;
    this.requestUpdate('src', old);
  }

  /** The locale in use: `locale`, else the nearest `lang` attribute (across shadow roots), else the browser's. */
  get resolvedLocale(): string {
    if (this.locale) return this.locale;
    // With no DOM (server rendering) there is no tree to find a `lang` in.
    for (let node: Node | null = typeof Element === 'undefined' ? null : this; node; ) {
      if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang') as string;
      node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
    }
    return typeof navigator === 'undefined' ? 'en' : navigator.language;
  }

  protected get format(): Format {
    return formatFor(this.resolvedLocale);
  }

  protected get words(): Messages {
    return messagesFor(this.format.locale);
  }

  /** The figures behind the chart as CSV (a header row, then one row per table row); empty when none are shown. */
  toCSV(): string {
    return this.figure && !this.problem ? tableToCsv(this.figure.table) : '';
  }

  /** The chart as a PNG image of the canvas's size; null when nothing is drawn. */
  toPNG(): Promise<Blob | null> {
    const canvas = this.chartController.chart?.canvas;
    return canvas ? new Promise((resolve) => canvas.toBlob(resolve, 'image/png')) : Promise.resolve(null);
  }

  /**
   * Builds this element's figure from the payload; returns the problems instead when the payload does not fit.
   * Called when the payload or the view key changes; subclasses keep expensive steps behind `payloadChanged`.
   */
  protected abstract prepare(payload: Payload): Figure | InputIssue[];

  /** Everything besides the payload that the figure depends on; a change rebuilds the figure. */
  protected viewKey(): string {
    return [this.resolvedLocale, this.theme, this.theming.read(), this.reducedMotion.matches].join('|');
  }

  /** The reader pressed Enter on the data point at `index` (a bar, a period); elements that select override it. */
  protected activate(_index: number): void {}

  /**
   * Arrow keys move through the data points (bars, periods, rings), showing the tooltip and announcing the
   * same figures as the table row through the live region; Home and End jump; Enter activates; Escape hides.
   */
  private onChartKey(event: KeyboardEvent): void {
    const chart = this.chartController.chart;
    const rows = this.figure?.table.rows;
    if (!chart || !rows) return;
    const rings = (chart.config as { type?: string }).type === 'doughnut';
    const count = rings ? chart.data.datasets.length : (chart.data.labels?.length ?? 0);
    if (count === 0) return;
    let i = this.activeIndex;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        i = Math.min(count - 1, i + 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        i = Math.max(0, i - 1);
        break;
      case 'Home':
        i = 0;
        break;
      case 'End':
        i = count - 1;
        break;
      case 'Enter':
      case ' ':
        if (i >= 0) this.activate(i);
        event.preventDefault();
        return;
      case 'Escape':
        this.clearActive();
        return;
      default:
        return;
    }
    event.preventDefault();
    this.activeIndex = i;
    const active = rings
      ? chart.getDatasetMeta(i).data.map((_el, index) => ({ datasetIndex: i, index }))
      : chart.data.datasets.map((_ds, datasetIndex) => ({ datasetIndex, index: i })).filter((a) => chart.getDatasetMeta(a.datasetIndex).data[i]);
    const anchor = chart.getDatasetMeta(active[0]?.datasetIndex ?? 0).data[active[0]?.index ?? 0];
    chart.setActiveElements(active);
    chart.tooltip?.setActiveElements(active, { x: anchor?.x ?? 0, y: anchor?.y ?? 0 });
    chart.update('none');
    const row = rows[i];
    const columns = this.figure!.table.columns;
    this.announcement = row ? `${row.header}: ${row.cells.map((c, k) => `${columns[k + 1]} ${c}`).join(', ')}` : '';
  }

  private clearActive(): void {
    const chart = this.chartController.chart;
    this.activeIndex = -1;
    if (chart) {
      chart.setActiveElements([]);
      chart.tooltip?.setActiveElements([], { x: 0, y: 0 });
      chart.update('none');
    }
  }

  /** Extra content above the plot (headlines, controls). */
  protected renderLead(_figure: Figure): TemplateResult | typeof nothing {
    return nothing;
  }

  protected override willUpdate(): void {
    try {
      if (this.inputChanged) {
        this.inputChanged = false;
        this.takeInput();
      }
      const key = this.viewKey();
      if (this.payload && !this.problem && (this.payloadChanged || key !== this.figureKey || !this.figure)) {
        this.figureKey = key;
        const result = this.prepare(this.payload);
        this.payloadChanged = false;
        if (Array.isArray(result)) this.fail(this.words.error(result.length), result);
        else this.figure = result;
      }
    } catch (error) {
      this.fail(`Unexpected failure: ${error instanceof Error ? error.message : String(error)}`, []);
    }
  }

  protected override updated(): void {
    const error = this.errorToAnnounce;
    if (error) {
      this.errorToAnnounce = undefined;
      warn(`<${this.localName}> ${error.message}${error.issues.length ? `: ${error.issues.map((i) => i.message).join('; ')}` : ''}`);
      this.emit('strike-error', error);
    }
    if (this.loadedUrl) {
      const url = this.loadedUrl;
      this.loadedUrl = undefined;
      this.emit('strike-load', { url });
    }
  }

  protected emit<K extends 'strike-error' | 'strike-load' | 'strike-render' | 'strike-select'>(
    type: K,
    detail: GlobalEventHandlersEventMap[K]['detail'],
  ): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  protected fail(message: string, issues: InputIssue[]): void {
    this.problem = { message, issues };
    this.figure = undefined;
    this.errorToAnnounce = this.problem;
  }

  private accept(payload: Payload): void {
    this.problem = undefined;
    this.payload = payload;
    this.payloadChanged = true;
  }

  private takeInput(): void {
    this.problem = undefined;
    this.payload = undefined;
    this.figure = undefined;
    const input = this.input;
    if (input.from !== 'src') {
      this.source.cancel();
      this.loading = false;
    }
    this.progress = undefined;
    if (input.from === 'src') {
      this.loading = true;
      this.source.load(input.url);
    } else if (input.from === 'data' && input.value !== null && input.value !== undefined && input.value !== '') {
      if (isDataset(input.value)) {
        const given = input.value.records;
        const checked = checkedRecords.has(given) ? { ok: true as const, value: given, issues: [] } : validateRecords(given);
        if (checked.ok) {
          checkedRecords.add(checked.value);
          this.accept({ kind: 'dataset', records: checked.value });
        } else this.fail(this.words.error(checked.issues.length), checked.issues);
      }
      else if (typeof input.value !== 'string') this.accept({ kind: 'json', value: input.value });
      else {
        const parsed = parseJson(input.value, 'The data attribute');
        if (parsed.ok) this.accept({ kind: 'json', value: parsed.value });
        else this.fail(parsed.issue.message, [parsed.issue]);
      }
    }
  }

  /** Colours for the canvas, from the theme tokens, so that CSS alone restyles the chart. */
  protected palette(): Palette {
    return this.theming.palette();
  }

  protected canvasFont(): string {
    return this.theming.font();
  }

  /** Whether charts should animate: never under prefers-reduced-motion. */
  protected get motionAllowed(): boolean {
    return !this.reducedMotion.matches;
  }

  protected override render(): TemplateResult {
    const figure = this.problem ? undefined : this.figure;
    return html`<div part="base" lang=${this.format.locale}>
      ${this.heading ? html`<h2 part="heading">${this.heading}</h2>` : nothing}
      ${this.problem ? this.renderProblem(this.problem) : nothing}
      ${this.loading ? this.renderLoading() : nothing}
      ${!figure && !this.problem && !this.loading ? html`<p part="empty">${this.words.empty}</p>` : nothing}
      ${figure ? this.renderFigure(figure) : nothing}
    </div>`;
  }

  /** The loading message, with a progress bar once bytes arrive (indeterminate when the size is unknown). */
  private renderLoading(): TemplateResult {
    const p = this.progress;
    return html`<p part="loading" role="status">
      ${this.words.loading}
      ${p
        ? html`<progress part="progress" aria-label=${this.words.loading} max=${p.total > 0 ? p.total : nothing} value=${p.total > 0 ? Math.min(p.read, p.total) : nothing}></progress>`
        : nothing}
    </p>`;
  }

  private renderProblem(problem: StrikeErrorDetail): TemplateResult {
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

  protected renderFigure(figure: Figure): TemplateResult {
    const tableId = `${this.uid}-table`;
    return html`${this.renderLead(figure)}
      ${figure.headlines?.length
        ? html`<ul part="headlines">
            ${figure.headlines.map((h) => html`<li>${h}</li>`)}
          </ul>`
        : nothing}
      ${figure.notes?.map((n) => html`<p part="note">⚠ ${n}</p>`) ?? nothing}
      ${figure.legend ? this.renderLegend(figure.legend) : nothing}
      ${figure.config
        ? // A property, not the style attribute (nor styleMap, which first writes the attribute): CSP allows CSSOM writes.
          html`<div part="plot" .style=${`height: ${figure.height}px`}>
            <canvas part="chart" role="img" tabindex="0" aria-label=${figure.sentence}
              @keydown=${this.onChartKey} @blur=${this.clearActive}></canvas>
          </div>
          <div part="live" class="visually-hidden" aria-live="polite">${this.announcement}</div>`
        : html`<p part="summary">${figure.sentence}</p>`}
      ${figure.source
        ? html`<p part="source">
            ${figure.source.url
              ? html`<a href=${figure.source.url} rel="noopener noreferrer" target="_blank">${figure.source.text}</a>`
              : figure.source.text}
          </p>`
        : nothing}
      <button part="table-toggle" type="button" aria-expanded=${this.showTable ? 'true' : 'false'} aria-controls=${tableId}
        @click=${() => (this.showTable = !this.showTable)}>${this.showTable ? this.words.hideTable : this.words.showTable}</button>
      <div class="figure-wrap">${this.renderTable(figure.table, tableId)}</div>`;
  }

  private renderLegend(items: LegendItem[]): TemplateResult {
    return html`<ul part="legend">
      ${items.map((i) => html`<li><span class="swatch swatch-${i.key}" aria-hidden="true"></span>${i.label}</li>`)}
    </ul>`;
  }

  private renderTable(table: FigureTable, id: string): TemplateResult {
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
}
