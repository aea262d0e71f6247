import { describe, expect, it } from 'vitest';
import { LIGHT_PALETTE } from '../../../src/charts/palette.js';
import { canvasFallback, THEME_TOKENS } from '../../../src/charts/theme-tokens.js';
import { partTokens, tokens } from '../../../src/styles/tokens.js';

/** The declarations of the first (innermost) block after `selector`, by property. */
function block(css: string, selector: string): Map<string, string> {
  const end = css.indexOf('}', css.indexOf(selector));
  const body = css.slice(css.lastIndexOf('{', end) + 1, end);
  return new Map(body.split(';').filter((d) => d.includes(':')).map((d) => [d.slice(0, d.indexOf(':')).trim(), d.slice(d.indexOf(':') + 1).trim()]));
}

describe('the theme token table', () => {
  it('gives every token with a default its light, dark and forced-colors values on :host', () => {
    const css = tokens.cssText;
    const light = block(css, ':host {');
    const dark = block(css, ":host([theme='dark'])");
    const autoDark = block(css, ":host(:not([theme='light']))");
    const forced = block(css, '@media (forced-colors: active)');
    for (const t of THEME_TOKENS) {
      const name = `--strike-${t.name}`;
      expect(light.get(name), name).toBe('light' in t ? t.light : undefined);
      expect(dark.get(name), name).toBe('dark' in t ? t.dark : undefined);
      expect(autoDark.get(name), name).toBe('dark' in t ? t.dark : undefined);
      expect(forced.get(name), name).toBe('forced' in t ? t.forced : undefined);
    }
    expect(light.get('color-scheme')).toBe('light');
    expect(dark.get('color-scheme')).toBe('dark');
  });

  it('lets a high-contrast theme win in a dark colour scheme too: the forced block is as specific as the dark ones, and last', () => {
    const css = tokens.cssText;
    const forcedAt = css.indexOf('@media (forced-colors: active)');
    const selectors = css.slice(forcedAt, css.indexOf('{', css.indexOf('{', forcedAt) + 1)).replace(/\s+/g, ' ');
    for (const dark of [":host([theme='dark'])", ":host(:not([theme='light']))"]) {
      expect(selectors, dark).toContain(dark);
      expect(css.indexOf(dark), dark).toBeLessThan(forcedAt);
    }
  });

  it("hands a dashboard's parts every token it defaults, but no background of their own", () => {
    const part = block(`.part {${partTokens.cssText}}`, '.part');
    expect(part.get('--strike-color-background')).toBe('transparent');
    expect(part.get('--strike-color-downed')).toBe('inherit');
    expect(part.get('--strike-color-troops')).toBeUndefined();
    expect([...part.keys()].sort()).toEqual(THEME_TOKENS.filter((t) => 'light' in t).map((t) => `--strike-${t.name}`).sort());
  });

  it('falls back on the canvas to the light defaults', () => {
    expect(canvasFallback('color-on-troops')).toBe('#ffffff');
    expect(LIGHT_PALETTE).toEqual({
      downed: '#0b4f8a',
      jammed: '#e69f00',
      unaccounted: '#c9c9c9',
      stillAttacking: '#d55e00',
      notReported: '#f3f3f1',
      labelOn: { downed: '#ffffff', jammed: '#111111', unaccounted: '#111111', stillAttacking: '#111111', notReported: '#45474d' },
      text: '#1d1d1f',
      grid: 'rgba(0, 0, 0, 0.12)',
      rate: '#7a1f5c',
      troops: '#0b4f8a',
      onTroops: '#ffffff',
    });
  });
});
