import { downedRate, excess, isInconsistent, jammedRate, neutralizedRate, notReported, unaccounted, type RateName } from './rates.js';
import type { StrikeReport, Tally, WeaponEntry, WeaponKind } from './types.js';

/** Every figure derived from one tally. */
export interface TallySummary {
  launched: number;
  downed: number;
  /** 0 when the report does not say; see `jammedReported`. */
  jammed: number;
  jammedReported: boolean;
  /** Jammed is given, but not for all that were launched: some of them are `notReported`. */
  jammedPartlyReported: boolean;
  /** Still in the air when the report was posted. */
  stillAttacking: number;
  /** Launched whose outcome was not reported: neither neutralized nor unaccounted. */
  notReported: number;
  unaccounted: number;
  /** What the report claims beyond what was launched, when positive. */
  excess: number;
  downedRate: number | null;
  jammedRate: number | null;
  neutralizedRate: number | null;
  inconsistent: boolean;
}

/** The field of a summary that holds the rate `rate` names. */
export const RATE_FIELD = { neutralized: 'neutralizedRate', downed: 'downedRate' } as const satisfies Record<RateName, keyof TallySummary>;

export interface EntrySummary extends TallySummary {
  kind: WeaponKind;
  label?: string;
  index: number;
}

export interface ReportSummary {
  report: StrikeReport;
  entries: EntrySummary[];
  total: TallySummary;
  /** True when any entry, or the total, is inconsistent. */
  inconsistent: boolean;
}

export function summarizeTally(t: Tally): TallySummary {
  const unsplit = notReported(t);
  return {
    launched: t.launched,
    downed: t.downed,
    jammed: t.jammed ?? 0,
    jammedReported: t.jammed !== undefined,
    jammedPartlyReported: t.jammed !== undefined && unsplit > 0,
    stillAttacking: t.stillAttacking ?? 0,
    notReported: unsplit,
    unaccounted: unaccounted(t),
    excess: excess(t),
    downedRate: downedRate(t),
    jammedRate: jammedRate(t),
    neutralizedRate: neutralizedRate(t),
    inconsistent: isInconsistent(t),
  };
}

/**
 * Adds `t` to `sum`: known counts only, so `jammed` stays absent until a tally reports it; the part `t` does
 * not report is carried as a count, since a sum that reports jammed cannot derive it any more.
 */
export function addTally(sum: Tally, t: Tally): void {
  sum.launched += t.launched;
  sum.downed += t.downed;
  if (t.jammed !== undefined) sum.jammed = (sum.jammed ?? 0) + t.jammed;
  if (t.stillAttacking) sum.stillAttacking = (sum.stillAttacking ?? 0) + t.stillAttacking;
  const unsplit = notReported(t);
  if (unsplit) sum.notReported = (sum.notReported ?? 0) + unsplit;
}

/** Sums tallies; `jammed` stays absent only when no tally reported it. Rates over the sum are sums over sums. */
export function sumTallies(tallies: readonly Tally[]): Tally {
  const sum: Tally = { launched: 0, downed: 0 };
  for (const t of tallies) addTally(sum, t);
  return sum;
}

/** Per weapon entry and in total: launched, the outcomes, the three rates and inconsistency. */
export function summarize(report: StrikeReport): ReportSummary {
  const entries = report.weapons.map(
    (w: WeaponEntry, index): EntrySummary => ({ ...summarizeTally(w), kind: w.kind, label: w.label, index }),
  );
  const total = summarizeTally(sumTallies(report.weapons));
  return { report, entries, total, inconsistent: total.inconsistent || entries.some((e) => e.inconsistent) };
}
