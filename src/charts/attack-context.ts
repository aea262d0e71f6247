import { datedAttacks, type DatedAttack } from '../data/attack-size.js';
import { launchedOf, standingAmong, type AttackStanding } from '../data/attack-standing.js';
import { daysBetween } from '../data/calendar.js';
import { WEAPON_KINDS, type AttackRecord, type WeaponKind } from '../data/types.js';
import type { DateSpan } from '../data/windows.js';
import type { Format, Messages, StandingPhrase } from '../i18n/types.js';

/** Ranks worth saying: "the 6th-largest" is news, the 156th is not; nor is a rank that equals share past it. */
export const RANKS_SAID = 10;
/** "The largest since" a date fewer days back says little ("since the night before"). */
export const SINCE_DAYS_SAID = 30;

const summed = new WeakMap<readonly AttackRecord[], DatedAttack[]>();

/** The rows' attacks per report date, summed once per list of rows. */
export function attacksOf(records: readonly AttackRecord[]): DatedAttack[] {
  let attacks = summed.get(records);
  if (!attacks) summed.set(records, (attacks = datedAttacks(records)));
  return attacks;
}

/** What is worth saying of a standing: the largest in the data, since a month or more, before all earlier, or a rank in the top ten. */
function phraseOf(s: AttackStanding, first: string): StandingPhrase | undefined {
  if (s.rank === 1) return { reach: 'in-data', tied: s.tied };
  // A rank shared by many (the 6th of twenty equal quiet nights) is not news either.
  const rank = s.rank + s.tied <= RANKS_SAID ? s.rank : undefined;
  if (s.since && daysBetween(s.since, s.date) >= SINCE_DAYS_SAID) return { reach: 'since', since: s.since, rank, tied: s.tied };
  if (!s.since && daysBetween(first, s.date) >= SINCE_DAYS_SAID) return { reach: 'before', rank, tied: s.tied };
  return rank === undefined ? undefined : { reach: 'rank', rank, tied: s.tied };
}

/** The standing of `date` (in all or of `kind`) and the words worth saying of it; none when the data holds no earlier date. */
function standingWords(attacks: readonly DatedAttack[], date: string, kind: WeaponKind | undefined, f: Format, words: Messages) {
  const s = standingAmong(attacks, date, kind);
  if (!s || s.earlier === 0) return undefined;
  const first = attacks.find((a) => launchedOf(a, kind) > 0)!.date;
  const phrase = phraseOf(s, first);
  return { s, text: phrase && words.attack.standing(phrase, kind && words.attack.ofKind[kind], f) };
}

/**
 * A report date's attack in the context of the data: its size class and, where worth saying, its record
 * ("the largest since 9 July 2025", "the 6th-largest"), then the kinds whose own record is worth saying.
 * Undefined when the date launched nothing or the data holds no earlier report date.
 */
export function attackContext(attacks: readonly DatedAttack[], date: string, f: Format, words: Messages): string | undefined {
  const total = standingWords(attacks, date, undefined, f, words);
  if (!total) return undefined;
  const kinds = WEAPON_KINDS.flatMap((kind) => {
    const of = standingWords(attacks, date, kind, f, words);
    return of?.text ? [{ counted: f.plural(of.s.launched, words.kindCount[kind]), standing: of.text }] : [];
  });
  return words.attack.context({ launched: total.s.launched, size: words.attack.size[total.s.size], standing: total.text, kinds }, f);
}

/** The context of the largest attack of a window (`label` names it; the earliest of equals); the day's own for a window of one day. */
export function windowContext(attacks: readonly DatedAttack[], window: DateSpan, label: string, f: Format, words: Messages): string | undefined {
  let largest: DatedAttack | undefined;
  for (const a of attacks) if (a.date >= window.start && a.date <= window.end && a.launched > (largest?.launched ?? 0)) largest = a;
  const context = largest && attackContext(attacks, largest.date, f, words);
  if (!largest || !context) return undefined;
  return window.start === window.end ? context : `${words.attack.largestIn(label, largest.date, f)} ${context}`;
}
