import { Checker, isRecord, own } from './check.js';
import type { AttackRecord, Validation } from './types.js';
import { WEAPON_KINDS } from './types.js';
import { WEAPON_CATEGORIES } from './weapons.js';
/**
 * Checks rows handed over already parsed (`{ records }`), since they may come from anywhere: each needs a
 * report date, a model, a kind and whole-number counts. Returns every problem with its path.
 */
export function validateRecords(list: readonly unknown[]): Validation<AttackRecord[]> {
  const c = new Checker();
  const records: AttackRecord[] = [];
  list.forEach((item, i) => {
    const path = `records[${i}]`;
    if (!isRecord(item)) {
      c.fail(path, 'a row of the dataset', item);
      return;
    }
    const date = own(item, 'date') === undefined ? c.fail(`${path}.date`, 'a date written YYYY-MM-DD', undefined) : c.date(item, 'date', path);
    const model = c.text(item, 'model', path, true);
    const kind = c.oneOf(item, 'kind', path, WEAPON_KINDS, true);
    const category = c.oneOf(item, 'category', path, WEAPON_CATEGORIES, false) ?? 'unknown';
    const launched = c.count(item, 'launched', path, true);
    const downed = c.count(item, 'downed', path, false);
    const jammed = c.count(item, 'jammed', path, false);
    const stillAttacking = c.count(item, 'stillAttacking', path, false);
    if (date === undefined || model === undefined || kind === undefined || launched === undefined) return;
    const row = own(item, 'row');
    const record: AttackRecord = { row: typeof row === 'number' ? row : i + 1, date, model, kind, category, launched };
    if (downed !== undefined) record.downed = downed;
    if (jammed !== undefined) record.jammed = jammed;
    if (stillAttacking !== undefined) record.stillAttacking = stillAttacking;
    records.push(record);
  });
  return c.issues.length > 0 ? { ok: false, issues: c.issues } : { ok: true, value: records, issues: c.warnings() };
}
