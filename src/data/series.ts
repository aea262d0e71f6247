import { periodKey, periodRange, type Period } from './aggregate.js';
import { sumTallies } from './summarize.js';
import type { AttackRecord, StrikeReport, Tally, WeaponCategory, WeaponKind } from './types.js';

export interface RecordFilter {
  kinds?: readonly WeaponKind[];
  categories?: readonly WeaponCategory[];
  /** First report date kept, `YYYY-MM-DD`, inclusive. */
  from?: string;
  /** Last report date kept, `YYYY-MM-DD`, inclusive. */
  to?: string;
}

export function filterRecords(records: readonly AttackRecord[], f: RecordFilter): readonly AttackRecord[] {
  if (!f.kinds?.length && !f.categories?.length && !f.from && !f.to) return records;
  return records.filter(
    (r) =>
      (!f.kinds?.length || f.kinds.includes(r.kind)) &&
      (!f.categories?.length || f.categories.includes(r.category)) &&
      (!f.from || r.date >= f.from) &&
      (!f.to || r.date <= f.to),
  );
}

/** One period of a timeline: its report, or null when nothing was reported in it (a gap, not zero). */
export interface SeriesPoint {
  key: string;
  report: StrikeReport | null;
  /** All entries of the report summed; null for a gap. */
  tally: Tally | null;
}

const nextDay = (date: string): string => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** Reports in order with every period between the first and the last present, so missing ones show as gaps. */
export function periodSeries(reports: readonly StrikeReport[], period: Period): SeriesPoint[] {
  if (reports.length === 0) return [];
  const byKey = new Map(reports.map((r) => [r.period ?? periodKey(r.date ?? '', period), r]));
  const keys = [...byKey.keys()].sort();
  const last = keys[keys.length - 1];
  const points: SeriesPoint[] = [];
  for (let key = keys[0]; ; key = periodKey(nextDay(periodRange(key).end), period)) {
    const report = byKey.get(key) ?? null;
    points.push({ key, report, tally: report ? sumTallies(report.weapons) : null });
    if (key >= last) break;
  }
  return points;
}

/**
 * Neutralized rate over the last `window` periods, weighted by launched (a sum over a sum); null for a gap
 * and where nothing was launched in the window.
 */
export function rollingNeutralizedRate(points: readonly SeriesPoint[], window: number): (number | null)[] {
  const size = Math.max(1, Math.floor(window));
  return points.map((p, i) => {
    if (!p.tally) return null;
    let launched = 0;
    let neutralized = 0;
    for (let j = Math.max(0, i - size + 1); j <= i; j++) {
      const t = points[j].tally;
      if (!t) continue;
      launched += t.launched;
      neutralized += t.downed + (t.jammed ?? 0);
    }
    return launched === 0 ? null : neutralized / launched;
  });
}
