/** The three parts every launched weapon falls into, in drawing order. */
export const SEGMENTS = ['downed', 'jammed', 'unaccounted'] as const;
export type Segment = (typeof SEGMENTS)[number];
