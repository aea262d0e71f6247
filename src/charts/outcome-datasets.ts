import type { ChartDataset } from 'chart.js';
import type { Messages } from '../i18n/types.js';
import type { Palette } from './palette.js';
import { registerBars } from './register-bars.js';
import type { Segment } from './segments.js';

type OutcomeDataset = ChartDataset<'bar', (number | null)[]>;

/**
 * The stacked outcome bars (downed / jammed / unaccounted, and the `segments` shown besides), one dataset per
 * outcome with `value(outcome)` as its data, in the outcome's colour; `own` adds what differs from chart to
 * chart (bar widths, axis, order). Registers chart.js's bar pieces, which whatever draws them needs.
 */
export function outcomeDatasets<Own extends Partial<OutcomeDataset>>(
  words: Messages,
  palette: Palette,
  segments: readonly Segment[],
  value: (outcome: Segment) => (number | null)[],
  own: Own,
): (OutcomeDataset & Own)[] {
  registerBars();
  return segments.map((s) => ({
    label: words.segment[s],
    data: value(s),
    backgroundColor: palette[s],
    borderWidth: 0,
    stack: 'launched',
    ...own,
  }));
}
