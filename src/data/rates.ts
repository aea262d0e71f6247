import type { Tally } from './types.js';

const share = (part: number, launched: number): number | null => (launched === 0 ? null : part / launched);

/** Launched that were downed or jammed. */
export const neutralized = (t: Tally): number => t.downed + (t.jammed ?? 0);

/** Share of launched that were downed; null when nothing was launched. */
export const downedRate = (t: Tally): number | null => share(t.downed, t.launched);

/** Share of launched stopped by electronic jamming; null when nothing was launched. */
export const jammedRate = (t: Tally): number | null => share(t.jammed ?? 0, t.launched);

/** Share of launched that were downed or jammed; null when nothing was launched. */
export const neutralizedRate = (t: Tally): number | null => share(neutralized(t), t.launched);

/** Launched that were neither downed nor jammed; never below 0 (an excess is an inconsistency). */
export const unaccounted = (t: Tally): number => Math.max(0, t.launched - neutralized(t));

/** What the report claims downed or jammed beyond what was launched; 0 when it claims no more. */
export const excess = (t: Tally): number => Math.max(0, neutralized(t) - t.launched);

/** True when the report claims more downed and jammed than were launched. */
export const isInconsistent = (t: Tally): boolean => neutralized(t) > t.launched;
