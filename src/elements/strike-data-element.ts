import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { InputController, type InputProblem, type Payload } from '../controllers/input-controller.js';
import { HydrationController } from '../controllers/hydration-controller.js';
import { LangController } from '../controllers/lang-controller.js';
import { DEFAULT_TIMEOUT_MS } from '../controllers/source-controller.js';
import { adoptStylesHere, StyleAdoptionController } from '../controllers/style-adoption-controller.js';
import type { InputIssue, InputWarning } from '../data/types.js';
import { formatFor, messagesFor, wordsLoading } from '../i18n/format.js';
import type { Format, Messages } from '../i18n/types.js';
import { base } from '../styles/base.js';
import { tokens } from '../styles/tokens.js';
import { tableToCsv, type CsvOptions, type FigureTable } from '../charts/table.js';
import type { ImageOptions } from './chart-image.js';
import { asOfTemplate, emptyTemplate, headingTemplate, loadingTemplate, problemTemplate, tableTemplate, warningsTemplate } from './templates.js';
import { Announcer } from './announcer.js';
import { tableFilled } from './figure-table.js';

/** What every figure is built from besides the element's own inputs: the payload and the language. */
export interface BaseInputs {
  payload: Payload;
  format: Format;
  words: Messages;
  heading: string | undefined;
}

type Events = 'strike-error' | 'strike-load' | 'strike-render' | 'strike-select';

/** Whether two input lists hold the same values, key by key. */
function sameInputs(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(b);
  return keys.length === Object.keys(a).length && keys.every((k) => Object.is(a[k], b[k]));
}

/**
 * What every strike-charts element shares: `data` / `data` attribute / `src` (the latest set wins), `locale`,
 * `theme`, `show-table`, `heading`, the error, warnings, loading and empty states and the events. Each element builds
 * its figure from inputs it declares (`figureInputs()`), as Lit's tasks declare their args: any change of
 * one, compared value by value, builds the figure again, so none can be forgotten.
 */
export abstract class StrikeDataElement<F, I extends object = object> extends LitElement {
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

  /** Level of the heading, 1–6 (`h1`–`h6`), to fit the page's outline; 2 by default (other values are read as 2). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Builds the chart at once, even while the element is far off screen. */
  @property({ type: Boolean }) eager = false;

  /** Seconds between checks of `src` for newer figures (a conditional request when the server gives an ETag or Last-Modified; at least 1); none by default. */
  @property({ type: Number }) refresh?: number;

  /** Milliseconds a `src` load may take, request to last byte, before it fails with a message; read as each load starts. */
  timeout = DEFAULT_TIMEOUT_MS;

  /** The figure shown, and the inputs it was built from. */
  @state() protected figure?: F;
  /** Why the payload gave no figure: an attribute or the data did not fit, or building failed. */
  @state() private figureProblem?: InputProblem;
  /** What building the figure read though odd (counts written as text); set with the figure. */
  private figureWarnings: readonly InputIssue[] = [];

  protected readonly uid = 'strike'; // Ids' prefix: the shadow root scopes them, so one for all, and the server's ids are the browser's.
  protected readonly language = new LangController(this);
  protected readonly intake = new InputController(this, {
    timeoutMs: () => this.timeout,
    refreshSeconds: () => this.refresh,
    problemsMessage: (count) => this.words.error(count),
    unreadableMessage: (problem, url) => this.words.reading.problem(problem, url, this.format),
  });

  private rawData: unknown;
  private rawSrc?: string;
  private builtFrom?: Record<string, unknown>;
  private readonly announcer = new Announcer(this.localName, (type, detail) => this.emit(type, detail));
  protected readonly styleAdoption = new StyleAdoptionController(this);
  private readonly hydration = new HydrationController(this);

  /** The figures to draw: an object in the element's JSON shape, or the same as JSON text. */
  get data(): unknown {
    return this.rawData;
  }
  set data(value: unknown) {
    const old = this.rawData;
    this.rawData = value;
    this.intake.setData(value);
    this.requestUpdate('data', old);
  }

  /** URL of a JSON file or a CSV in the public dataset's format (http or https only). */
  get src(): string | undefined {
    return this.rawSrc;
  }
  set src(value: string | undefined | null) {
    const old = this.rawSrc;
    this.rawSrc = value ?? undefined;
    this.intake.setSrc(this.rawSrc);
    this.requestUpdate('src', old);
  }

  /** The locale in use: `locale`, else the nearest `lang` attribute (across shadow roots), else the browser's; hydrating, the server's. */
  get resolvedLocale(): string {
    return this.hydration.serverLocale ?? this.language.resolve(this.locale);
  }

  protected get format(): Format {
    return formatFor(this.resolvedLocale);
  }

  protected get words(): Messages {
    return messagesFor(this.format.locale);
  }

  /** What the element shows instead of a figure, if anything. */
  protected get problem(): InputProblem | undefined {
    return this.intake.problem ?? this.figureProblem;
  }

