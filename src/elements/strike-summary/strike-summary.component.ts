import { html, nothing, type TemplateResult } from 'lit';
import type { CsvOptions } from '../../charts/table.js';
import { property } from 'lit/decorators.js';
import { attacksOf, windowContext } from '../../charts/attack-context.js';
import { namingKinds } from '../../charts/kind-names.js';
import { filterRecords } from '../../data/filters.js';
import { summaryView, windowLabel, type SummaryTile, type SummaryView } from '../../charts/summary.js';
import type { Period } from '../../data/calendar.js';
import { isRecord } from '../../data/check.js';
import { reportFigures, summaryFigures } from '../../data/compare.js';
import { bombsAllGuided } from '../../data/kinds.js';
import type { RateName } from '../../data/rates.js';
import type { InputIssue, WeaponKind } from '../../data/types.js';
import { validateReport } from '../../data/validate.js';
import { checkViewAttributes, listOf } from '../../data/view-attributes.js';
import { PayloadRecords } from '../payload-records.js';
import { StrikeDataElement, type BaseInputs } from '../strike-data-element.js';
import { tilesImage, type TilesImageOptions } from './strike-summary.image.js';
import { strikeSummaryStyles } from './strike-summary.styles.js';

interface SummaryInputs {
  period: Period | undefined;
  kind: string | undefined;
  from: string | undefined;
  to: string | undefined;
  rate: RateName;
}

/**
 * Headline figures of a report or a range of reports as tiles: launched, neutralized rate, downed, jammed,
 * and launched per weapon kind, each with its change against the previous period of the same length when
 * the data holds one ("+24 % on Oct 2024"). No chart: the tiles (`toPNG()` draws them), a sentence and a table.
 *
 * @summary Headline figures with their change on the previous period.
 *
 * @prop {StrikeReport | StrikeReport[] | { records: AttackRecord[] } | string} data - The figures: one report, a list of dated reports or dataset rows, as an object or as JSON text.
 *
 * @event strike-render - After each render of new figures.
 * @event strike-error - The data or an attribute could not be used; `detail.message` and `detail.issues` say why.
 * @event strike-load - A `src` URL was loaded and its data can be used (else `strike-error` says why, and no `strike-load` comes); `detail.url`, and `detail.warnings` (rows skipped or odd).
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart heading - The optional heading.
 * @csspart window - The line above the tiles: the period shown, and what changes are measured against.
 * @csspart context - With a dataset of earlier dates: the window's largest attack, its size class and records ("the largest since 9 July 2025").
 * @csspart tiles - A list of tiles: the headline figures, then (also `kinds`) launched per weapon kind.
 * @csspart tile - One tile; also `tile-launched`, `tile-neutralized-rate` (`tile-downed-rate` with `rate="downed"`), `tile-downed`, `tile-jammed`, `tile-kind-drone`, ….
 * @csspart tile-label - A tile's name.
 * @csspart tile-value - A tile's figure.
 * @csspart tile-detail - The line under a tile's figure.
 * @csspart tile-change - A tile's change; also `change-up`, `change-down` or `change-flat`.
 * @csspart table-toggle - The button that shows or hides the table.
 * @csspart table - The table of the figures, now and in the previous period (visually hidden unless `show-table`).
 * @csspart error - The error message (`role="alert"`).
 * @csspart warnings - The rows of the data skipped or kept with problems, and what was read though odd: a line ("3 rows skipped, 1 inconsistent") that opens the list of each, with its line and reason.
 * @csspart loading - The loading message while `src` loads.
 * @csspart progress - The progress bar while `src` loads.
 * @csspart empty - Shown while there is no data.
 * @csspart as-of - With `refresh`: when the figures were last loaded or checked, and why a check failed.
 * @csspart update-announcement - With `refresh`: the polite live region that says once when newer figures arrived.
 *
 * @cssproperty --strike-color-text - Figures and labels.
 * @cssproperty --strike-color-muted - Tile labels, details and changes.
 * @cssproperty --strike-color-surface - Background of the tiles.
 * @cssproperty --strike-color-border - Border of the tiles.
 * @cssproperty --strike-color-downed - Accent of the downed tile.
 * @cssproperty --strike-color-jammed - Accent of the jammed tile.
 * @cssproperty --strike-color-rate - Accent of the rate tile.
 * @cssproperty --strike-radius - Corner radius of the tiles.
 * @cssproperty --strike-space - Spacing between the tiles.
 * @cssproperty --strike-tile-min-width - Narrowest a tile gets before the tiles wrap (default 10.5rem).
 * @cssproperty --strike-tile-value-size - Font size of a tile's figure (default 1.625rem).
 */
