import { PERIODS, periodKey, rangeOf, type Period } from './calendar.js';
import { rowNotReported } from './rates.js';
import { WEAPON_KINDS, type AttackRecord, type StrikeReport, type WeaponEntry } from './types.js';

export type Grouping = 'kind' | 'category' | 'model';

export interface AggregateOptions {
  period: Period;
  /** One weapon entry per kind (default), per kind and category, or per model. */
  by?: Grouping;
}

const GROUPINGS: readonly Grouping[] = ['kind', 'category', 'model'];

const order = (entry: WeaponEntry): number => WEAPON_KINDS.indexOf(entry.kind);
const name = (entry: WeaponEntry): string => entry.label ?? entry.category ?? '';

function newEntry(record: AttackRecord, by: Grouping): WeaponEntry {
  const { kind, category, model } = record;
  if (by === 'kind') return { kind, launched: 0, downed: 0 };
  if (by === 'category') return { kind, category, launched: 0, downed: 0 };
  return { kind, label: model, category, model, launched: 0, downed: 0 };
}

/**
 * Sums records by report date into one report per period, sorted by date, with one weapon entry per group
 * (missiles, drones, bombs, then unknown kinds; then by label or category). Only known counts are summed, so
 * an entry's `jammed` is absent only when no record in it reported one; what records that leave downed or
 * jammed empty do not split is summed as `notReported`, and `stillAttacking` where there is some. A record
 * without a finite `launched` cannot be summed and is left out whole (parseAttacksCsv never makes one: it
 * warns and skips the row).
 */
export function aggregate(records: readonly AttackRecord[], { period, by = 'kind' }: AggregateOptions): StrikeReport[] {
  if (!PERIODS.includes(period)) throw new RangeError(`invalid period: ${period as string}`);
  if (!GROUPINGS.includes(by)) throw new RangeError(`invalid grouping: ${by as string}`);
  const periods = new Map<string, Map<string, WeaponEntry>>();
  let lastDate: string | undefined;
  let groups: Map<string, WeaponEntry> | undefined;
  // A loop of plain reads, with what it calls looked up once: a single aggregation runs mostly before the
  // engine optimises it, where each property read costs.
  const finite = Number.isFinite;
  for (let i = 0, count = records.length; i < count; i++) {
    const record = records[i];
    const { date, launched, downed, jammed, stillAttacking } = record;
    if (!finite(launched)) continue;
    // Records mostly come in date order: look the period up once per run of equal dates.
    if (date !== lastDate || groups === undefined) {
      lastDate = date;
      const key = periodKey(date, period);
      groups = periods.get(key);
      if (groups === undefined) periods.set(key, (groups = new Map()));
    }
    const group = by === 'kind' ? record.kind : by === 'category' ? `${record.kind} ${record.category}` : record.model;
    let entry = groups.get(group);
    if (entry === undefined) groups.set(group, (entry = newEntry(record, by)));
    entry.launched += launched;
    if (downed !== undefined) entry.downed += downed;
    if (jammed !== undefined) entry.jammed = (entry.jammed ?? 0) + jammed;
    if (stillAttacking) entry.stillAttacking = (entry.stillAttacking ?? 0) + stillAttacking;
    if (downed === undefined || jammed === undefined) {
      const unsplit = rowNotReported(record);
      if (unsplit) entry.notReported = (entry.notReported ?? 0) + unsplit;
    }
  }
  // Keys sort as dates do; their ranges are read knowing their period.
  return [...periods.keys()].sort().map((key): StrikeReport => {
    const { start, end } = rangeOf(key, period);
    const weapons = [...periods.get(key)!.values()].sort(
      (a, b) => order(a) - order(b) || (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0),
    );
    return { period: key, date: start, end, weapons };
  });
}

/** The report of one report date (`YYYY-MM-DD`), one weapon entry per kind; no entries if nothing was reported. */
export function reportForDate(records: readonly AttackRecord[], date: string): StrikeReport {
  const period = periodKey(date, 'day');
  const [report] = aggregate(
    records.filter((record) => record.date === date),
    { period: 'day' },
  );
  return report ?? { period, date, end: date, weapons: [] };
}
