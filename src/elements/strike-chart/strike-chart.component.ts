import { attackContext, attacksOf } from '../../charts/attack-context.js';
import { namingKinds } from '../../charts/kind-names.js';
import { strikeChartView, type StrikeChartVariant } from '../../charts/strike-chart.js';
import { isCalendarDate } from '../../data/calendar.js';
import { httpsUrl, isRecord } from '../../data/check.js';
import { bombsAllGuided } from '../../data/kinds.js';
import { reportForDate } from '../../data/aggregate.js';
import type { RateName } from '../../data/rates.js';
import { summarize } from '../../data/summarize.js';
import type { InputIssue, StrikeReport } from '../../data/types.js';
import { validateReport } from '../../data/validate.js';
import { checkViewAttributes } from '../../data/view-attributes.js';
import { property } from 'lit/decorators.js';
import type { Payload } from '../../controllers/input-controller.js';
import { WidthController } from '../../controllers/width-controller.js';
import { rowsHeight, StrikeElement, type ChartInputs, type Figure } from '../strike-element.js';
import { strikeChartStyles } from './strike-chart.styles.js';

interface StrikeChartInputs {
  variant: StrikeChartVariant;
  date: string | undefined;
  compact: boolean;
  rate: RateName;
}

/**
 * One strike's interception breakdown: a bar (or ring) per weapon entry, split into downed, jammed and
 * unaccounted (and still in the air, or not reported, where the figures have some), with the headline
 * figures, a source line and a table of the exact figures.
 *
 * @summary How one night's attack was intercepted, per weapon kind.
 *
 * @prop {StrikeReport | StrikeReport[] | { records: AttackRecord[] } | string} data - The figures: one report, a list of dated reports (`date` picks one) or dataset rows, as an object or as JSON text.
 *
 * @event strike-render - After each draw of the chart.
 * @event strike-error - The data could not be used; `detail.message` and `detail.issues` say why.
 * @event strike-load - A `src` URL was loaded and its data can be used (else `strike-error` says why, and no `strike-load` comes); `detail.url`, and `detail.warnings` (rows skipped or odd).
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart heading - The optional heading.
 * @csspart headlines - The headline figures per weapon entry.
 * @csspart legend - The HTML legend of downed / jammed / unaccounted.
 * @csspart plot - The box the canvas fills; its height follows the number of entries.
 * @csspart chart - The canvas (`role="img"`, labelled with the figures in a sentence).
 * @csspart note - A visible note on an inconsistent report.
 * @csspart source - The credit line, a link when the source URL is https.
 * @csspart table-toggle - The button that shows or hides the table.
 * @csspart table - The table of exact figures (visually hidden unless `show-table`).
 * @csspart live - The polite live region that announces the bar or ring the keyboard is on.
 * @csspart tooltip - The figures of the bar or ring the pointer or the keyboard is on (hidden from screen readers: they hear the live region).
 * @csspart error - The error message (`role="alert"`).
 * @csspart warnings - The rows of the data skipped or kept with problems, and what was read though odd: a line ("3 rows skipped, 1 inconsistent") that opens the list of each, with its line and reason.
 * @csspart loading - The loading message while `src` loads.
 * @csspart empty - Shown while there is no data.
 * @csspart as-of - With `refresh`: when the figures were last loaded or checked, and why a check failed.
 * @csspart update-announcement - With `refresh`: the polite live region that says once when newer figures arrived.
 *
 * @cssproperty --strike-color-downed - Fill of the downed part.
 * @cssproperty --strike-color-jammed - Fill of the jammed part.
 * @cssproperty --strike-color-unaccounted - Fill of the unaccounted part.
 * @cssproperty --strike-color-on-downed - Label text over the downed part.
 * @cssproperty --strike-color-on-jammed - Label text over the jammed part.
 * @cssproperty --strike-color-on-unaccounted - Label text over the unaccounted part.
 * @cssproperty --strike-color-still-attacking - Fill of the part still in the air when reported (shown only where there is some).
 * @cssproperty --strike-color-not-reported - Fill of the part whose outcome was not reported (shown only where there is some).
 * @cssproperty --strike-color-on-still-attacking - Label text over the part still in the air.
 * @cssproperty --strike-color-on-not-reported - Label text over the part not reported.
 * @cssproperty --strike-color-text - Text and axis labels.
 * @cssproperty --strike-color-muted - Secondary text (legend, source, caption).
 * @cssproperty --strike-color-background - Background of the element.
 * @cssproperty --strike-color-surface - Background of buttons.
 * @cssproperty --strike-color-border - Borders and table rules.
 * @cssproperty --strike-color-grid - Grid lines of the chart.
 * @cssproperty --strike-color-error - Accent of the error message.
 * @cssproperty --strike-color-note - Background of the inconsistency note.
 * @cssproperty --strike-color-focus - Focus ring.
 * @cssproperty --strike-font-family - Font of text and chart labels.
 * @cssproperty --strike-font-size - Base font size.
 * @cssproperty --strike-space - Base spacing.
 * @cssproperty --strike-radius - Corner radius.
 * @cssproperty --strike-bar-size - Height of one bar row.
 */
