import { datedAttacks, type DatedAttack, type SizeClass, type SizeThresholds } from './attack-size.js';
import type { AttackRecord, WeaponKind } from './types.js';

/** Records are counted per report date (its windows summed) in all, or of one kind. */
export interface StandingOptions {
  kind?: WeaponKind;
  thresholds?: Partial<SizeThresholds>;
}

/** Where one report date's attack stands among all report dates of the data that launched any (of the kind). */
export interface AttackStanding {
  date: string;
  kind?: WeaponKind;
  /** Launched that date (of the kind). */
  launched: number;
  /** 1 + the report dates that launched more: equal attacks share a rank (1, 2, 2, 4). */
  rank: number;
  /** The report dates ranked. */
  of: number;
  /** Other report dates that launched exactly as many. */
  tied: number;
  /** The last earlier report date that launched at least as many: "the largest since" it. Absent when none did. */
  since?: string;
  /** Report dates ranked that come before this one: none means the data holds no history for it. */
  earlier: number;
  /** The size class of the date's whole attack (all kinds), whatever `kind` is. */
  size: SizeClass;
}

/** The largest attack: the earliest report date that launched the most (of the kind), and every date tied with it. */
export interface LargestAttack {
  date: string;
  launched: number;
  /** All report dates with that many, the earliest first. */
  dates: string[];
  kind?: WeaponKind;
}

/** Launched in an attack, in all or of `kind`. */
export const launchedOf = (a: DatedAttack, kind?: WeaponKind): number => (kind ? (a.kinds[kind] ?? 0) : a.launched);

/** The report dates that launched any (of the kind), in date order. */
const ranked = (attacks: readonly DatedAttack[], kind?: WeaponKind): DatedAttack[] => attacks.filter((a) => launchedOf(a, kind) > 0);

/** The largest attack of the rows by launched (per report date), in all or of `kind`; null when none launched any. */
export function largestAttack(records: readonly AttackRecord[], { kind, thresholds }: StandingOptions = {}): LargestAttack | null {
  const attacks = ranked(datedAttacks(records, thresholds), kind);
  if (attacks.length === 0) return null;
  const launched = Math.max(...attacks.map((a) => launchedOf(a, kind)));
  const dates = attacks.filter((a) => launchedOf(a, kind) === launched).map((a) => a.date);
  return { date: dates[0], launched, dates, ...(kind ? { kind } : {}) };
}

/**
 * Where the attack of report date `date` stands: its rank by launched among the data's report dates (in all
 * or of `kind`), the last earlier date at least as large, and its size class. Null when the date launched none
 * (of the kind). Counts per report date, as the strike chart's report of a date sums its windows.
 */
export function attackStanding(records: readonly AttackRecord[], date: string, { kind, thresholds }: StandingOptions = {}): AttackStanding | null {
  return standingAmong(datedAttacks(records, thresholds), date, kind);
}

/** `attackStanding` over attacks already summed per report date, in date order. */
export function standingAmong(attacks: readonly DatedAttack[], date: string, kind?: WeaponKind): AttackStanding | null {
  const all = ranked(attacks, kind);
  const at = all.findIndex((a) => a.date === date);
  if (at < 0) return null;
  const launched = launchedOf(all[at], kind);
  let larger = 0;
  let tied = 0;
  let since: string | undefined;
  all.forEach((a, i) => {
    const n = launchedOf(a, kind);
    if (n > launched) larger++;
    else if (n === launched && i !== at) tied++;
    if (i < at && n >= launched) since = a.date;
  });
  return {
    date,
    ...(kind ? { kind } : {}),
    launched,
    rank: larger + 1,
    of: all.length,
    tied,
    ...(since ? { since } : {}),
    earlier: at,
    size: all[at].size,
  };
}
