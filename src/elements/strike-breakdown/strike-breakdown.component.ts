import { property } from 'lit/decorators.js';
import { breakdownView, type BreakdownGrouping } from '../../charts/breakdown.js';
import { filterRecords } from '../../data/filters.js';
import type { RateName } from '../../data/rates.js';
import { totalsBy } from '../../data/totals.js';
import type { InputIssue, WeaponKind } from '../../data/types.js';
import { checkViewAttributes, listOf } from '../../data/view-attributes.js';
import { PayloadRecords } from '../payload-records.js';
import { WidthController } from '../../controllers/width-controller.js';
import { rowsHeight, StrikeElement, type ChartInputs, type Figure } from '../strike-element.js';
import { strikeBreakdownStyles } from './strike-breakdown.styles.js';

const GROUPINGS: readonly BreakdownGrouping[] = ['category', 'model'];

interface BreakdownInputs {
  by: BreakdownGrouping;
  top: number;
  /** `top` as written, to name a value that is not a number. */
  topWritten: string | null;
  kind: string | undefined;
  from: string | undefined;
  to: string | undefined;
  /** Below 420 px the names go above the bars. */
  compact: boolean;
  rate: RateName;
}

/**
 * Launched per weapon category or model over a range of reports: one horizontal bar each, most launched
 * first, split into downed / jammed / unaccounted (and still in the air, or not reported, where some entry has
 * them) and labelled with launched and the neutralized rate (or, with `rate="downed"`, the downed rate).
 *
 * @summary Which weapons: launched and neutralized rate per category or model.
 *
 * @prop {StrikeReport[] | { records: AttackRecord[] } | string} data - The figures: a list of dated reports or dataset rows, as an object or as JSON text.
 *
 * @event strike-render - After each draw of the chart.
 * @event strike-error - The data or an attribute could not be used; `detail.message` and `detail.issues` say why.
 * @event strike-load - A `src` URL was loaded and its data can be used (else `strike-error` says why, and no `strike-load` comes); `detail.url`, and `detail.warnings` (rows skipped or odd).
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart heading - The optional heading.
 * @csspart legend - The HTML legend of downed / jammed / unaccounted.
 * @csspart plot - The box the canvas fills; its height follows the number of bars.
 * @csspart chart - The canvas (`role="img"`, labelled with the figures in a sentence).
 * @csspart live - The polite live region that announces the focused bar.
 * @csspart tooltip - The figures of the bar the pointer or the keyboard is on (hidden from screen readers: they hear the live region).
 * @csspart table-toggle - The button that shows or hides the table.
 * @csspart table - Every category or model with its exact figures (visually hidden unless `show-table`).
 * @csspart error - The error message (`role="alert"`).
 * @csspart warnings - The rows of the data skipped or kept with problems, and what was read though odd: a line ("3 rows skipped, 1 inconsistent") that opens the list of each, with its line and reason.
 * @csspart loading - The loading message while `src` loads.
 * @csspart progress - The progress bar while `src` loads.
 * @csspart empty - Shown while there is no data.
 * @csspart as-of - With `refresh`: when the figures were last loaded or checked, and why a check failed.
 * @csspart update-announcement - With `refresh`: the polite live region that says once when newer figures arrived.
 *
 * @cssproperty --strike-color-downed - Fill of the downed part.
 * @cssproperty --strike-color-jammed - Fill of the jammed part.
 * @cssproperty --strike-color-unaccounted - Fill of the unaccounted part.
 * @cssproperty --strike-color-still-attacking - Fill of the part still in the air when reported (shown only where there is some).
 * @cssproperty --strike-color-not-reported - Fill of the part whose outcome was not reported (shown only where there is some).
 * @cssproperty --strike-color-text - Labels.
 * @cssproperty --strike-color-grid - Grid lines.
 * @cssproperty --strike-breakdown-bar-size - Height of one bar row (default 30px).
 */
export class StrikeBreakdown extends StrikeElement<BreakdownInputs> {
  static override styles = [...StrikeElement.styles, strikeBreakdownStyles];

  /** `category` (strike drones, cruise missiles, …) or `model` (Shahed-136/131, Kalibr, …). */
  @property({ reflect: true }) by: BreakdownGrouping = 'category';

  /** Bars drawn at most, most launched first; the table lists them all. */
  @property({ type: Number }) top = 10;

  /** Weapon kinds to keep, comma-separated (`drone,missile`); all when empty. */
  @property() kind?: string;

  /** First report date counted, `YYYY-MM-DD`. */
  @property() from?: string;

  /** Last report date counted, `YYYY-MM-DD`. */
  @property() to?: string;

  /** Which rate the bar labels, the table and the sentence show: `neutralized` (downed or jammed, the default) or `downed`. */
  @property({ reflect: true }) rate: RateName = 'neutralized';

  private readonly rows = new PayloadRecords();
  private readonly width = new WidthController(this, 420);

  protected override chartInputs(): BreakdownInputs {
    const { by, top, kind, from, to, rate } = this;
    return { by, top, topWritten: this.getAttribute('top'), kind, from, to, compact: this.width.narrow, rate };
  }

  protected override buildFigure(inputs: ChartInputs<BreakdownInputs>, warnings: InputIssue[]): Figure | InputIssue[] {
    const { by, top, topWritten, kind, from, to, compact, rate } = inputs;
    const issues = checkViewAttributes({ kind, from, to, rate });
    if (!GROUPINGS.includes(by)) issues.push({ path: 'by', message: `by: expected one of ${GROUPINGS.join(', ')}, got ${JSON.stringify(by)}` });
    if (!Number.isFinite(top) || top < 1) issues.push({ path: 'top', message: `top: expected a whole number >= 1, got ${JSON.stringify(Number.isNaN(top) ? topWritten : top)}` });
    if (issues.length) return issues;
    const read = this.rows.read(inputs.payload, warnings);
    if ('issues' in read) return read.issues;
    const kept = filterRecords(read.records, { kinds: listOf(kind) as WeaponKind[], from, to });
    const { format, words, animate } = inputs;
    const view = breakdownView(totalsBy(kept, by), { format, words, animate, rate, by, top, compact, title: inputs.heading ?? words.breakdown.title[by] });
    // Compact rows are half as tall again: a name line above each bar.
    const height = rowsHeight(view.bars * (compact ? 1.5 : 1), '--strike-breakdown-bar-size', 30, 40);
    return { ...view, configure: view.bars ? view.configure : null, height };
  }
}