export class StrikeSummary extends StrikeDataElement<SummaryView, SummaryInputs> {
  static override styles = [...StrikeDataElement.styles, strikeSummaryStyles];

  /** `day`, `week`, `month` or `year`: without `from`/`to`, the latest whole one is shown, against the one before. */
  @property({ reflect: true }) period?: Period;

  /** Weapon kinds to count, comma-separated (`drone,missile`); all when empty. */
  @property() kind?: string;

  /** First report date counted, `YYYY-MM-DD`. */
  @property() from?: string;

  /** Last report date counted, `YYYY-MM-DD`. */
  @property() to?: string;

  /** Which rate the rate tile, the kinds' tiles, the sentence and the table show: `neutralized` (downed or jammed, the default) or `downed`. */
  @property({ reflect: true }) rate: RateName = 'neutralized';

  private readonly rows = new PayloadRecords();
  private rendered?: SummaryView;

  protected override figureInputs(): SummaryInputs {
    return { period: this.period, kind: this.kind, from: this.from, to: this.to, rate: this.rate };
  }

  protected override buildFigure(inputs: SummaryInputs & BaseInputs, warnings: InputIssue[]): SummaryView | InputIssue[] {
    const { period, kind, from, to, rate, payload, format, words } = inputs;
    const issues = checkViewAttributes({ period, kind, from, to, rate });
    if (issues.length) return issues;
    // One report without a date has nothing to compare with: its figures alone.
    if (payload.kind === 'json' && isRecord(payload.value) && !payload.value.date) {
      const checked = validateReport(payload.value);
      if (!checked.ok) return checked.issues;
      warnings.push(...checked.issues);
      return summaryView(reportFigures(checked.value), format, words, rate);
    }
    const read = this.rows.read(payload, warnings);
    if ('issues' in read) return read.issues;
    const kinds = listOf(kind) as WeaponKind[];
    const figures = summaryFigures(read.records, { period, from, to, kinds });
    if (!figures) return [{ path: 'data', message: 'data: expected rows of the dataset, got none' }];
    const named = namingKinds(words, bombsAllGuided(read.records));
    // The window's largest attack among all the data's report dates, of the kinds counted.
    const attacks = attacksOf(kinds.length ? filterRecords(read.records, { kinds }) : read.records);
    const context = windowContext(attacks, figures.current, windowLabel(figures.current, format), format, named);
    return summaryView(figures, format, named, rate, context);
  }

  /**
   * The tiles as a PNG image for an article or a post, drawn from their layout on the page at `scale` (2) on
   * a solid `background` (the surface colour), with a small credit; `{ card: true }` makes it a 1200 x 630
   * share card. Null while there are none.
   */
  toPNG(options: TilesImageOptions = {}): Promise<Blob | null> {
    return this.figure && !this.problem ? tilesImage(this, this.renderRoot, this.words.credit, options) : Promise.resolve(null);
  }

  /** The figures, now and in the previous period, as CSV (rates as percentages unless `{ raw: true }`); empty while none are shown. */
  toCSV(options?: CsvOptions): string {
    return this.csvOf(this.figure?.table, options);
  }

  protected override updated(): void {
    super.updated();
    // No chart fires it: the tiles are drawn when they render.
    if (this.figure && !this.problem && this.figure !== this.rendered) {
      this.rendered = this.figure;
      this.emit('strike-render', {});
    }
  }

  protected override renderFigure(view: SummaryView): TemplateResult {
    const kinds = view.tiles.filter((t) => t.key.startsWith('kind-'));
    const main = view.tiles.filter((t) => !t.key.startsWith('kind-'));
    const tile = (t: SummaryTile) => html`<div part="tile tile-${t.key}">
      <dt part="tile-label">${t.label}</dt>
      <dd part="tile-value">${t.value}</dd>
      ${t.detail ? html`<dd part="tile-detail">${t.detail}</dd>` : nothing}
      ${t.change
        ? html`<dd part="tile-change change-${t.change.trend}" title=${t.change.text}>
            <span aria-hidden="true">${t.change.trend === 'up' ? '▲' : t.change.trend === 'down' ? '▼' : '●'}</span>
            ${t.change.value}
          </dd>`
        : nothing}
    </div>`;
    return html`<p part="window">
        <strong>${view.title}</strong>${view.previous ? html` · ${this.words.summary.versus(view.previous)}` : nothing}
      </p>
      ${view.context ? html`<p part="context">${view.context}</p>` : nothing}
      <dl part="tiles">
        ${main.map(tile)}
      </dl>
      ${kinds.length ? html`<dl part="tiles kinds">${kinds.map(tile)}</dl>` : nothing}
      <p part="summary">${view.sentence}</p>
      ${this.renderTable(view.table)}`;
  }
}
