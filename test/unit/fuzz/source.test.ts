import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveSourceUrl } from '../../../src/controllers/source-controller.js';
import { badTexts, text } from '../../fixtures/hostile.js';
import { fuzz, fuzzTimeout } from './settings.js';

const scheme = fc.constantFrom('javascript:', 'JavaScript:', ' javascript:', 'java\tscript:', 'data:', 'file:', 'blob:', 'vbscript:', 'ftp:', 'ws:', 'http:', 'https:', '//', '/', '', 'about:');

describe('src URLs under hostile input (property tests)', () => {
  it('resolves any string to an http(s) URL or refuses it in plain words, never another scheme', () => {
    fc.assert(
      fc.property(scheme, text, fc.constantFrom('https://example.org/news/page', 'http://localhost:8000/'), (prefix, rest, base) => {
        const result = resolveSourceUrl(prefix + rest, base);
        if (typeof result === 'string') expect(badTexts([result])).toEqual([]);
        else expect(['http:', 'https:']).toContain(result.protocol);
      }),
      fuzz(),
    );
  }, fuzzTimeout);

  it('refuses the schemes that run script or read local files, however they are written', () => {
    for (const src of ['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'java\nscript:alert(1)', 'data:application/json,{}', 'file:///etc/passwd', 'blob:https://example.org/x']) {
      expect(resolveSourceUrl(src, 'https://example.org/')).toMatch(/^only http and https URLs can be loaded, not "(javascript|data|file|blob):"$/);
    }
  });
});
