import type { Tally } from './types.js';

/** Which rate a chart shows: the neutralized rate (downed or jammed) or the downed rate. */
export type RateName = 'neutralized' | 'downed';

export const RATE_NAMES: readonly RateName[] = ['neutralized', 'downed'];

const share = (part: number, launched: number): number | null => (launched === 0 ? null : part / launched);

/** Launched that were downed or jammed. */
export const neutralized = (t: Tally): number => t.downed + (t.jammed ?? 0);

/** Share of launched that were downed; null when nothing was launched. */
export const downedRate = (t: Tally): number | null => share(t.downed, t.launched);

/** Share of launched stopped by electronic jamming; null when nothing was launched. */
export const jammedRate = (t: Tally): number | null => share(t.jammed ?? 0, t.launched);

/** Share of launched that were downed or jammed; null when nothing was launched. */
export const neutralizedRate = (t: Tally): number | null => share(neutralized(t), t.launched);

/** The rate `rate` names; null when nothing was launched. */
export const rateOf = (t: Tally, rate: RateName): number | null => (rate === 'downed' ? downedRate(t) : neutralizedRate(t));

/**
 * Launched whose outcome the figures leave unsplit: as counted, else, when jammed is not reported, all that
 * were not downed or still in the air. Unknown, so never unaccounted.
 */
export const notReported = (t: Tally): number =>
  t.notReported ?? (t.jammed === undefined ? Math.max(0, t.launched - t.downed - (t.stillAttacking ?? 0)) : 0);

/**
 * The part of one dataset row that is not reported: what its counts leave when it leaves downed or jammed
 * empty (an empty count is unknown, not zero); 0 for a row that gives both.
 */
export const rowNotReported = (r: { launched: number; downed?: number; jammed?: number; stillAttacking?: number }): number =>
  r.downed !== undefined && r.jammed !== undefined ? 0 : Math.max(0, r.launched - (r.downed ?? 0) - (r.jammed ?? 0) - (r.stillAttacking ?? 0));

/** Launched with an outcome the figures give: downed, jammed, still in the air, or not reported. */
const accountedFor = (t: Tally): number => neutralized(t) + (t.stillAttacking ?? 0) + notReported(t);

/** Launched known to be neither downed, jammed nor still in the air; never below 0 (an excess is an inconsistency). */
export const unaccounted = (t: Tally): number => Math.max(0, t.launched - accountedFor(t));

/** What the figures claim beyond what was launched; 0 when they claim no more. */
export const excess = (t: Tally): number => Math.max(0, accountedFor(t) - t.launched);

/** True when the figures claim more downed, jammed and still in the air than were launched. */
export const isInconsistent = (t: Tally): boolean => accountedFor(t) > t.launched;