export class StrikeChart extends StrikeElement<StrikeChartInputs> {
  static override styles = [...StrikeElement.styles, strikeChartStyles];

  /** `bar` (horizontal bars) or `doughnut` (one ring per weapon entry). */
  @property({ reflect: true }) variant: StrikeChartVariant = 'bar';

  /** Report date (`YYYY-MM-DD`) to show when the data holds several reports or a CSV of the dataset. */
  @property() date?: string;

  /** Which rate the headlines and the sentence lead with: `neutralized` (downed or jammed, the default) or `downed`. */
  @property({ reflect: true }) rate: RateName = 'neutralized';

  private readonly width = new WidthController(this, 300);

  protected override chartInputs(): StrikeChartInputs {
    return { variant: this.variant, date: this.date, rate: this.rate, compact: this.width.narrow };
  }

  protected override buildFigure({ payload, variant: asked, date, rate, compact, format, words, animate }: ChartInputs<StrikeChartInputs>, warnings: InputIssue[]): Figure | InputIssue[] {
    const issues = checkViewAttributes({ rate });
    if (issues.length) return issues;
    const picked = pickReport(payload, date);
    if (Array.isArray(picked)) return picked;
    const checked = validateReport(picked);
    if (!checked.ok) return checked.issues;
    warnings.push(...checked.issues);
    const report: StrikeReport = checked.value;
    const variant: StrikeChartVariant = asked === 'doughnut' ? 'doughnut' : 'bar';
    // Kinds named from the rows given; a report given as JSON has no categories: its bombs are "Bombs" unless labelled.
    const named = payload.kind === 'dataset' ? namingKinds(words, bombsAllGuided(payload.records)) : words;
    // A date of a dataset with earlier dates is put in their context: its size class and records.
    const context = payload.kind === 'dataset' && report.date ? attackContext(attacksOf(payload.records), report.date, format, named) : undefined;
    const view = strikeChartView(summarize(report), variant, { format, words: named, animate, rate, compact, context });
    return {
      ...view,
      height: variant === 'doughnut' ? '300px' : rowsHeight(report.weapons.length * (compact ? 1.5 : 1), '--strike-bar-size', 44, 64),
      source: report.source ? { text: words.source(report.source.name, report.date, format), url: httpsUrl(report.source.url) } : undefined,
    };
  }
}

/**
 * One report out of what was given: the object itself; the one of `date` (else the last) in a list; or, from
 * dataset rows, that report date's rows summed by kind.
 */
function pickReport(payload: Payload, wanted: string | undefined): unknown {
  if (wanted && !isCalendarDate(wanted)) {
    return [{ path: 'date', message: `date: expected a date written YYYY-MM-DD, got ${JSON.stringify(wanted)}` }];
  }
  if (payload.kind === 'dataset') {
    const date = wanted || payload.records.reduce((latest, r) => (r.date > latest ? r.date : latest), '');
    if (!date) return [{ path: 'data', message: 'data: the dataset has no rows' }];
    const report = reportForDate(payload.records, date);
    return report.weapons.length > 0 ? report : [{ path: 'date', message: `date: no rows with the report date ${date} in the data` }];
  }
  const value = payload.value;
  if (!Array.isArray(value)) return value;
  if (value.length === 0) return [{ path: 'data', message: 'data: expected a report or a list of reports, got an empty list' }];
  const last = value.length - 1;
  // A list returned here would be taken for a list of issues.
  if (!wanted) return Array.isArray(value[last]) ? [{ path: `data[${last}]`, message: `data[${last}]: expected a report, got a list` }] : value[last];
  const found = value.find((r) => isRecord(r) && r.date === wanted);
  return found ?? [{ path: 'date', message: `date: no report dated ${wanted} in the data` }];
}
