// Without a browser (server rendering, static generation, tests in Node) an element still has its words:
// render() gives the figures as a table and a sentence, and nothing needs a canvas.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { elementTags } from '../../../scripts/entries.mjs';
import '../../../src/index.js';
import { loadLanguage } from '../../../src/index.js';
import { parseAttacksCsv } from '../../../src/data/csv.js';
import { StrikeChart } from '../../../src/elements/strike-chart/strike-chart.js';
import { kurskTroops, referenceStrike } from '../../fixtures/samples.js';
import { renderToString } from './render-to-string.js';

// Data for each element in its own shape; the rest take rows of the public dataset.
const OWN_DATA: Record<string, unknown> = { 'strike-chart': referenceStrike, 'strike-troops': kurskTroops };
const dataset = { records: parseAttacksCsv(readFileSync(new URL('../../fixtures/attacks-sample.csv', import.meta.url), 'utf8')).records };

/** What a server renderer does with an element: set properties, run willUpdate, then render. */
function renderInNode(el: HTMLElement): string {
  (el as unknown as { willUpdate(changed: Map<string, unknown>): void }).willUpdate(new Map());
  return renderToString((el as unknown as { render(): unknown }).render());
}

describe('elements in Node, with no DOM', () => {
  it('has no document or canvas here', () => {
    expect(typeof document).toBe('undefined');
    expect(typeof HTMLCanvasElement).toBe('undefined');
  });

  it('<strike-chart> renders its table of exact figures and the sentence that labels the chart', () => {
    const el = new StrikeChart();
    el.locale = 'en';
    el.heading = 'Drones and missiles, 13 November 2024';
    el.data = referenceStrike;
    const html = renderInNode(el);
    expect(html).not.toContain('part="error"');
    expect(html).toMatch(/<h2 part="?heading"?>Drones and missiles, 13 November 2024<\/h2>/);
    const table = html.slice(html.indexOf('<table'), html.indexOf('</table>'));
    expect(table).toMatch(/<th scope="row">Drones<\/th>\s*<td>90<\/td>\s*<td>37<\/td>\s*<td>47<\/td>\s*<td>6<\/td>/);
    expect(table).toMatch(/<th scope="row">Ballistic and cruise missiles<\/th>\s*<td>6<\/td>\s*<td>4<\/td>/);
    const label = html.match(/<canvas[^>]*aria-label=([^>]*?)\s*(?:@|>)/)?.[1] ?? '';
    expect(label).toMatch(/90/);
    expect(label).toMatch(/drones/i);
    const caption = table.match(/<caption>([^<]*)<\/caption>/)?.[1];
    expect(caption).toBe(label.trim());
  });

  it('<strike-chart locale="uk"> renders Ukrainian once loadLanguage has loaded the words (nothing waits on a server)', async () => {
    await loadLanguage('uk');
    const el = new StrikeChart();
    el.locale = 'uk';
    el.data = referenceStrike;
    const html = renderInNode(el);
    expect(html).toMatch(/<div part="?base"? lang="?uk"?>/);
    expect(html).toMatch(/Перехоплення атаки 13 листопада 2024/);
  });

  it('<strike-chart> falls back to a default locale when there is no document to find a lang in', () => {
    const el = new StrikeChart();
    el.data = referenceStrike;
    const html = renderInNode(el);
    expect(html).toContain('<div part="base" lang=');
    expect(html).toMatch(/<th scope="row">Drones<\/th>\s*<td>90<\/td>/);
  });

  it('<strike-chart> renders a readable error for bad data, without throwing', () => {
    const el = new StrikeChart();
    el.locale = 'en';
    el.data = { date: '2024-11-13', weapons: [{ kind: 'drone', launched: 90, downed: -5 }] };
    const html = renderInNode(el);
    expect(html).toContain('part="error" role="alert"');
    expect(html).toContain('weapons[0].downed');
  });

  it.each(elementTags())('<%s> renders its figures with no DOM, and no error', (tag) => {
    const el = new (customElements.get(tag)!)() as HTMLElement & { locale?: string; data: unknown };
    el.locale = 'en';
    el.data = OWN_DATA[tag] ?? dataset;
    const html = renderInNode(el);
    expect(html).not.toContain('part="error"');
    // The dashboard builds its panels a frame apart in a browser; with no frames to wait for, all at once: its
    // controls, the line saying what the data holds, and each panel with its part (whose table is its own).
    if (tag === 'strike-dashboard') {
      expect(html).toMatch(/<p part="meta">\d+ rows/);
      expect(html).toMatch(/<section part="panel panel-summary">[\s\S]*<strike-summary/);
      expect(html).toMatch(/<section part="panel panel-strike">[\s\S]*<strike-chart/);
      expect(html).not.toContain('class="pending"');
    } else expect(html).toMatch(/<table part="table"[\s\S]*<td>/);
  });
});
