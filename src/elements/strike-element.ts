import type { ChartConfiguration } from 'chart.js';
import type { CsvOptions } from '../charts/table.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { CanvasTheme } from '../charts/palette.js';
import type { Configure, LegendItem } from '../charts/strike-chart.js';
import type { FigureTable } from '../charts/table.js';
import type { KeyTargets } from '../charts/markers.js';
import { ChartController } from '../controllers/chart-controller.js';
import { MediaQueryController } from '../controllers/media-query-controller.js';
import { PointerController } from '../controllers/pointer-controller.js';
import { ThemeController } from '../controllers/theme-controller.js';
import { warn } from '../data/warn.js';
import { StrikeDataElement, type BaseInputs } from './strike-data-element.js';
import { chartImage, type ImageOptions, type ImageText } from './chart-image.js';
import { legendTemplate, sourceTemplate, tooltipTemplate } from './templates.js';


/** What one chart element draws, in every form it offers: chart, words and table. */
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
  /** Where the keyboard's marker and highest-period keys go, on a chart that has them. */
  keyTargets?: KeyTargets;
  /** Credit line; `url` only when it is https. */
  source?: { text: string; url?: string };
}

/** What a chart's figure is built from: its own inputs `I`, the base ones, and whether it may animate. */
export type ChartInputs<I extends object = object> = I & BaseInputs & { animate: boolean };

/** A plot height of `rows` rows of the size token `token` plus `extra` pixels (axes), for CSS to resolve. */
export const rowsHeight = (rows: number, token: string, fallback: number, extra: number): string =>
  `calc(${rows} * var(${token}, ${fallback}px) + ${extra}px)`;

const NO_CANVAS = 'This browser gives no 2D canvas to draw on; the figures are in the table.';

/**
 * An element that draws its figure as a chart: the accessible canvas (a sentence as its label, the keyboard
 * and pointer moving through its data points), the legend, source line and the table of exact figures.
 */
export abstract class StrikeElement<I extends object = object> extends StrikeDataElement<Figure, I & { animate: boolean }> {
  protected readonly reducedMotion = new MediaQueryController(this, '(prefers-reduced-motion: reduce)');
  protected readonly theming = new ThemeController(this);

  protected readonly chartController = new ChartController(this, {
    canvas: () => this.renderRoot?.querySelector?.('canvas'),
    config: () => this.chartConfig(),
    eager: () => this.eager,
    onDraw: () => this.emit('strike-render', {}),
    onFail: (reason, error) => {
      if (reason === 'chart-failed') {
        this.setFigure(undefined, { message: `The chart could not be drawn (${error instanceof Error ? error.message : String(error)}).`, issues: [] });
        return;
      }
      // Nothing to draw on, but the figures are fine: show them as words and a visible table, and say why.
      if (this.figure) this.setFigure({ ...this.figure, configure: null, notes: [...(this.figure.notes ?? []), NO_CANVAS] }, undefined);
      this.showTable = true;
      warn(`<${this.localName}> ${NO_CANVAS}`);
    },
  });

  protected readonly pointer = new PointerController(this, {
    chart: () => this.chartController.chart,
    table: () => this.figure?.table,
    activate: (index) => this.activate(index),
    targets: () => this.figure?.keyTargets,
  });

  /** The configuration last made from the figure, and what it was made from. */
  private configured?: { figure: Figure; theme: CanvasTheme; config: ChartConfiguration };

  /** The chart's own inputs, with whether it may animate (never under prefers-reduced-motion). */
  protected override figureInputs(): I & { animate: boolean } {
    return { ...this.chartInputs(), animate: !this.reducedMotion.matches };
  }

  /** Every value besides the base inputs that this chart's figure is built from. */
  protected abstract chartInputs(): I;

  /**
   * The figures behind the chart as CSV (a header row, then one row per table row), rates as percentages with
   * one decimal (`{ raw: true }`: as shares of 1); empty when none are shown.
   */
  toCSV(options?: CsvOptions): string {
    return this.csvOf(this.figure?.table, options);
  }

  /**
   * The chart as an image to post as it is: heading, legend, the chart, the source and as-of lines and a small
   * credit, on a solid background, at `scale` (2) in the `theme` asked for (light); null when nothing is drawn.
   */
  async toPNG(options: ImageOptions = {}): Promise<Blob | null> {
    await this.chartSettled();
    const { chart } = this.chartController;
    const figure = this.problem ? undefined : this.figure;
    if (!chart || !figure?.configure) return null;
    const words = this.words;
    const text: ImageText = {
      heading: options.heading ?? this.heading,
      legend: figure.legend,
      source: figure.source?.text,
      asOf: this.renderRoot.querySelector('[part~="as-of"]')?.textContent?.trim() || undefined,
      credit: words.credit,
    };
    const configure = figure.configure as (theme: CanvasTheme) => ChartConfiguration;
    return chartImage(this, configure, { width: chart.width, height: chart.height }, text, this.theming.read(), options);
  }

  protected override drawn(): Promise<void> {
    return this.chartController.settled();
  }

  protected override figureChanged(): void {
    this.pointer.forget();
  }

  /** The reader pressed Enter on the data point at `index` (a bar, a period); elements that select override it. */
  protected activate(_index: number): void {}

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
    config.options = { ...config.options, onHover: this.pointer.onHover } as typeof config.options;
    this.configured = { figure, theme, config };
    return config;
  }

  /** Extra content above the plot (controls). */
  protected renderLead(_figure: Figure): TemplateResult | typeof nothing {
    return nothing;
  }

  protected renderFigure(figure: Figure): TemplateResult {
    const p = this.pointer;
    return html`${this.renderLead(figure)}
      ${figure.headlines?.length
        ? html`<ul part="headlines">
            ${figure.headlines.map((h) => html`<li>${h}</li>`)}
          </ul>`
        : nothing}
      ${figure.notes?.map((n) => html`<p part="note">⚠ ${n}</p>`) ?? nothing} ${figure.legend ? legendTemplate(figure.legend) : nothing}
      ${figure.configure
        ? // A property, not the style attribute (nor styleMap, which first writes the attribute): CSP allows CSSOM writes.
          html`<div part="plot" .style=${`height: ${figure.height}`}>
              <canvas part="chart" role="img" tabindex="0" aria-label=${figure.sentence}
                @keydown=${p.onKey} @blur=${p.clear} @mouseleave=${p.clear}></canvas>
              ${tooltipTemplate(figure.table, p.pointed)}
            </div>
            <div part="live" class="visually-hidden" aria-live="polite">${p.announcement}</div>`
        : html`<p part="summary">${figure.sentence}</p>`}
      ${sourceTemplate(figure.source)}
      ${this.renderTable(figure.table)}`;
  }
}
