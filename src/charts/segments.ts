import type { TallySummary } from '../data/summarize.js';

/**
 * The parts launched weapons fall into, in drawing order: downed, jammed and unaccounted, then still in the air
 * when reported and not reported (an outcome the figures do not give, which is neither neutralized nor
 * unaccounted).
 */
export const SEGMENTS = ['downed', 'jammed', 'unaccounted', 'stillAttacking', 'notReported'] as const;
export type Segment = (typeof SEGMENTS)[number];

/** Parts every chart, legend and table shows, so the usual three always read the same. */
const ALWAYS: readonly Segment[] = ['downed', 'jammed', 'unaccounted'];

/** The parts to show for these figures: the usual three, and the others where some figure has some. */
export const shownSegments = (tallies: readonly (TallySummary | null)[]): Segment[] =>
  SEGMENTS.filter((s) => ALWAYS.includes(s) || tallies.some((t) => t !== null && t[s] > 0));
