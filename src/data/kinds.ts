// What the rows hold of each weapon kind: what a filter can offer, and what their kinds may be called.
import { WEAPON_KINDS, type AttackRecord, type WeaponKind } from './types.js';

type Classed = Pick<AttackRecord, 'kind' | 'category'>;

/** The weapon kinds that occur in the records, in the order kinds are listed (missiles, drones, bombs, others). */
export function kindsIn(records: readonly Classed[]): WeaponKind[] {
  const found = new Set<WeaponKind>();
  for (const r of records) found.add(r.kind);
  return WEAPON_KINDS.filter((k) => found.has(k));
}

/**
 * True when the records hold bombs and every one is a guided bomb: only then may their kind be called "guided
 * bombs". A bomb of another or an unknown category (an `Aerial Bomb`, a report given as JSON) makes them "bombs".
 */
export function bombsAllGuided(records: readonly Classed[]): boolean {
  let bombs = false;
  for (const r of records) {
    if (r.kind !== 'bomb') continue;
    if (r.category !== 'guided-bomb') return false;
    bombs = true;
  }
  return bombs;
}
