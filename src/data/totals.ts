import { aggregate, type Grouping } from './aggregate.js';
import { addTally } from './summarize.js';
import { WEAPON_KINDS, type AttackRecord, type WeaponEntry } from './types.js';

const keyOf = (w: WeaponEntry, by: Grouping): string =>
  by === 'kind' ? w.kind : by === 'category' ? `${w.kind} ${w.category ?? 'unknown'}` : (w.model ?? w.label ?? w.kind);

/**
 * One weapon entry per kind, category (within its kind) or model, summed over every record, whatever its date:
 * the figures of a whole range. Sorted by launched, most first; ties by kind, then name.
 */
export function totalsBy(records: readonly AttackRecord[], by: Grouping): WeaponEntry[] {
  const merged = new Map<string, WeaponEntry>();
  for (const report of aggregate(records, { period: 'year', by })) {
    for (const w of report.weapons) {
      const key = keyOf(w, by);
      const sum = merged.get(key);
      // An aggregated entry carries its part not reported as a count, so a copy of it sums exactly.
      if (sum) addTally(sum, w);
      else merged.set(key, { ...w });
    }
  }
  const name = (w: WeaponEntry) => keyOf(w, by);
  return [...merged.values()].sort(
    (a, b) =>
      b.launched - a.launched ||
      WEAPON_KINDS.indexOf(a.kind) - WEAPON_KINDS.indexOf(b.kind) ||
      (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0),
  );
}
