import { describe, expect, it } from 'vitest';
import { validateRecords } from '../../../src/data/records.js';
import { readReportsAsRecords } from '../../../src/data/reports.js';
import { validateTroops } from '../../../src/data/troops.js';
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

describe('counts written as text', () => {
  it('reads "90" and "90.0" as counts, with one warning naming every path read from text', () => {
    const result = validateReport({ regions: '8', weapons: [{ kind: 'drone', launched: '90', downed: '37.0', jammed: 47 }] });
    expect(result.ok).toBe(true);
    expect(result.value).toEqual({ regions: 8, weapons: [{ kind: 'drone', launched: 90, downed: 37, jammed: 47 }] });
    expect(result.issues).toEqual([
      { path: 'report.regions', message: 'report.regions, weapons[0].launched, weapons[0].downed: counts written as text, read as numbers; write 90, not "90"' },
    ]);
  });

  it('still refuses text that is not a whole count', () => {
    for (const text of ['1,234', '2.5', '-3', '', 'ninety', '1e3', '0x10']) {
      const result = validateReport({ weapons: [{ kind: 'drone', launched: text, downed: 0 }] });
      expect(result.issues, text).toEqual([{ path: 'weapons[0].launched', message: `weapons[0].launched: expected a whole number >= 0, got ${JSON.stringify(text)}` }]);
    }
  });

  it('gives one warning for a whole list of reports, paths placed in the list; none for the troops and rows written as numbers', () => {
    const read = readReportsAsRecords([
      { date: '2024-11-13', weapons: [{ kind: 'drone', launched: '90', downed: 37 }] },
      { date: '2024-11-14', weapons: [{ kind: 'missile', launched: 6, downed: '4' }] },
    ]);
    expect(read).toEqual({
      records: [expect.objectContaining({ launched: 90, downed: 37 }), expect.objectContaining({ launched: 6, downed: 4 })],
      span: { start: '2024-11-13', end: '2024-11-14' },
      warnings: [{ path: '[0].weapons[0].launched', message: '[0].weapons[0].launched, [1].weapons[0].downed: counts written as text, read as numbers; write 90, not "90"' }],
    });
    const troops = validateTroops({ figures: [{ label: 'North Korean troops', value: '10000', qualifier: 'more-than' }] });
    expect(troops.value?.figures[0].value).toBe(10000);
    expect(troops.issues).toEqual([{ path: 'figures[0].value', message: 'figures[0].value: a count written as text, read as a number; write 90, not "90"' }]);
    expect(validateReport(referenceStrike).issues).toEqual([]);
    expect(validateRecords([{ date: '2024-11-13', model: 'Shahed', kind: 'drone', launched: '5' }]).issues.map((i) => i.path)).toEqual(['records[0].launched']);
  });
});
