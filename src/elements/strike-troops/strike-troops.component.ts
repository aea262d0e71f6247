import { troopsView } from '../../charts/troops.js';
import { WidthController } from '../../controllers/width-controller.js';
import { validateTroops } from '../../data/troops.js';
import type { InputIssue } from '../../data/types.js';
import { rowsHeight, StrikeElement, type ChartInputs, type Figure } from '../strike-element.js';
import { strikeTroopsStyles } from './strike-troops.styles.js';

/**
 * Troop figures side by side, one horizontal bar each, drawn as sure as they are: a "more than" bar runs on
 * in a fading arrow, a "fewer than" bar fades to an open end, a range shows its interval, and every figure is
 * written in words beside its bar. Two figures also get their ratio, worded as honestly as the bounds allow.
 *
 * @summary Comparison bars for counts known only roughly ("more than 10,000", "about 50,000").
 *
 * @prop {TroopComparison | string} data - The figures: a troop comparison, as an object or as JSON text.
 *
 * @event strike-render - After each draw of the chart.
 * @event strike-error - The data could not be used; `detail.message` and `detail.issues` say why.
 * @event strike-load - A `src` URL was loaded and its data can be used (else `strike-error` says why, and no `strike-load` comes); `detail.url`, and `detail.warnings` (rows skipped or odd).
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart heading - The optional heading.
 * @csspart headlines - The ratio of the two figures, when there are two.
 * @csspart plot - The box the canvas fills; its height follows the number of figures.
 * @csspart chart - The canvas (`role="img"`, labelled with the figures in a sentence).
 * @csspart live - The polite live region that announces the bar the keyboard is on.
 * @csspart tooltip - The figures of the bar the pointer or the keyboard is on (hidden from screen readers: they hear the live region).
 * @csspart source - The footnote naming each figure's source.
 * @csspart table-toggle - The button that shows or hides the table.
 * @csspart table - The table of the figures and their sources (visually hidden unless `show-table`).
 * @csspart error - The error message (`role="alert"`).
 * @csspart warnings - The rows of the data skipped or kept with problems, and what was read though odd: a line ("3 rows skipped, 1 inconsistent") that opens the list of each, with its line and reason.
 * @csspart loading - The loading message while `src` loads.
 * @csspart empty - Shown while there is no data.
 * @csspart as-of - With `refresh`: when the figures were last loaded or checked, and why a check failed.
 * @csspart update-announcement - With `refresh`: the polite live region that says once when newer figures arrived.
 *
 * @cssproperty --strike-color-troops - Fill of the bars; defaults to `--strike-color-downed`.
 * @cssproperty --strike-color-on-troops - Text written over a bar when it does not fit beside it.
 * @cssproperty --strike-color-text - Text, axis labels and range whiskers.
 * @cssproperty --strike-color-muted - Secondary text (source, caption).
 * @cssproperty --strike-color-background - Background of the element.
 * @cssproperty --strike-color-surface - Background of buttons.
 * @cssproperty --strike-color-border - Borders and table rules.
 * @cssproperty --strike-color-grid - Grid lines of the chart.
 * @cssproperty --strike-color-error - Accent of the error message.
 * @cssproperty --strike-color-focus - Focus ring.
 * @cssproperty --strike-font-family - Font of text and chart labels.
 * @cssproperty --strike-font-size - Base font size.
 * @cssproperty --strike-space - Base spacing.
 * @cssproperty --strike-radius - Corner radius.
 * @cssproperty --strike-bar-size - Height of one bar row.
 */
export class StrikeTroops extends StrikeElement<{ compact: boolean }> {
  static override styles = [...StrikeElement.styles, strikeTroopsStyles];

  private readonly width = new WidthController(this, 420);

  protected override chartInputs() {
    return { compact: this.width.narrow };
  }

  protected override buildFigure({ payload, format, words, animate, compact }: ChartInputs<{ compact: boolean }>, warnings: InputIssue[]): Figure | InputIssue[] {
    if (payload.kind !== 'json') {
      return [{ path: 'src', message: 'src: expected troop figures as JSON, got a CSV of strike reports' }];
    }
    const checked = validateTroops(payload.value);
    if (!checked.ok) return checked.issues;
    warnings.push(...checked.issues);
    const comparison = checked.value;
    const view = troopsView(comparison, { format, words, animate, compact });
    const rows = comparison.figures.length * (compact ? 2 : 1);
    return { ...view, height: rowsHeight(rows, '--strike-bar-size', 44, comparison.unit ? 84 : 64) };
  }
}
