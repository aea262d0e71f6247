import type { ChartConfiguration } from 'chart.js';
import { adoptStyles, html, LitElement, nothing, type CSSResultOrNative, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { CanvasTheme } from '../charts/palette.js';
import type { Configure, LegendItem } from '../charts/strike-chart.js';
import { tableToCsv, type FigureRow, type FigureTable } from '../charts/table.js';
import { ChartController } from '../controllers/chart-controller.js';
import { LangController } from '../controllers/lang-controller.js';
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
import { figureTable, tableFilled } from './figure-table.js';
import { tokens } from '../styles/tokens.js';
import type { StrikeErrorDetail } from './events.js';

/**
 * Input after loading: a JSON value, or rows of the public dataset (from a CSV file, or handed over as
 * `{ records }`, e.g. by the dashboard, which parses once for all its charts).
 */
export type Payload = { kind: 'json'; value: unknown } | { kind: 'dataset'; records: readonly AttackRecord[] };

/** What one element draws, in every form it offers: chart, words and table. */
export interface Figure {
  /** The chart for the theme it is drawn in; null when there is nothing to draw (the sentence is shown instead). */
  configure: Configure<'bar'> | Configure<'doughnut'> | Configure<'bar' | 'line'> | null;
  sentence: string;
  table: FigureTable;
  legend?: LegendItem[];
  headlines?: string[];
  notes?: string[];
  /** Height of the plot, a CSS length: it may use the size tokens, which CSS resolves without a script reading them. */
  height: string;
  /** Credit line; `url` only when it is https. */
  source?: { text: string; url?: string };
}

/** A plot height of `rows` rows of the size token `token` plus `extra` pixels (axes), for CSS to resolve. */
export const rowsHeight = (rows: number, token: string, fallback: number, extra: number): string =>
  `calc(${rows} * var(${token}, ${fallback}px) + ${extra}px)`;

/** Rows already parsed (`parseAttacksCsv(...).records`) given as `{ records }`. */
const isDataset = (v: unknown): v is { records: readonly AttackRecord[] } =>
  typeof v === 'object' && v !== null && Array.isArray((v as { records?: unknown }).records);

type Input = { from: 'none' } | { from: 'data'; value: unknown } | { from: 'src'; url: string };

let nextId = 0;

const isRings = (chart: { config: unknown }) => (chart.config as { type?: string }).type === 'doughnut';

/** A table row in words: "Drones: Launched 90, Downed 37, …". */
const rowText = (row: FigureRow, columns: string[]) => `${row.header}: ${row.cells.map((c, k) => `${columns[k + 1]} ${c}`).join(', ')}`;

/**
 * Row lists this library parsed or checked itself. Handed on as `{ records }` (the dashboard gives one to
 * each of its parts) they are taken as they are: checking 3,000 rows costs ~60 ms, once is enough.
 */
const checkedRecords = new WeakSet<readonly AttackRecord[]>();

/** Marks rows built by the library from checked input (e.g. `readReportsAsRecords`) as needing no second check. */
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
  /** The data point the pointer or the keyboard is on, and where its tooltip goes (canvas pixels). */
  @state() private pointed?: { index: number; x: number; y: number };

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
  /** The configuration last made from the figure, and what it was made from. */
  private configured?: { figure: Figure; theme: CanvasTheme; config: ChartConfiguration };

  protected readonly reducedMotion = new MediaQueryController(this, '(prefers-reduced-motion: reduce)');
  protected readonly theming = new ThemeController(this);
  protected readonly language = new LangController(this);

  protected readonly chartController = new ChartController(this, {
    canvas: () => this.renderRoot?.querySelector?.('canvas'),
    config: () => this.chartConfig(),
    eager: () => this.eager,
    onDraw: () => this.emit('strike-render', {}),
    onFail: (reason, error) => {
      if (reason === 'chart-failed') {
        this.fail(`The chart could not be drawn (${error instanceof Error ? error.message : String(error)}).`, []);
        return;
      }
      // Nothing to draw on, but the figures are fine: show them as words and a visible table, and say why.
      const message = 'This browser gives no 2D canvas to draw on; the figures are in the table.';
      if (this.figure) this.figure = { ...this.figure, configure: null, notes: [...(this.figure.notes ?? []), message] };
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
          warn(`${loaded.url}: ${warnings.length} ${warnings.length === 1 ? 'row' : 'rows'} with warnings (${warnings.slice(0, 3).map((w) => w.message).join('; ')}${warnings.length > 3 ? '; …' : ''})`);
        }
        this.accept({ kind: 'dataset', records });
        return;
      }
      const parsed = parseJson(loaded.text, 'src', `The file at ${loaded.url}`);
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

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (this.ownerDocument.defaultView === window) return super.createRenderRoot();
    const root = this.attachShadow((this.constructor as typeof LitElement).shadowRootOptions);
    this.adoptStylesHere(root);
    return root;
  }

  override connectedCallback(): void {
    // Moved into another document (an iframe's), the shadow root lost its style sheets.
    if (this.shadowRoot?.adoptedStyleSheets.length === 0) this.adoptStylesHere(this.shadowRoot);
    super.connectedCallback();
  }

  /** Adopts the styles into `root`, made by the window of the element's document: no other window's sheets are allowed. */
  private adoptStylesHere(root: ShadowRoot): void {
    const styles = (this.constructor as typeof LitElement).elementStyles;
    const view = this.ownerDocument.defaultView as (Window & typeof globalThis) | null;
    if (!view || view === window) {
      adoptStyles(root, styles);
      return;
    }
    const text = (s: CSSResultOrNative) => (s instanceof CSSStyleSheet ? [...s.cssRules].map((r) => r.cssText).join('\n') : s.cssText);
    root.adoptedStyleSheets = styles.map((s) => {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(text(s));
      return sheet;
    });
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

  /** The chart as a PNG image of the canvas's size (once a chart being built is drawn); null when nothing is drawn. */
  async toPNG(): Promise<Blob | null> {
    await this.chartSettled();
    const canvas = this.chartController.chart?.canvas;
    return canvas ? new Promise((resolve) => canvas.toBlob(resolve, 'image/png')) : null;
  }

  /**
   * Resolves once the element has rendered, its chart (if one is being built) is drawn and its table is whole.
   * @internal
   */
  async chartSettled(): Promise<void> {
    await this.updateComplete;
    await this.chartController.settled();
    await tableFilled(this.renderRoot);
  }

  /**
   * Builds this element's figure from the payload; returns the problems instead when the payload does not fit.
   * Called when the payload or the view key changes; subclasses keep expensive steps behind `payloadChanged`.
   */
  protected abstract prepare(payload: Payload): Figure | InputIssue[];

  /** Everything besides the payload and the theme tokens that the figure depends on; a change rebuilds the figure. */
  protected viewKey(): string {
    return [this.resolvedLocale, this.reducedMotion.matches].join('|');
  }

  /**
   * The chart's configuration for the figure shown and the theme tokens now; the same object while neither
   * changed. Called by the chart controller when it draws, after the elements of the batch rendered.
   */
  private chartConfig(): ChartConfiguration | null {
    const figure = this.problem ? undefined : this.figure;
    if (!figure?.configure) return null;
    const theme = this.theming.read();
    const last = this.configured;
    if (last?.figure === figure && last.theme === theme) return last.config;
    const config = figure.configure(theme) as ChartConfiguration;
    config.options = { ...config.options, onHover: this.onHover } as typeof config.options;
    this.configured = { figure, theme, config };
    return config;
  }

  /** The reader pressed Enter on the data point at `index` (a bar, a period); elements that select override it. */
  protected activate(_index: number): void {}

  /**
   * Arrow keys move through the data points (bars, periods, rings), showing the tooltip and announcing the
   * same figures as the table row through the live region; Home and End jump; Enter activates; Escape hides.
   */
  private onChartKey(event: KeyboardEvent): void {
    const chart = this.chartController.chart;
    if (!chart || !this.figure) return;
    const count = isRings(chart) ? chart.data.datasets.length : (chart.data.labels?.length ?? 0);
    if (count === 0) return;
    let i = this.pointed?.index ?? -1;
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
        this.point(-1);
        return;
      default:
        return;
    }
    event.preventDefault();
    this.point(i);
    const row = this.figure.table.rows[i];
    this.announcement = row ? rowText(row, this.figure.table.columns) : '';
  }

  /**
   * Points at a data point: highlights it and shows the HTML tooltip (the figures of its table row) at it;
   * -1 clears. Pointer hover and keys share it, so both show the same words.
   */
  private point(index: number): void {
    const chart = this.chartController.chart;
    if (!chart || index === this.pointed?.index) return;
    const rings = isRings(chart);
    const active =
      index < 0
        ? []
        : rings
          ? chart.getDatasetMeta(index).data.map((_el, i) => ({ datasetIndex: index, index: i }))
          : chart.data.datasets.map((_ds, datasetIndex) => ({ datasetIndex, index })).filter((a) => chart.getDatasetMeta(a.datasetIndex).data[index]);
    chart.setActiveElements(active);
    chart.update('none');
    const last = active[rings ? 0 : active.length - 1];
    const anchor = last && (chart.getDatasetMeta(last.datasetIndex).data[last.index] as unknown as { tooltipPosition(final: boolean): { x: number; y: number } });
    this.pointed = anchor ? { index, ...anchor.tooltipPosition(true) } : undefined;
  }

  /** Chart.js calls this on pointer moves over the chart area; leaving the canvas clears. */
  private readonly onHover = (_event: unknown, elements: { datasetIndex: number; index: number }[]): void => {
    const chart = this.chartController.chart;
    const hit = elements[0];
    this.point(!chart || !hit ? -1 : isRings(chart) ? hit.datasetIndex : hit.index);
  };

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
        this.pointed = undefined;
        if (Array.isArray(result)) this.fail(this.words.error(result.length), result);
        else this.figure = result;
      }
    } catch (error) {
      this.fail(`Unexpected failure: ${error instanceof Error ? error.message : String(error)}`, []);
    }
  }

  protected override updated(): void {
    this.placeTooltip();
    // A load ends in one event: strike-load when its data could be used, else strike-error saying why.
    const url = this.loadedUrl;
    this.loadedUrl = undefined;
    const error = this.errorToAnnounce;
    if (error) {
      this.errorToAnnounce = undefined;
      const more = error.issues.filter((i) => i.message !== error.message).map((i) => i.message);
      warn(`<${this.localName}> ${error.message}${more.length ? `: ${more.join('; ')}` : ''}`);
      this.emit('strike-error', error);
    } else if (url) this.emit('strike-load', { url });
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
        const parsed = parseJson(input.value, 'data', 'The data attribute');
        if (parsed.ok) this.accept({ kind: 'json', value: parsed.value });
        else this.fail(parsed.issue.message, [parsed.issue]);
      }
    }
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

  private readonly unpoint = () => this.point(-1);

  /** Hidden from screen readers: they hear the same row through the live region. */
  private renderTooltip(table: FigureTable): TemplateResult | typeof nothing {
    const row = this.pointed && table.rows[this.pointed.index];
    if (!row) return nothing;
    return html`<div part="tooltip" aria-hidden="true">
      <strong>${row.header}</strong>
      ${row.cells.map((c, k) => (c ? html`<div>${table.columns[k + 1]}: ${c}</div>` : nothing))}
    </div>`;
  }

  /**
   * Places the tooltip by CSSOM (CSP-safe) above its point, or below it when there is no room above (a tall
   * bar's top), kept inside the plot at the edges: it never covers what sits above the chart.
   */
  private placeTooltip(): void {
    const tip = this.renderRoot.querySelector<HTMLElement>('[part~="tooltip"]');
    const at = this.pointed;
    if (!tip || !at) return;
    const width = tip.parentElement?.clientWidth ?? 0;
    const shift = at.x < width * 0.25 ? '0%' : at.x > width * 0.75 ? '-100%' : '-50%';
    const above = at.y >= tip.offsetHeight + 8;
    tip.style.left = `${at.x}px`;
    tip.style.top = `${at.y}px`;
    tip.style.transform = `translate(${shift}, ${above ? 'calc(-100% - 8px)' : '8px'})`;
  }

  protected renderFigure(figure: Figure): TemplateResult {
    const tableId = `${this.uid}-table`;
    // Shown, a table wider than its box scrolls: the wrap is focusable then, so the keyboard can scroll it too.
    return html`${this.renderLead(figure)}
      ${figure.headlines?.length
        ? html`<ul part="headlines">
            ${figure.headlines.map((h) => html`<li>${h}</li>`)}
          </ul>`
        : nothing}
      ${figure.notes?.map((n) => html`<p part="note">⚠ ${n}</p>`) ?? nothing}
      ${figure.legend ? this.renderLegend(figure.legend) : nothing}
      ${figure.configure
        ? // A property, not the style attribute (nor styleMap, which first writes the attribute): CSP allows CSSOM writes.
          html`<div part="plot" .style=${`height: ${figure.height}`}>
            <canvas part="chart" role="img" tabindex="0" aria-label=${figure.sentence}
              @keydown=${this.onChartKey} @blur=${this.unpoint} @mouseleave=${this.unpoint}></canvas>
            ${this.renderTooltip(figure.table)}
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
      <div class="figure-wrap" tabindex=${this.showTable ? '0' : nothing}>${figureTable(figure.table, tableId)}</div>`;
  }

  private renderLegend(items: LegendItem[]): TemplateResult {
    return html`<ul part="legend">
      ${items.map((i) => html`<li><span class="swatch swatch-${i.key}" aria-hidden="true"></span>${i.label}</li>`)}
    </ul>`;
  }
}
