import { describe, expect, it } from 'vitest';
import { describe as describeValue, httpsUrl, parseJson } from '../../../src/data/check.js';
import { setWarningHandler, warn } from '../../../src/data/warn.js';

describe('check helpers', () => {
  it('describes values briefly and literally', () => {
    expect(describeValue(undefined)).toBe('nothing');
    expect(describeValue('x'.repeat(60))).toBe(`"${'x'.repeat(40)}…"`);
    expect(describeValue({})).toBe('an object');
    expect(describeValue([1])).toBe('a list');
    expect(describeValue([])).toBe('an empty list');
    expect(describeValue(NaN)).toBe('an invalid number');
  });

  it('links only https URLs', () => {
    expect(httpsUrl('https://example.org/x')).toBe('https://example.org/x');
    expect(httpsUrl('http://example.org')).toBeUndefined();
    expect(httpsUrl('javascript:alert(1)')).toBeUndefined();
    expect(httpsUrl('not a url')).toBeUndefined();
  });

  it('turns broken JSON into an issue naming where it was', () => {
    const r = parseJson('{"weapons": [', 'data', 'The data attribute');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issue).toMatchObject({ path: 'data', message: expect.stringMatching(/^The data attribute is not valid JSON \(/) });
  });

  it('routes warnings through one handler that can be replaced and restored', () => {
    const seen: string[] = [];
    const restore = setWarningHandler((m) => seen.push(m));
    warn('one');
    warn('two');
    restore();
    expect(seen).toEqual(['one', 'two']);
  });
});
