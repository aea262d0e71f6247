import { downedRate, excess, isInconsistent, jammedRate, neutralizedRate, unaccounted } from './rates.js';
import type { StrikeReport, Tally, WeaponEntry, WeaponKind } from './types.js';

/** Every figure derived from one tally. */
export interface TallySummary {
  launched: number;
  downed: number;
  /** 0 when the report does not say; see `jammedReported`. */
  jammed: number;
  jammedReported: boolean;
  unaccounted: number;
  /** downed + jammed - launched when positive: what the report claims beyond what was launched. */
  excess: number;
  downedRate: number | null;
  jammedRate: number | null;
  neutralizedRate: number | null;
  inconsistent: boolean;
}

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
  return {
    launched: t.launched,
    downed: t.downed,
    jammed: t.jammed ?? 0,
    jammedReported: t.jammed !== undefined,
    unaccounted: unaccounted(t),
    excess: excess(t),
    downedRate: downedRate(t),
    jammedRate: jammedRate(t),
    neutralizedRate: neutralizedRate(t),
    inconsistent: isInconsistent(t),
  };
}

/** Sums tallies; `jammed` stays absent only when no tally reported it. Rates over the sum are sums over sums. */
export function sumTallies(tallies: readonly Tally[]): Tally {
  let launched = 0;
  let downed = 0;
  let jammed: number | undefined;
  for (const t of tallies) {
    launched += t.launched;
    downed += t.downed;
    if (t.jammed !== undefined) jammed = (jammed ?? 0) + t.jammed;
  }
  return jammed === undefined ? { launched, downed } : { launched, downed, jammed };
}

/** Per weapon entry and in total: launched, downed, jammed, unaccounted, the three rates and inconsistency. */
export function summarize(report: StrikeReport): ReportSummary {
  const entries = report.weapons.map(
    (w: WeaponEntry, index): EntrySummary => ({ ...summarizeTally(w), kind: w.kind, label: w.label, index }),
  );
  const total = summarizeTally(sumTallies(report.weapons));
  return { report, entries, total, inconsistent: total.inconsistent || entries.some((e) => e.inconsistent) };
}
