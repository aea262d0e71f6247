import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelPlace } from '../../../../src/charts/plugins/segment-labels.js';

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

  it('places a label, whenever it does, wholly inside its ring segment, 3 px clear of every edge', () => {
    const TURN = 2 * Math.PI;
    fc.assert(
      fc.property(
        fc.double({ min: -Math.PI / 2, max: 1.5 * Math.PI, noNaN: true }),
        fc.double({ min: 0.01, max: TURN, noNaN: true }),
        fc.double({ min: 0, max: 120, noNaN: true }),
        fc.double({ min: 10, max: 150, noNaN: true }),
        fc.double({ min: 5, max: 90, noNaN: true }),
        fc.double({ min: 6, max: 16, noNaN: true }),
        (start, sweep, innerRadius, thickness, width, height) => {
          const ring = { x: 0, y: 0, startAngle: start, endAngle: start + sweep, innerRadius, outerRadius: innerRadius + thickness, getCenterPoint: centre(0, 0) };
          const at = labelPlace(ring, width, height);
          if (!at) return;
          for (let i = 0; i <= 10; i++) {
            for (let j = 0; j <= 4; j++) {
              const px = at.x - width / 2 + (width * i) / 10;
              const py = at.y - height / 2 + (height * j) / 4;
              const r = Math.hypot(px, py);
              expect(r).toBeGreaterThanOrEqual(innerRadius + 3 - 1e-6);
              expect(r).toBeLessThanOrEqual(innerRadius + thickness - 3 + 1e-6);
              const turned = (((Math.atan2(py, px) - start) % TURN) + TURN) % TURN;
              expect(turned).toBeLessThanOrEqual(sweep + 1e-9);
              // Distance to each side's ray: across it where the point is beside it, else to the centre.
              for (const side of [start, start + sweep]) {
                const along = px * Math.cos(side) + py * Math.sin(side);
                const across = Math.abs(px * Math.sin(side) - py * Math.cos(side));
                expect(along > 0 ? across : r).toBeGreaterThanOrEqual(3 - 1e-6);
              }
            }
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('gives no place on a ring segment too small for the label', () => {
    const sliver = { x: 0, y: 0, startAngle: 0, endAngle: 0.2, innerRadius: 50, outerRadius: 100, getCenterPoint: centre(75, 7) };
    expect(labelPlace(sliver, 60, 10)).toBeNull();
  });
});