  /** What `strike-error` reports: the problem shown instead of a figure (an element may add one its figure shows). */
  protected get reportedProblem(): InputProblem | undefined {
    return this.problem;
  }

  /** Rows skipped or odd in the data, and what the figure read though odd: shown with the figure, or with why there is none. */
  protected get warnings(): readonly InputWarning[] {
    return [...(this.intake.payload?.kind === 'dataset' ? this.intake.payload.warnings : []), ...this.figureWarnings];
  }

  /** The figures as CSV; empty when none are shown. */
  abstract toCSV(options?: CsvOptions): string;

  /** The figures as a PNG image; null when nothing is shown. */
  abstract toPNG(options?: ImageOptions): Promise<Blob | null>;

  /**
   * Resolves once the element has rendered, its chart (if one is being built) is drawn and its table is whole.
   * @internal
   */
  async chartSettled(): Promise<void> {
    await this.updateComplete;
    await this.drawn();
    await tableFilled(this.renderRoot);
  }

  /** Resolves once what the element draws after rendering (its chart) is drawn. */
  protected async drawn(): Promise<void> {}

  /** Every value besides the base inputs that the figure is built from; read before each update. */
  protected abstract figureInputs(): I;

  /**
   * The figure of these inputs, or the problems that keep the payload from being drawn; what it read though
   * odd (a valid input's `issues`) goes to `warnings`. Reads nothing else.
   */
  protected abstract buildFigure(inputs: I & BaseInputs, warnings: InputIssue[]): F | InputIssue[];

  /** What the figure shows, below the heading. */
  protected abstract renderFigure(figure: F): TemplateResult;

  /** The figure was replaced (or removed): subclasses drop what they kept of the old one. */
  protected figureChanged(): void {}

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (this.ownerDocument.defaultView === window) return super.createRenderRoot();
    const root = this.attachShadow((this.constructor as typeof LitElement).shadowRootOptions);
    adoptStylesHere(this, root);
    return root;
  }

  /** Waits for words not loaded yet (Ukrainian comes on first use): no English shown as if final meanwhile. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return wordsLoading(this.format.locale)?.then(() => super.scheduleUpdate()) ?? super.scheduleUpdate();
  }

  protected override willUpdate(): void {
    try {
      if (this.intake.take()) this.builtFrom = undefined;
      const payload = this.intake.payload;
      if (!payload) return this.setFigure(undefined, undefined, []);
      const format = this.format;
      const inputs = { ...this.figureInputs(), payload, format, words: messagesFor(format.locale), heading: this.heading };
      if (this.builtFrom && sameInputs(this.builtFrom, inputs)) return;
      this.builtFrom = inputs;
      const warnings: InputIssue[] = [];
      const built = this.buildFigure(inputs, warnings);
      if (Array.isArray(built)) this.setFigure(undefined, { message: inputs.words.error(built.length), issues: built }, warnings);
      else this.setFigure(built, undefined, warnings);
    } catch (error) {
      this.setFigure(undefined, { message: `Unexpected failure: ${error instanceof Error ? error.message : String(error)}`, issues: [] }, []);
    }
  }

  protected override updated(): void {
    this.announcer.announce(this.intake.takeLoadedUrl(), this.reportedProblem, this.warnings, this.figureWarnings);
  }

  protected emit<K extends Events>(type: K, detail: GlobalEventHandlersEventMap[K]['detail']): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  /** Replaces what is shown: a figure, or a problem instead, and what building it read though odd. */
  protected setFigure(figure: F | undefined, problem: InputProblem | undefined, warnings = this.figureWarnings): void {
    this.figureWarnings = warnings;
    if (figure === this.figure && problem === this.figureProblem) return;
    this.figure = figure;
    this.figureProblem = problem;
    this.figureChanged();
  }

  /** The table of exact figures with the button that shows it. */
  protected renderTable(table: FigureTable): TemplateResult {
    return tableTemplate(table, `${this.uid}-table`, this.showTable, this.words, () => (this.showTable = !this.showTable));
  }

  /** The table as CSV while it is shown (no problem in the way); else empty. */
  protected csvOf(table: FigureTable | undefined, options?: CsvOptions): string {
    return table && !this.problem ? tableToCsv(table, options) : '';
  }

  protected override render(): TemplateResult {
    const problem = this.problem;
    const figure = problem ? undefined : this.figure;
    const loading = this.intake.loading;
    return html`<div part="base" lang=${this.format.locale}>
      ${headingTemplate(this.heading, this.headingLevel)} ${problem ? problemTemplate(problem) : nothing}
      ${warningsTemplate(this.warnings, this.words, this.format)}
      ${loading ? loadingTemplate(this.words, this.intake.progress) : nothing}
      ${!figure && !problem && !loading ? emptyTemplate(this.words) : nothing} ${figure ? this.renderFigure(figure) : nothing}
      ${this.refresh ? asOfTemplate(this.intake, this.words, this.format) : nothing}
    </div>`;
  }
}
