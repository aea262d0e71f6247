import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAttacksCsv } from '../../../src/data/csv.js';
import { bombsAllGuided, kindsIn } from '../../../src/data/kinds.js';
import { recordsFromReports } from '../../../src/data/reports.js';
import { referenceStrike } from '../../fixtures/samples.js';

const fixture = (name: string) => parseAttacksCsv(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8')).records;
// 24 rows with drones, missiles, a GBU and an Aerial Bomb; 91 rows of missiles and drones only.
const sample = fixture('attacks-sample.csv');
const noBombs = fixture('attacks-2025-01-and-2024-11-13.csv');

describe('kindsIn', () => {
  it('lists the kinds the rows hold, in the order kinds are listed', () => {
    expect(kindsIn(sample)).toEqual(['missile', 'drone', 'bomb']);
    expect(kindsIn(noBombs)).toEqual(['missile', 'drone']);
    expect(kindsIn([])).toEqual([]);
  });
});

describe('bombsAllGuided', () => {
  it('is true only when there are bombs and every one is a guided bomb', () => {
    expect(bombsAllGuided(sample)).toBe(false);
    expect(bombsAllGuided(sample.filter((r) => r.model !== 'Aerial Bomb'))).toBe(true);
    expect(bombsAllGuided(noBombs)).toBe(false);
  });

  it('is false for bombs of a report given as JSON, which has no categories', () => {
    const report = { ...referenceStrike, weapons: [{ kind: 'bomb' as const, launched: 4, downed: 1 }] };
    expect(bombsAllGuided(recordsFromReports([report]))).toBe(false);
  });
});
