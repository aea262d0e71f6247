import { describe, expect, it } from 'vitest';
import { validateTroops } from '../../../src/data/troops.js';
import { kurskJson, kurskTroops } from '../../fixtures/samples.js';

describe('validateTroops', () => {
  it('accepts the Kursk figures, with the source as a name', () => {
    const result = validateTroops(structuredClone(kurskJson));
    expect(result.ok).toBe(true);
    expect(result.value).toEqual(kurskTroops);
  });

  it('reads an absent qualifier as exact and keeps a range with its ends', () => {
    const result = validateTroops({
      figures: [
        { label: 'A', value: 300 },
        { label: 'B', qualifier: 'range', low: 200, high: 400 },
        { label: 'C', qualifier: 'range', low: 200, high: 400, value: 250, source: { name: 'X', url: 'https://x.org' } },
      ],
    });
    expect(result.issues).toEqual([]);
    expect(result.value?.figures).toEqual([
      { label: 'A', value: 300, qualifier: 'exact' },
      { label: 'B', qualifier: 'range', low: 200, high: 400 },
      { label: 'C', qualifier: 'range', low: 200, high: 400, value: 250, source: { name: 'X', url: 'https://x.org' } },
    ]);
  });

  it('names the path and the bad value of every broken figure at once', () => {
    const result = validateTroops({
      figures: [
        { label: 'A', value: -5 },
        { label: 'B', value: 10, qualifier: 'approx' },
        { value: 10 },
        { label: 'D', qualifier: 'range', low: 500, high: 100 },
        { label: 'E', qualifier: 'range', high: 100 },
        { label: 'F', qualifier: 'range', low: 1, high: 9, value: 20 },
        { label: 'G', value: 20, low: 10, high: 30 },
        'H',
      ],
    });
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      { path: 'figures[0].value', message: 'figures[0].value: expected a whole number >= 0, got -5' },
      { path: 'figures[1].qualifier', message: 'figures[1].qualifier: expected one of exact, about, more-than, fewer-than, range, got "approx"' },
      { path: 'figures[2].label', message: 'figures[2].label: expected a non-empty text, got nothing' },
      { path: 'figures[3].low', message: 'figures[3].low: expected at most high (100), got 500' },
      { path: 'figures[4].low', message: 'figures[4].low: expected a whole number >= 0, got nothing' },
      { path: 'figures[5].value', message: 'figures[5].value: expected a number from low (1) to high (9), got 20' },
      { path: 'figures[6].qualifier', message: 'figures[6].qualifier: expected "range" when low and high are given, got nothing' },
      { path: 'figures[7]', message: 'figures[7]: expected an object with label and value, got "H"' },
    ]);
  });

  it('requires a value unless the figure is a range', () => {
    expect(validateTroops({ figures: [{ label: 'A', qualifier: 'about' }] }).issues.map((i) => i.path)).toEqual(['figures[0].value']);
  });

  it('rejects non-objects, empty lists and bad titles', () => {
    expect(validateTroops(null).issues).toEqual([{ path: 'troops', message: 'troops: expected an object with "figures", got null' }]);
    expect(validateTroops({ figures: [] }).issues[0].path).toBe('figures');
    expect(validateTroops({ title: 7, figures: [{ label: 'A', value: 1 }] }).issues[0].path).toBe('troops.title');
  });

  it('keeps only known keys, so prototype keys in data never leak', () => {
    const input = JSON.parse('{"__proto__": {"polluted": 1}, "figures": [{"label": "A", "value": 1, "constructor": 3}]}');
    const result = validateTroops(input);
    expect(result.value).toEqual({ figures: [{ label: 'A', value: 1, qualifier: 'exact' }] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
