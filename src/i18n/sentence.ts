import type { RateName } from '../data/rates.js';
import type { Format, OutcomeWords, TallyWords } from './types.js';

/** Ends a sentence with a full stop, unless it ends in one already (a Ukrainian date does: «2024 р.»). */
export const fullStop = (text: string): string => (text.endsWith('.') ? text : `${text}.`);

/** The value of the rate `rate` names. */
export const rateValue = (t: Pick<TallyWords, 'downedRate' | 'neutralizedRate'>, rate: RateName): number | null =>
  rate === 'downed' ? t.downedRate : t.neutralizedRate;

/**
 * The outcomes running text says, each a phrase of the language (`downed: false` leaves downed out, for
 * words that already led with it): jammed where reported (and that it was for only part, where so), still in
 * the air and not reported where there are some, and unaccounted where some are, or where the figures split
 * everything launched; "0 unaccounted" beside a part not reported would read as if that part were accounted for.
 */
export function outcomePhrases(w: OutcomeWords, t: TallyWords, f: Format, downed = true): string[] {
  const phrases: string[] = [];
  if (downed) phrases.push(w.downed(f.count(t.downed)));
  if (t.jammedReported) {
    const jammed = w.jammed(f.count(t.jammed));
    phrases.push(t.jammedPartlyReported ? w.partly(jammed) : jammed);
  }
  if (t.stillAttacking > 0) phrases.push(w.stillAttacking(f.count(t.stillAttacking)));
  if (t.unaccounted > 0 || (t.jammedReported && t.notReported === 0)) phrases.push(w.unaccounted(f.count(t.unaccounted)));
  if (t.notReported > 0) phrases.push(w.notReported(f.count(t.notReported)));
  return phrases;
}

/** Whether a headline leads with the neutralized rate: asked for, and jammed reported (else the neutralized rate is only the downed one). */
export const ledByNeutralized = (t: Pick<TallyWords, 'jammedReported'>, rate: RateName): boolean => rate === 'neutralized' && t.jammedReported;
