import type { AttackRecord, WeaponCategory, WeaponKind } from './types.js';

export interface RecordFilter {
  kinds?: readonly WeaponKind[];
  categories?: readonly WeaponCategory[];
  /** First report date kept, `YYYY-MM-DD`, inclusive. */
  from?: string;
  /** Last report date kept, `YYYY-MM-DD`, inclusive. */
  to?: string;
}

/** The records of the kinds, categories and report dates asked for; the same list when nothing is asked. */
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
