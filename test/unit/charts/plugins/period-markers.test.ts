import { describe, expect, it } from 'vitest';
import { markerRows, placeLabels } from '../../../../src/charts/plugins/period-markers.js';

// 6 px a letter.
const ctx = { measureText: (text: string) => ({ width: text.length * 6 }) } as unknown as CanvasRenderingContext2D;

describe('placeLabels', () => {
  it('writes a label from its mark, and the next one close by on the second line', () => {
    const [kursk, winter] = placeLabels(ctx, [{ label: 'Kursk offensive', at: 100 }, { label: 'Winter strikes', at: 130 }], 2, 0, 1000);
    expect(kursk).toEqual({ text: 'Kursk offensive', x: 104, row: 0 });
    expect(winter).toEqual({ text: 'Winter strikes', x: 134, row: 1 });
  });

  it('goes back to the first line once the label before has ended', () => {
    const places = placeLabels(ctx, [{ label: 'A', at: 100 }, { label: 'B', at: 105 }, { label: 'C', at: 300 }], 2, 0, 1000);
    expect(places.map((p) => p.row)).toEqual([0, 1, 0]);
  });

  it('moves a label left at the plot\'s right edge, and cuts it to its room with an ellipsis', () => {
    const [late] = placeLabels(ctx, [{ label: 'Winter strikes', at: 990 }], 1, 0, 1000);
    expect(late).toEqual({ text: 'Winter strikes', x: 1000 - 14 * 6, row: 0 });
    const [long] = placeLabels(ctx, [{ label: 'A very long label indeed', at: 0 }], 1, 0, 100);
    expect(long).toEqual({ text: 'A very long lab…', x: 0, row: 0 });
  });

  it('never lets two labels on one line overlap, and leaves one out where not a few letters fit', () => {
    const marks = ['First label', 'Second', 'Third one', 'Fourth', 'Fifth label'].map((label, i) => ({ label, at: i * 10 }));
    const places = placeLabels(ctx, marks, 2, 0, 200).filter((p) => p.text);
    expect(places.length).toBeGreaterThan(2);
    for (const a of places) {
      for (const b of places) {
        if (a === b || a.row !== b.row || a.x > b.x) continue;
        expect(b.x, `${a.text} and ${b.text}`).toBeGreaterThanOrEqual(a.x + a.text.length * 6);
      }
    }
    const [none] = placeLabels(ctx, [{ label: 'Label', at: 0 }], 1, 0, 20);
    expect(none.text).toBe('');
  });

  it('asks for a second line only when there are two marks or more', () => {
    expect([markerRows([1]), markerRows([1, 2]), markerRows([1, 2, 3])]).toEqual([1, 2, 2]);
  });
});
