import { nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { annotationMarkers, recordMarkers } from '../../charts/markers.js';
import { tonesOf } from '../../charts/sonify.js';
import { rowWords } from '../../charts/table.js';
import { AudioGraphController } from '../../controllers/audio-graph-controller.js';
import { soundTemplate } from './strike-timeline.sound.js';
import { timelineView } from '../../charts/timeline.js';
import { aggregate } from '../../data/aggregate.js';
import { readAnnotations, type AnnotationInput } from '../../data/annotations.js';
import type { Period } from '../../data/calendar.js';
import { filterRecords } from '../../data/filters.js';
import type { RateName } from '../../data/rates.js';
import { periodSeries, type SeriesPoint } from '../../data/series.js';
import type { InputIssue, StrikeReport, WeaponCategory, WeaponKind } from '../../data/types.js';
import { checkViewAttributes, listOf } from '../../data/view-attributes.js';
import { coveredSpan } from '../../data/windows.js';
import { WidthController } from '../../controllers/width-controller.js';
import { PayloadRecords } from '../payload-records.js';
import { StrikeElement, type ChartInputs, type Figure } from '../strike-element.js';
import { strikeTimelineStyles } from './strike-timeline.styles.js';

interface TimelineInputs {
  period: Period;
  kind: string | undefined;
  category: string | undefined;
  from: string | undefined;
  to: string | undefined;
  rolling: number;
  selected: string | undefined;
  compact: boolean;
  rate: RateName;
  annotations: AnnotationInput[] | string | undefined;
}

/**
 * Reports over time: per period, stacked bars of downed / jammed / unaccounted (and still in the air, or not
 * reported, where some period has them) and a line of the neutralized rate (or, with `rate="downed"`, the
 * downed rate) on a 0–100 % axis. Reads the public dataset's CSV (`src`) or a list of dated reports. A period
 * the data or the range holds only in part is outlined dashed and says how many of its days it holds; it is
 * never ranked.
 *
 * @summary Interception over time, per day, week, month or year.
 *
 * @prop {StrikeReport[] | { records: AttackRecord[] } | string} data - The figures: a list of dated reports or dataset rows, as an object or as JSON text.
 *
 * @event strike-select - The reader picked a period (click, or Enter on the focused chart); `detail.period` and `detail.report`.
 * @event strike-render - After each draw of the chart.
 * @event strike-error - The data or an attribute could not be used; `detail.message` and `detail.issues` say why.
 * @event strike-load - A `src` URL was loaded and its data can be used (else `strike-error` says why, and no `strike-load` comes); `detail.url`, and `detail.warnings` (rows skipped or odd).
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart heading - The optional heading.
 * @csspart legend - The HTML legend.
 * @csspart plot - The box the canvas fills.
 * @csspart chart - The canvas (`role="img"`, labelled with the figures in a sentence).
 * @csspart table-toggle - The button that shows or hides the table.
 * @csspart table - The table of exact figures per period (visually hidden unless `show-table`).
 * @csspart error - The error message (`role="alert"`).
 * @csspart warnings - The rows of the data skipped or kept with problems, and what was read though odd: a line ("3 rows skipped, 1 inconsistent") that opens the list of each, with its line and reason.
 * @csspart loading - The loading message while `src` loads.
 * @csspart empty - Shown while there is no data.
 * @csspart as-of - With `refresh`: when the figures were last loaded or checked, and why a check failed.
 * @csspart update-announcement - With `refresh`: the polite live region that says once when newer figures arrived.
 * @csspart live - The polite live region that announces the focused period.
 * @csspart sound - The audio graph: its button and what it says as it plays.
 * @csspart play - The button that plays launched per period as tones (Space plays and pauses, the arrows step, Escape stops).
 * @csspart sound-status - The polite live region that says where the audio graph is.
 * @csspart tooltip - The figures of the period the pointer or the keyboard is on (hidden from screen readers: they hear the live region).
 *
 * @cssproperty --strike-color-downed - Fill of the downed bars.
 * @cssproperty --strike-color-jammed - Fill of the jammed bars.
 * @cssproperty --strike-color-unaccounted - Fill of the unaccounted bars.
 * @cssproperty --strike-color-still-attacking - Fill of the bars still in the air when reported (shown only where there is some).
 * @cssproperty --strike-color-not-reported - Fill of the bars whose outcome was not reported (shown only where there is some).
 * @cssproperty --strike-color-rate - The rate line.
 * @cssproperty --strike-color-text - Text and axis labels.
 * @cssproperty --strike-color-muted - Secondary text.
 * @cssproperty --strike-color-background - Background of the element.
 * @cssproperty --strike-color-grid - Grid lines.
 * @cssproperty --strike-timeline-height - Height of the plot (default 320px).
 */
export class StrikeTimeline extends StrikeElement<TimelineInputs> {
  static override styles = [...StrikeElement.styles, strikeTimelineStyles];

  /** `day`, `week` (ISO weeks), `month` or `year`. */
  @property({ reflect: true }) period: Period = 'month';

  /** Weapon kinds to keep, comma-separated (`drone,missile`); all when empty. */
  @property() kind?: string;

  /** Weapon categories to keep, comma-separated (`strike-drone,ballistic`); all when empty. */
  @property() category?: string;

  /** First report date shown, `YYYY-MM-DD`. */
  @property() from?: string;

  /** Last report date shown, `YYYY-MM-DD`. */
  @property() to?: string;

  /** Periods in a rolling mean of the rate line, weighted by launched; 1 (the default) for none. */
  @property({ type: Number }) rolling = 1;

  /** Key of a period to mark as selected (`2024-11`, `2024-W46`), e.g. the one the reader picked last. */
  @property() selected?: string;

  /** Which rate the line, its axis and the words show: `neutralized` (downed or jammed, the default) or `downed`. */
  @property({ reflect: true }) rate: RateName = 'neutralized';

  /**
   * Notes on the timeline: a list, or the same as JSON text, of `{ date, label }` or `{ from, to, label }` (dates
   * `YYYY-MM-DD`). Each is drawn on the period its date falls in (a band over a range's periods), listed in the
   * table's Annotations column, said in the sentence, and reached with `n` / `N` on the focused chart.
   */
  @property({ converter: { fromAttribute: (v: string | null) => v } }) annotations?: AnnotationInput[] | string;

  private readonly rows = new PayloadRecords();
  private readonly width = new WidthController(this, 260);
  private points: SeriesPoint[] = [];
  /** The audio graph: launched per period as tones, from the Play button. */
  protected readonly sound = new AudioGraphController(this, {
    tones: () => tonesOf(this.points.map((p) => p.tally?.launched ?? null)),
    say: (index) => this.spoken(index),
  });

  protected override chartInputs(): TimelineInputs {
    const { period, kind, category, from, to, rolling, selected, rate, annotations } = this;
    return { period, kind, category, from, to, rolling, selected, rate, annotations, compact: this.width.narrow };
  }

  protected override buildFigure(inputs: ChartInputs<TimelineInputs>, warnings: InputIssue[]): Figure | InputIssue[] {
    const { period, kind, category, from, to, rolling, selected, rate, compact } = inputs;
    const issues = checkViewAttributes({ period, kind, category, from, to, rate });
    if (!Number.isFinite(rolling) || rolling < 1) {
      issues.push({ path: 'rolling', message: `rolling: expected a whole number >= 1, got ${JSON.stringify(rolling)}` });
    }
    const noted = readAnnotations(inputs.annotations);
    if ('issues' in noted) issues.push(...noted.issues);
    if (issues.length) return issues;
    const read = this.rows.read(inputs.payload, warnings);
    if ('issues' in read) return read.issues;
    const kinds = listOf(kind) as WeaponKind[];
    const categories = listOf(category) as WeaponCategory[];
    const kept = filterRecords(read.records, { kinds, categories, from, to });
    // The data's own span, before the filters: a kind left out does not make a period partial.
    this.points = periodSeries(aggregate(kept, { period }), period, read.span ? coveredSpan(read.span, from, to) : undefined);
    const { format, words, animate } = inputs;
    const onSelect = (index: number) => this.select(index);
    const keys = this.points.map((p) => p.key);
    // The page's annotations, and the largest attack shown, which the marker keys reach too.
    const markers = [...('annotations' in noted ? annotationMarkers(noted.annotations, keys, period) : []), ...recordMarkers(kept, keys, period, format, words)];
    const view = timelineView(this.points, { format, words, animate, rate, period, rolling, onSelect, selected, compact, markers });
    return { ...view, height: 'var(--strike-timeline-height, 320px)', configure: this.points.length ? view.configure : null };
  }

  protected override renderLead(): TemplateResult | typeof nothing {
    return this.points.length ? soundTemplate(this.sound, this.words.audio, this.ends(), `${this.uid}-sound`) : nothing;
  }

  /** The first and last periods' names. */
  private ends(): [string, string] {
    const f = this.format;
    return [f.period(this.points[0].key), f.period(this.points[this.points.length - 1].key)];
  }

  /** What the audio graph says at step `index`: the period's row, or that playing started (-1) or ended. */
  private spoken(index: number): string {
    const table = this.figure?.table;
    if (index < 0) return this.words.audio.playing(...this.ends());
    if (index >= this.points.length || !table?.rows[index]) return this.words.audio.ended;
    return rowWords(table.rows[index], table.columns);
  }

  /** The point the keyboard or a click picked: announce it, and tell the page. */
  protected override activate(index: number): void {
    this.select(index);
  }

  private select(index: number): void {
    const point = this.points[index];
    if (!point) return;
    const report: StrikeReport = point.report ?? { period: point.key, weapons: [] };
    this.emit('strike-select', { period: point.key, report });
  }
}
