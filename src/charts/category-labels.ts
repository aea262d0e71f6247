import type { Scale } from 'chart.js';

/** A long label split at the space nearest its middle, so narrow charts keep room for their bars. */
export function twoLines(label: string): string | string[] {
  if (label.length <= 14) return label;
  const middle = label.length / 2;
  let cut = -1;
  for (let i = label.indexOf(' '); i !== -1; i = label.indexOf(' ', i + 1)) {
    if (cut === -1 || Math.abs(i - middle) < Math.abs(cut - middle)) cut = i;
  }
  return cut === -1 ? label : [label.slice(0, cut), label.slice(cut + 1)];
}

/**
 * Tick callback for a category axis of names beside horizontal bars: on a chart narrower than 480 px a long
 * name takes two lines instead of pushing the bars aside or being cut at the canvas edge.
 */
export function namesThatFit(this: Scale, value: string | number): string | string[] {
  const label = String(this.getLabelForValue(Number(value)));
  return this.chart.width < 480 ? twoLines(label) : label;
}
