/** The lowest tone of the audio graph, A3; the highest is two octaves above it. */
export const LOWEST_HZ = 220;

/**
 * Values as tones of the audio graph: nothing launched is the lowest pitch, the largest value two octaves
 * higher, in equal steps of pitch for equal steps of value (pitch is heard by ratios, so the scale is one of
 * semitones, not of hertz); null (a period without a report) is a rest.
 */
export function tonesOf(values: readonly (number | null)[]): (number | null)[] {
  const max = Math.max(0, ...values.filter((v): v is number => v !== null));
  return values.map((v) => (v === null ? null : LOWEST_HZ * 2 ** (max > 0 ? (2 * v) / max : 0)));
}
