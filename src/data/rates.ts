import type { Tally } from './types.js';

const share = (part: number, launched: number): number | null => (launched === 0 ? null : part / launched);

/** Share of launched that were downed; null when nothing was launched. */
export const downedRate = (t: Tally): number | null => share(t.downed, t.launched);

/** Share of launched stopped by electronic jamming; null when nothing was launched. */
export const jammedRate = (t: Tally): number | null => share(t.jammed ?? 0, t.launched);

/** Share of launched that were downed or jammed; null when nothing was launched. */
export const neutralizedRate = (t: Tally): number | null => share(t.downed + (t.jammed ?? 0), t.launched);

/** Launched that were neither downed nor jammed; never below 0 (an excess is an inconsistency). */
export const unaccounted = (t: Tally): number => Math.max(0, t.launched - t.downed - (t.jammed ?? 0));

/** True when the report claims more downed and jammed than were launched. */
export const isInconsistent = (t: Tally): boolean => t.downed + (t.jammed ?? 0) > t.launched;
