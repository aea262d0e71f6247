import { describe, expect, it } from 'vitest';
import { labelPlace } from '../../../src/charts/segments.js';

const centre = (x: number, y: number) => () => ({ x, y });

describe('labelPlace', () => {
  it('puts a label at the centre of a bar long and tall enough, and nowhere on a shorter one', () => {
    const bar = { x: 200, y: 40, base: 100, height: 30, getCenterPoint: centre(150, 40) };
    expect(labelPlace(bar, 60, 10)).toEqual({ x: 150, y: 40 });
    expect(labelPlace(bar, 96, 10)).toBeNull();
    expect(labelPlace({ ...bar, height: 11 }, 60, 10)).toBeNull();
  });

  it('keeps a level label wholly inside a ring segment: off the side of the ring, towards its top', () => {
    // The right half of a ring 60 px thick (from 12 to 6 o'clock): a 60 px wide label does not fit level
    // across the ring at 3 o'clock, but does nearer the top.
    const half = { x: 0, y: 0, startAngle: -Math.PI / 2, endAngle: Math.PI / 2, innerRadius: 50, outerRadius: 110, getCenterPoint: centre(80, 0) };
    const at = labelPlace(half, 60, 10);
    expect(at).not.toBeNull();
    const { x, y } = at as { x: number; y: number };
    for (const [dx, dy] of [[-30, -5], [30, -5], [-30, 5], [30, 5]]) {
      const r = Math.hypot(x + dx, y + dy);
      expect(r).toBeGreaterThan(50);
      expect(r).toBeLessThan(110);
      expect(x + dx).toBeGreaterThan(0);
    }
    expect(Math.abs(y)).toBeGreaterThan(20);
  });

  it('gives no place on a ring segment too small for the label', () => {
    const sliver = { x: 0, y: 0, startAngle: 0, endAngle: 0.2, innerRadius: 50, outerRadius: 100, getCenterPoint: centre(75, 7) };
    expect(labelPlace(sliver, 60, 10)).toBeNull();
  });
});
