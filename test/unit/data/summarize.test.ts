import { describe, expect, it } from 'vitest';
import { downedRate, jammedRate, neutralizedRate, unaccounted, isInconsistent, notReported, rateOf, rowNotReported } from '../../../src/data/rates.js';
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

  it('leaves what a report without jammed does not split as not reported, never unaccounted', () => {
    const missiles = { launched: 6, downed: 4 };
    expect(notReported(missiles)).toBe(2);
    expect(unaccounted(missiles)).toBe(0);
    expect(isInconsistent(missiles)).toBe(false);
    // A summed tally says how much it did not split; the rest of it is split.
    expect(notReported({ launched: 96, downed: 41, jammed: 47, notReported: 2 })).toBe(2);
    expect(unaccounted({ launched: 96, downed: 41, jammed: 47, notReported: 2 })).toBe(6);
    expect(notReported({ launched: 90, downed: 37, jammed: 47 })).toBe(0);
  });

  it('counts still in the air as its own outcome, outside unaccounted', () => {
    const drones = { launched: 90, downed: 37, jammed: 46, stillAttacking: 2 };
    expect(unaccounted(drones)).toBe(5);
    expect(notReported(drones)).toBe(0);
    expect(notReported({ launched: 10, downed: 5, stillAttacking: 2 })).toBe(3);
    expect(isInconsistent({ launched: 10, downed: 5, jammed: 4, stillAttacking: 2 })).toBe(true);
  });

  it("takes a row's part not reported from the counts it leaves empty", () => {
    expect(rowNotReported({ launched: 10, downed: 5, jammed: 3, stillAttacking: 1 })).toBe(0);
    expect(rowNotReported({ launched: 10, downed: 5, stillAttacking: 1 })).toBe(4);
    expect(rowNotReported({ launched: 10, jammed: 3 })).toBe(7);
    expect(rowNotReported({ launched: 10 })).toBe(10);
    expect(rowNotReported({ launched: 10, downed: 12 })).toBe(0);
  });

  it('names the rate asked for', () => {
    const drones = { launched: 90, downed: 37, jammed: 47 };
    expect(rateOf(drones, 'downed')).toBeCloseTo(37 / 90);
    expect(rateOf(drones, 'neutralized')).toBeCloseTo(84 / 90);
  });
});

describe('summarize', () => {
  it('summarizes the reference strike per entry and in total', () => {
    const s = summarize(referenceStrike);
    // The missiles' report does not say how many were jammed: the 2 not downed are not reported, not unaccounted.
    expect(s.entries[0]).toMatchObject({ launched: 6, downed: 4, jammed: 0, jammedReported: false, notReported: 2, unaccounted: 0, inconsistent: false });
    expect(s.entries[0].downedRate).toBeCloseTo(4 / 6);
    expect(s.entries[1]).toMatchObject({ launched: 90, downed: 37, jammed: 47, unaccounted: 6, notReported: 0, jammedReported: true, jammedPartlyReported: false });
    expect(s.total).toMatchObject({ launched: 96, downed: 41, jammed: 47, notReported: 2, unaccounted: 6, jammedPartlyReported: true });
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
    expect(sumTallies([{ launched: 1, downed: 1 }, { launched: 2, downed: 0 }])).toEqual({ launched: 3, downed: 1, notReported: 2 });
    expect(sumTallies([{ launched: 1, downed: 1 }, { launched: 2, downed: 0, jammed: 1 }])).toEqual({ launched: 3, downed: 1, jammed: 1 });
    // Once one tally reports jammed, the others' unsplit part is carried as a count.
    expect(sumTallies([{ launched: 6, downed: 4 }, { launched: 90, downed: 37, jammed: 46, stillAttacking: 2 }])).toEqual({
      launched: 96,
      downed: 41,
      jammed: 46,
      stillAttacking: 2,
      notReported: 2,
    });
  });
});
