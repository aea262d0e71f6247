import type { Scale } from 'chart.js';

/** A label longer than `longer` characters split at the space nearest its middle, so narrow charts keep room for their bars. */
export function twoLines(label: string, longer = 14): string | string[] {
  if (label.length <= longer) return label;
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

/**
 * Tick callback for an axis of periods under vertical bars: a label wider than its bar's slot (about 7 px a
 * character) takes two lines ("Mar" over "2025"), so a narrow chart keeps every period's name rather than
 * skipping every other one.
 */
export function periodsThatFit(this: Scale, value: string | number): string | string[] {
  const label = String(this.getLabelForValue(Number(value)));
  const slot = this.width / Math.max(1, this.chart.data.labels?.length ?? 1);
  return label.length * 7 > slot - 8 ? twoLines(label, 0) : label;
}
