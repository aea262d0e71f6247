import { nextPeriodKey, periodKey, periodRange, type Period } from './calendar.js';
import { rateOf, type RateName } from './rates.js';
import { sumTallies } from './summarize.js';
import type { StrikeReport, Tally } from './types.js';
import { partOfPeriod, type DateSpan, type PartialPeriod } from './windows.js';

/** One period of a timeline: its report, or null when nothing was reported in it (a gap, not zero). */
export interface SeriesPoint {
  key: string;
  report: StrikeReport | null;
  /** All entries of the report summed; null for a gap. */
  tally: Tally | null;
  /** Set when the covered dates hold only part of the period (the data or the range starts or ends inside it). */
  partial?: PartialPeriod;
}

/**
 * Reports in order with every period between the first and the last present, so missing ones show as gaps;
 * a period that `covered` (the dates the data and the range hold) does not hold whole is marked partial.
 */
export function periodSeries(reports: readonly StrikeReport[], period: Period, covered?: DateSpan): SeriesPoint[] {
  if (reports.length === 0) return [];
  const byKey = new Map(reports.map((r) => [r.period ?? periodKey(r.date ?? '', period), r]));
  const keys = [...byKey.keys()].sort();
  const last = keys[keys.length - 1];
  const points: SeriesPoint[] = [];
  for (let key = keys[0]; ; key = nextPeriodKey(key, period)) {
    const report = byKey.get(key) ?? null;
    const point: SeriesPoint = { key, report, tally: report ? sumTallies(report.weapons) : null };
    const partial = covered && partOfPeriod(periodRange(key), covered);
    if (partial) point.partial = partial;
    points.push(point);
    if (key >= last) break;
  }
  return points;
}

/**
 * The rate `rate` names (the neutralized rate unless asked) over the last `window` periods, weighted by
 * launched (a sum over a sum); null for a gap and where nothing was launched in the window.
 */
export function rollingRate(points: readonly SeriesPoint[], window: number, rate: RateName = 'neutralized'): (number | null)[] {
  const size = Math.max(1, Math.floor(window));
  return points.map((p, i) => {
    if (!p.tally) return null;
    const tallies = points.slice(Math.max(0, i - size + 1), i + 1).flatMap((q) => (q.tally ? [q.tally] : []));
    return rateOf(sumTallies(tallies), rate);
  });
}

/** The neutralized rate over the last `window` periods, weighted by launched: `rollingRate` of it. */
export const rollingNeutralizedRate = (points: readonly SeriesPoint[], window: number): (number | null)[] => rollingRate(points, window);
