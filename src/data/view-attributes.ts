import { periodRange, PERIODS, type Period } from './calendar.js';
import { rangeIssue, rangeProblems } from './date-range.js';
import { RATE_NAMES, type RateName } from './rates.js';
import { WEAPON_KINDS, type InputIssue, type WeaponCategory, type WeaponKind } from './types.js';
import { WEAPON_CATEGORIES } from './weapons.js';

/** The items of a comma-separated attribute (`drone, missile`), trimmed; none for an empty or absent one. */
export const listOf = (value: string | undefined | null): string[] =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** The view attributes elements share, as the page wrote them. */
export interface ViewAttributes {
  period?: string;
  /** Comma-separated weapon kinds. */
  kind?: string;
  /** Comma-separated weapon categories. */
  category?: string;
  from?: string;
  to?: string;
  /** A period key: `2024`, `2024-11`, `2024-W46`, `2024-11-13`. */
  selected?: string;
  /** Which rate is shown: `neutralized` or `downed`. */
  rate?: string;
}

/** Every bad view attribute, each named with the value found, e.g. `period: expected one of …, got "fortnight"`. */
export function checkViewAttributes(a: ViewAttributes): InputIssue[] {
  const issues: InputIssue[] = [];
  const bad = (path: string, expected: string, got: unknown) =>
    issues.push({ path, message: `${path}: expected ${expected}, got ${JSON.stringify(got)}` });
  if (a.period !== undefined && !PERIODS.includes(a.period as Period)) bad('period', `one of ${PERIODS.join(', ')}`, a.period);
  if (a.rate !== undefined && !RATE_NAMES.includes(a.rate as RateName)) bad('rate', `one of ${RATE_NAMES.join(', ')}`, a.rate);
  for (const k of listOf(a.kind)) if (!WEAPON_KINDS.includes(k as WeaponKind)) bad('kind', `one of ${WEAPON_KINDS.join(', ')}`, k);
  for (const c of listOf(a.category)) {
    if (!WEAPON_CATEGORIES.includes(c as WeaponCategory)) bad('category', `one of ${WEAPON_CATEGORIES.join(', ')}`, c);
  }
  issues.push(...rangeProblems({ from: a.from, to: a.to }).map(rangeIssue));
  if (a.selected) {
    try {
      periodRange(a.selected);
    } catch {
      bad('selected', 'a period such as 2024, 2024-11, 2024-W46 or 2024-11-13', a.selected);
    }
  }
  return issues;
}
