import { describe, expect, it } from 'vitest';
import { downedRate, jammedRate, neutralizedRate, unaccounted, isInconsistent } from '../../../src/data/rates.js';
import { summarize, sumTallies } from '../../../src/data/summarize.js';
import { referenceStrike } from '../../fixtures/samples.js';

describe('rates', () => {
  it('gives null, never NaN or Infinity, when nothing was launched', () => {
    const none = { launched: 0, downed: 0, jammed: 0 };
    expect(downedRate(none)).toBeNull();
    expect(jammedRate(none)).toBeNull();
    expect(neutralizedRate(none)).toBeNull();
    expect(unaccounted(none)).toBe(0);
  });

  it('derives the reference drones: 93 % neutralized, 6 unaccounted', () => {
    const drones = { launched: 90, downed: 37, jammed: 47 };
    expect(neutralizedRate(drones)).toBeCloseTo(84 / 90);
    expect(downedRate(drones)).toBeCloseTo(37 / 90);
    expect(jammedRate(drones)).toBeCloseTo(47 / 90);
    expect(unaccounted(drones)).toBe(6);
  });

  it('never shows unaccounted below 0 and flags the excess', () => {
    const t = { launched: 10, downed: 8, jammed: 5 };
    expect(unaccounted(t)).toBe(0);
    expect(isInconsistent(t)).toBe(true);
    expect(isInconsistent({ launched: 10, downed: 10 })).toBe(false);
  });
});

describe('summarize', () => {
  it('summarizes the reference strike per entry and in total', () => {
    const s = summarize(referenceStrike);
    expect(s.entries[0]).toMatchObject({ launched: 6, downed: 4, jammed: 0, jammedReported: false, unaccounted: 2, inconsistent: false });
    expect(s.entries[0].downedRate).toBeCloseTo(4 / 6);
    expect(s.entries[1]).toMatchObject({ launched: 90, downed: 37, jammed: 47, unaccounted: 6, jammedReported: true });
    expect(s.total).toMatchObject({ launched: 96, downed: 41, jammed: 47, unaccounted: 8 });
    // A rate over several entries is a sum over a sum, not a mean of rates.
    expect(s.total.neutralizedRate).toBeCloseTo(88 / 96);
    expect(s.inconsistent).toBe(false);
  });

  it('keeps an inconsistent entry, with its excess', () => {
    const s = summarize({ weapons: [{ kind: 'drone', launched: 50, downed: 40, jammed: 20 }] });
    expect(s.entries[0]).toMatchObject({ inconsistent: true, excess: 10, unaccounted: 0, downed: 40, jammed: 20 });
    expect(s.inconsistent).toBe(true);
  });

  it('sums jammed only where reported', () => {
    expect(sumTallies([{ launched: 1, downed: 1 }, { launched: 2, downed: 0 }])).toEqual({ launched: 3, downed: 1 });
    expect(sumTallies([{ launched: 1, downed: 1 }, { launched: 2, downed: 0, jammed: 1 }])).toEqual({ launched: 3, downed: 1, jammed: 1 });
  });
});
