import { property } from 'lit/decorators.js';
import { breakdownView, type BreakdownGrouping } from '../../charts/breakdown.js';
import { checkViewAttributes, listOf } from '../../data/filters.js';
import { filterRecords } from '../../data/series.js';
import { totalsBy } from '../../data/totals.js';
import type { InputIssue, WeaponKind } from '../../data/types.js';
import { PayloadRecords } from '../payload-records.js';
import { rowsHeight, StrikeElement, type Figure, type Payload } from '../strike-element.js';
import { strikeBreakdownStyles } from './strike-breakdown.styles.js';

const GROUPINGS: readonly BreakdownGrouping[] = ['category', 'model'];

/**
 * Launched per weapon category or model over a range of reports: one horizontal bar each, most launched
 * first, split into downed / jammed / unaccounted and labelled with launched and the neutralized rate.
 *
 * @summary Which weapons: launched and neutralized rate per category or model.
 *
 * @event strike-render - After each draw of the chart.
 * @event strike-error - The data or an attribute could not be used; `detail.message` and `detail.issues` say why.
 * @event strike-load - A `src` URL was loaded and its data can be used (else `strike-error` says why, and no `strike-load` comes).
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
 * @csspart loading - The loading message while `src` loads.
 * @csspart progress - The progress bar while `src` loads.
 * @csspart empty - Shown while there is no data.
 *
 * @cssproperty --strike-color-downed - Fill of the downed part.
 * @cssproperty --strike-color-jammed - Fill of the jammed part.
 * @cssproperty --strike-color-unaccounted - Fill of the unaccounted part.
 * @cssproperty --strike-color-text - Labels.
 * @cssproperty --strike-color-grid - Grid lines.
 * @cssproperty --strike-breakdown-bar-size - Height of one bar row (default 30px).
 */
export class StrikeBreakdown extends StrikeElement {
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

  private readonly rows = new PayloadRecords();
  private narrow = false;
  private resizeWatch?: ResizeObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    try {
      // Crossing 420 px moves the names between the axis and the bars.
      // A frame later: an update inside the observer's callback would resize what it observes.
      this.resizeWatch = new ResizeObserver(() =>
        requestAnimationFrame(() => {
          if (this.isConnected && this.clientWidth < 420 !== this.narrow) this.requestUpdate();
        }),
      );
      this.resizeWatch.observe(this);
    } catch {
      // Without ResizeObserver the names stay where the first width put them.
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeWatch?.disconnect();
  }

  protected override viewKey(): string {
    return [super.viewKey(), this.by, this.top, this.kind, this.from, this.to, this.clientWidth < 420].join('|');
  }

  protected override prepare(payload: Payload): Figure | InputIssue[] {
    const issues = checkViewAttributes({ kind: this.kind, from: this.from, to: this.to });
    if (!GROUPINGS.includes(this.by)) issues.push({ path: 'by', message: `by: expected one of ${GROUPINGS.join(', ')}, got ${JSON.stringify(this.by)}` });
    if (!Number.isFinite(this.top) || this.top < 1) issues.push({ path: 'top', message: `top: expected a whole number >= 1, got ${JSON.stringify(this.top)}` });
    if (issues.length) return issues;
    const read = this.rows.read(payload);
    if ('issues' in read) return read.issues;
    const kept = filterRecords(read.records, { kinds: listOf(this.kind) as WeaponKind[], from: this.from, to: this.to });
    // Below 420 px the names go above the bars; the width is read as the figure is built.
    const compact = this.clientWidth > 0 && this.clientWidth < 420;
    this.narrow = this.clientWidth < 420;
    const view = breakdownView(totalsBy(kept, this.by), {
      format: this.format,
      words: this.words,
      animate: this.motionAllowed,
      by: this.by,
      top: this.top,
      compact,
      title: this.heading ?? this.words.breakdown.title[this.by],
    });
    // Compact rows are half as tall again: a name line above each bar.
    const height = rowsHeight(view.bars * (compact ? 1.5 : 1), '--strike-breakdown-bar-size', 30, 40);
    return { ...view, configure: view.bars ? view.configure : null, height };
  }
}
