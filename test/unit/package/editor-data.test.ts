import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { elementsOf, readManifest, root } from './manifest.js';

const elements = elementsOf(readManifest());
const read = (file: string) => JSON.parse(readFileSync(new URL(file, root), 'utf8'));

// Built by `npm run build` from custom-elements.json: completion in VS Code and JetBrains IDEs.
describe('editor completion files', () => {
  const vscode = read('vscode.html-custom-data.json') as { tags: { name: string; attributes: { name: string; values?: { name: string }[] }[] }[] };
  const webTypes = read('web-types.json') as { contributions: { html: { elements: { name: string; attributes: { name: string }[]; events: { name: string }[] }[] } } };
  const pkg = read('package.json') as { 'web-types': string; files: string[] };

  it('name every tag, with every attribute of the manifest, and every event in web-types', () => {
    for (const [tag, el] of elements) {
      const attributes = (el.attributes ?? []).map((a) => a.name).sort();
      expect(vscode.tags.find((t) => t.name === tag)?.attributes.map((a) => a.name).sort(), tag).toEqual(attributes);
      const web = webTypes.contributions.html.elements.find((e) => e.name === tag);
      expect(web?.attributes.map((a) => a.name).sort(), tag).toEqual(attributes);
      expect(web?.events.map((e) => e.name).sort(), tag).toEqual((el.events ?? []).map((e) => e.name).sort());
    }
    expect(vscode.tags).toHaveLength(elements.size);
  });

  it('offer the values of an attribute whose type is a list of words', () => {
    const values = (tag: string, name: string) => vscode.tags.find((t) => t.name === tag)?.attributes.find((a) => a.name === name)?.values?.map((v) => v.name);
    expect(values('strike-chart', 'theme')).toEqual(['auto', 'light', 'dark']);
    // Named types of words (Period, RateName, StrikeChartVariant) are spelled out in the manifest.
    expect(values('strike-chart', 'variant')).toEqual(['bar', 'doughnut']);
    expect(values('strike-summary', 'period')).toEqual(['day', 'week', 'month', 'year']);
    expect(values('strike-timeline', 'rate')).toEqual(['neutralized', 'downed']);
  });

  it('list the words of every attribute the manifest types as a list of words, in both files', () => {
    // The manifest's word lists (`'bar' | 'doughnut'`, `'day' | … | undefined`), read here independently.
    const wordsOf = (text = '') => {
      const parts = text.split('|').map((p) => p.trim()).filter((p) => p !== 'undefined');
      return parts.length > 1 && parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : undefined;
    };
    const web = webTypes as unknown as { contributions: { html: { elements: { name: string; attributes: { name: string; values?: { name: string }[] }[] }[] } } };
    let lists = 0;
    for (const [tag, el] of elements) {
      for (const attribute of el.attributes ?? []) {
        const words = wordsOf(attribute.type?.text);
        if (!words) continue;
        lists++;
        const inVscode = vscode.tags.find((t) => t.name === tag)?.attributes.find((a) => a.name === attribute.name)?.values?.map((v) => v.name);
        const inWebTypes = web.contributions.html.elements.find((e) => e.name === tag)?.attributes.find((a) => a.name === attribute.name)?.values?.map((v) => v.name);
        expect(inVscode, `${tag} ${attribute.name} in VS Code data`).toEqual(words);
        expect(inWebTypes, `${tag} ${attribute.name} in web-types`).toEqual(words);
      }
    }
    // theme and rate on every element, and variant, by and period: a manifest that lost its word lists fails.
    expect(lists).toBeGreaterThanOrEqual(2 * elements.size + 4);
  });

  it('are found through package.json and packed', () => {
    expect(pkg['web-types']).toBe('./web-types.json');
    expect(pkg.files).toEqual(expect.arrayContaining(['web-types.json', 'vscode.html-custom-data.json']));
  });
});
