import type { TroopFigure } from '../data/types.js';
import type { RatioWords } from '../i18n/types.js';

/** What a figure allows the true count to be: from `lo` to `hi`, and the number it states. */
interface Span {
  stated: number;
  lo: number;
  hi: number;
  approximate: boolean;
}

function span(f: TroopFigure): Span {
  const v = f.value ?? 0;
  switch (f.qualifier) {
    case 'more-than':
      return { stated: v, lo: v, hi: Infinity, approximate: false };
    case 'fewer-than':
      return { stated: v, lo: 0, hi: v, approximate: false };
    case 'range': {
      const lo = f.low ?? 0;
      const hi = f.high ?? lo;
      return { stated: f.value ?? (lo + hi) / 2, lo, hi, approximate: false };
    }
    default:
      return { stated: v, lo: v, hi: v, approximate: f.qualifier === 'about' };
  }
}

// One decimal below 10 ("2.3 times"), whole numbers above; the epsilon keeps 5 from flooring to 4.9.
const scale = (x: number) => (x < 10 ? 10 : 1);
const floorTo = (x: number) => Math.floor(x * scale(x) + 1e-9) / scale(x);
const ceilTo = (x: number) => Math.ceil(x * scale(x) - 1e-9) / scale(x);
const roundTo = (x: number) => Math.round(x * scale(x)) / scale(x);

/**
 * How many times the larger of two figures is the smaller, as far as their qualifiers allow: a lower bound
 * over an upper one gives "at least", the other way "at most", ranges give "between", and two bounds the
 * same way give `unknown`. Bounds round outwards, so they stay true; undefined when the smaller may be 0 only.
 */
export function troopRatio(first: TroopFigure, second: TroopFigure): RatioWords | undefined {
  const [big, small] = span(second).stated > span(first).stated ? [second, first] : [first, second];
  const a = span(big);
  const b = span(small);
  if (b.hi === 0) return undefined;
  const lo = b.hi === Infinity ? 0 : a.lo / b.hi;
  const hi = b.lo === 0 || a.hi === Infinity ? Infinity : a.hi / b.lo;
  const base = { larger: big.label, smaller: small.label, approximate: a.approximate || b.approximate };
  if (lo === hi) {
    const times = roundTo(lo);
    return { ...base, bound: 'point', times, approximate: base.approximate || times !== lo };
  }
  if (hi === Infinity) return lo >= 1 ? { ...base, bound: 'at-least', times: floorTo(lo) } : { ...base, bound: 'unknown', times: 0 };
  // Below 1 the smaller figure may be the larger one; only the upper end says something.
  if (lo < 1) return { ...base, bound: 'at-most', times: ceilTo(hi) };
  return { ...base, bound: 'between', low: floorTo(lo), times: ceilTo(hi) };
}
