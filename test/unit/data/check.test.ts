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

  it('says where broken JSON breaks: line, column, what was expected, and the text around it', () => {
    const text = '{\n  "date": "2024-11-13",\n  "weapons": [\n    { "kind": "drone" "launched": 5 }\n  ]\n}';
    expect(parseJson(text)).toEqual({
      ok: false,
      problem: { code: 'not-json', endsEarly: false, message: 'line 4, column 23: expected "," or "}", got "\\"" (…[ { "kind": "drone" ▸"launched": 5 } …)' },
    });
    const cases: [string, string][] = [
      ['{not json', 'line 1, column 2: expected a property name in double quotes, got "n" ({▸not json)'],
      ["{'label': 1}", 'line 1, column 2: expected a property name in double quotes, got "\'"'],
      ['[1, 2,]', 'line 1, column 7: expected a value, got "]"'],
      ['{"a": 1} x', 'line 1, column 10: expected the end of the text, got "x"'],
      ['{"a": "two\nlines"}', 'line 1, column 11: expected no line break or control character inside a quoted text'],
      ['{"a" 1}', 'line 1, column 6: expected ":" after the property name, got "1"'],
    ];
    for (const [broken, message] of cases) {
      const r = parseJson(broken);
      expect(r.ok ? undefined : r.problem, broken).toMatchObject({ code: 'not-json', endsEarly: false, message: expect.stringContaining(message) });
    }
    expect(parseJson('[[{"a": [true, false, null, -1.5e3, "\\u00e9\\n"]}]]')).toEqual({ ok: true, value: [[{ a: [true, false, null, -1500, 'é\n'] }]] });
  });

  it('says when JSON ends early, as it does when an apostrophe ends a single-quoted attribute', () => {
    // <x data='{"label":"Russia's"}'>: the attribute's value stops at the apostrophe.
    const r = parseJson('{"label":"Russia');
    expect(r.ok ? undefined : r.problem).toEqual({
      code: 'not-json',
      endsEarly: true,
      message: 'line 1, column 17: expected the closing quote of the text, got the end of the text ({"label":"Russia▸)',
    });
    for (const early of ['{"weapons": [', '{"weapons": [{"kind": "drone", ', '']) {
      const cut = parseJson(early);
      expect(cut.ok ? undefined : cut.problem, early).toMatchObject({ endsEarly: true, message: expect.stringContaining('got the end of the text') });
    }
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
