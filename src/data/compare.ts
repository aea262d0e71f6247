import { filterRecords } from './filters.js';
import { summarizeTally, sumTallies, type TallySummary } from './summarize.js';
import { totalsBy } from './totals.js';
import { WEAPON_KINDS, type AttackRecord, type StrikeReport, type WeaponKind } from './types.js';
import { currentWindow, dateSpan, previousWindow, type DateSpan, type DateWindow, type WindowOptions } from './windows.js';

/** Relative change from `before` to `now` (0.24 for +24 %); null when `before` is 0, which has no ratio. */
export const relativeChange = (now: number, before: number): number | null => (before === 0 ? null : (now - before) / before);

/** Change of a rate in points of share (0.03 for +3 points); null when either rate is missing. */
export const rateChange = (now: number | null, before: number | null): number | null =>
  now === null || before === null ? null : now - before;

/**
 * Whether the figures that need every launched weapon's outcome (jammed, unaccounted, the neutralized rate)
 * can be compared between two windows: only when neither has a part not reported, whose outcome is unknown.
 */
export const outcomesComparable = (now: TallySummary, before: TallySummary | null | undefined): boolean =>
  before !== null && before !== undefined && now.notReported === 0 && before.notReported === 0;

export interface KindFigures {
  kind: WeaponKind;
  now: TallySummary;
  /** Null when there is no previous window. */
  before: TallySummary | null;
}

/** The figures of a summary: totals and per kind, now and in the previous window of the same length. */
export interface SummaryFigures {
  /** The first and last report dates in the data. */
  data: DateSpan;
  current: DateWindow;
  previous: DateWindow | null;
  now: TallySummary;
  before: TallySummary | null;
  kinds: KindFigures[];
}

/**
 * Totals of the window `o` picks, per kind and in all, beside those of the previous window of the same length
 * when the data covers it. The data's span comes from all records, before the kind filter, so a filter never
 * shortens what "covered" means. Null when there are no records.
 */
export function summaryFigures(
  records: readonly AttackRecord[],
  o: WindowOptions & { kinds?: readonly WeaponKind[] },
): SummaryFigures | null {
  const data = dateSpan(records);
  if (!data) return null;
  const current = currentWindow(data, o);
  const previous = previousWindow(current, data);
  const kept = filterRecords(records, { kinds: o.kinds });
  const byKind = (span: DateSpan) => totalsBy(filterRecords(kept, { from: span.start, to: span.end }), 'kind');
  const nowKinds = byKind(current);
  const beforeKinds = previous ? byKind(previous) : null;
  const kinds: KindFigures[] = WEAPON_KINDS.flatMap((kind) => {
    const now = nowKinds.find((w) => w.kind === kind);
    const before = beforeKinds?.find((w) => w.kind === kind);
    if (!now && !before) return [];
    const zero = { launched: 0, downed: 0 };
    return [{ kind, now: summarizeTally(now ?? zero), before: beforeKinds ? summarizeTally(before ?? zero) : null }];
  });
  return {
    data,
    current,
    previous,
    now: summarizeTally(sumTallies(nowKinds)),
    before: beforeKinds ? summarizeTally(sumTallies(beforeKinds)) : null,
    kinds,
  };
}

/** The figures of one report on its own (no dates to compare): its totals and per kind. */
export function reportFigures(report: StrikeReport): SummaryFigures {
  const start = report.date ?? '';
  const current = { start, end: report.end ?? start };
  const kinds: KindFigures[] = WEAPON_KINDS.flatMap((kind) => {
    const entries = report.weapons.filter((w) => w.kind === kind);
    return entries.length ? [{ kind, now: summarizeTally(sumTallies(entries)), before: null }] : [];
  });
  return { data: current, current, previous: null, now: summarizeTally(sumTallies(report.weapons)), before: null, kinds };
}
