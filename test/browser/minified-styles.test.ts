import { expect } from '@esm-bundle/chai';
import type { CSSResult } from 'lit';
import { minifyCss } from '../../scripts/minify-templates.mjs';
import * as api from '../../src/index.js';

/**
 * The rules a browser reads from a style sheet, as it writes them back. Custom properties keep their values
 * as written, so the spaces after their commas (`rgba(0, 0, 0, 0.12)`, gone when minified) are left out.
 */
function rules(text: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return [...sheet.cssRules].map((rule) => rule.cssText.replaceAll(', ', ','));
}

// The bundles ship every css`…` minified (scripts/minify-templates.mjs): the browser must read the same rules.
describe('styles as minified for the bundles', () => {
  it('give the browser the very rules of the sources, for every element', () => {
    const styled = Object.values(api).filter((v): v is typeof HTMLElement & { styles: CSSResult[] } => typeof v === 'function' && 'styles' in v);
    expect(styled.length).to.be.greaterThan(5);
    for (const element of styled) {
      for (const style of element.styles) expect(rules(minifyCss(style.cssText))).to.deep.equal(rules(style.cssText));
    }
  });
});
