import { Checker, isRecord, own } from './check.js';
import type { StrikeReport, Validation, WeaponEntry } from './types.js';
import { WEAPON_KINDS } from './types.js';

/** Checks one report, pushing every problem to the checker; the report, rebuilt from known keys, when it is sound. */
export function checkReport(c: Checker, input: unknown): StrikeReport | undefined {
  if (!isRecord(input)) return c.fail('report', 'an object with "weapons"', input);
  const before = c.issues.length;
  const date = c.date(input, 'date', 'report');
  const end = c.date(input, 'end', 'report');
  const period = c.text(input, 'period', 'report', false);
  const regions = c.count(input, 'regions', 'report', false);
  const source = c.source(input, 'source', 'report');
  const list = own(input, 'weapons');
  const weapons: WeaponEntry[] = [];
  if (!Array.isArray(list) || list.length === 0) {
    c.fail('weapons', 'a list of at least one weapon entry', list);
  } else {
    list.forEach((item, i) => {
      const path = `weapons[${i}]`;
      if (!isRecord(item)) {
        c.fail(path, 'an object with kind, launched and downed', item);
        return;
      }
      const kind = c.oneOf(item, 'kind', path, WEAPON_KINDS, true);
      const label = c.text(item, 'label', path, false);
      const launched = c.count(item, 'launched', path, true);
      const downed = c.count(item, 'downed', path, true);
      const jammed = c.count(item, 'jammed', path, false);
      const stillAttacking = c.count(item, 'stillAttacking', path, false);
      const notReported = c.count(item, 'notReported', path, false);
      if (kind === undefined || launched === undefined || downed === undefined) return;
      const entry: WeaponEntry = { kind, launched, downed };
      if (label !== undefined) entry.label = label;
      if (jammed !== undefined) entry.jammed = jammed;
      if (stillAttacking !== undefined) entry.stillAttacking = stillAttacking;
      if (notReported !== undefined) entry.notReported = notReported;
      weapons.push(entry);
    });
  }
  if (c.issues.length > before) return undefined;
  const report: StrikeReport = { weapons };
  if (date !== undefined) report.date = date;
  if (end !== undefined) report.end = end;
  if (period !== undefined) report.period = period;
  if (regions !== undefined) report.regions = regions;
  if (source !== undefined) report.source = source;
  return report;
}

/**
 * Checks an unknown value against the strike-report shape. Returns the report, rebuilt from known keys
 * only, together with every problem found (path, expected, got); never throws. A valid report's `issues`
 * are warnings: counts written as text ("90") are read, and named there.
 */
export function validateReport(input: unknown): Validation<StrikeReport> {
  const c = new Checker();
  const report = checkReport(c, input);
  return report ? { ok: true, value: report, issues: c.warnings() } : { ok: false, issues: c.issues };
}
