import { describe, expect, it } from 'vitest';
import { validateReport } from '../../../src/data/validate.js';
import { referenceStrike } from '../../fixtures/samples.js';

describe('validateReport', () => {
  it('accepts the reference strike unchanged', () => {
    const result = validateReport(JSON.parse(JSON.stringify(referenceStrike)));
    expect(result.ok).toBe(true);
    expect(result.value).toEqual(referenceStrike);
    expect(result.issues).toEqual([]);
  });

  it('names the path and the bad value of a negative count', () => {
    const bad = structuredClone(referenceStrike) as unknown as { weapons: { downed: unknown }[] };
    bad.weapons[1].downed = -5;
    const result = validateReport(bad);
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([{ path: 'weapons[1].downed', message: 'weapons[1].downed: expected a whole number >= 0, got -5' }]);
  });

  it('reports every problem at once: fractional, text, missing, wrong kind', () => {
    const result = validateReport({
      date: '2024-13-45',
      weapons: [
        { kind: 'missile', launched: 2.5, downed: '1,234' },
        { kind: 'rocket', launched: 3 },
        'drone',
      ],
    });
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.path)).toEqual([
      'report.date',
      'weapons[0].launched',
      'weapons[0].downed',
      'weapons[1].kind',
      'weapons[1].downed',
      'weapons[2]',
    ]);
    expect(result.issues[2].message).toBe('weapons[0].downed: expected a whole number >= 0, got "1,234"');
    expect(result.issues[4].message).toContain('got nothing');
  });

  it('rejects non-objects and empty weapon lists', () => {
    expect(validateReport(null).issues[0].message).toBe('report: expected an object with "weapons", got null');
    expect(validateReport([]).issues[0].path).toBe('report');
    expect(validateReport({ weapons: [] }).issues[0].path).toBe('weapons');
  });

  it('keeps only known keys, so prototype keys in data never leak', () => {
    const input = JSON.parse('{"__proto__": {"polluted": 1}, "weapons": [{"kind": "drone", "launched": 1, "downed": 1, "constructor": 3}]}');
    const result = validateReport(input);
    expect(result.ok).toBe(true);
    expect(result.value).toEqual({ weapons: [{ kind: 'drone', launched: 1, downed: 1 }] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('accepts a source given as plain text, and 1e15 as a count', () => {
    const result = validateReport({ source: 'Pentagon', weapons: [{ kind: 'drone', launched: 1e15, downed: 0 }] });
    expect(result.value?.source).toEqual({ name: 'Pentagon' });
    expect(result.value?.weapons[0].launched).toBe(1e15);
  });
});
