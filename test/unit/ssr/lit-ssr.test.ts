// Server rendering with @lit-labs/ssr, as a site renders the elements in Node: each element's HTML (declarative
// shadow DOM) holds its heading, the sentence that states its figures and the table of exact figures, so a
// reader sees them before any script runs (test/browser/hydration.test.ts hydrates the same HTML in Chromium).
import { readFileSync } from 'node:fs';
import { html } from 'lit';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseAttacksCsv } from '../../../src/data/csv.js';
import type { AttackRecord } from '../../../src/data/types.js';
import { SSR_CSV, SSR_HEADINGS, SSR_TAGS, type SsrTag } from '../../fixtures/ssr-page.js';
import { renderPage, renderTemplate } from './server-render.js';

const csv = readFileSync(new URL(`../../fixtures/${SSR_CSV}`, import.meta.url), 'utf8');
const records = parseAttacksCsv(csv).records;

/** The HTML as a reader's browser shows it: without Lit's part markers. */
const shown = (markup: string) => markup.replace(/<!--\/?lit-[^>]*-->/g, '').replace(/<\?>/g, '');

/** Each top-level element's HTML, by tag: from its start tag to the next element's (the dashboard's runs to the end). */
function byElement(page: string): Record<SsrTag, string> {
  const starts = SSR_TAGS.map((tag) => page.search(new RegExp(`<${tag}\\s[^>]*heading="${SSR_HEADINGS[tag]}"`)));
  return Object.fromEntries(SSR_TAGS.map((tag, i) => [tag, page.slice(starts[i], starts[i + 1] ?? page.length)])) as Record<SsrTag, string>;
}

/** The text of each cell of the table's row headed `header`. */
function row(markup: string, header: string): string[] {
  const found = markup.match(new RegExp(`<th scope="row">${header.replace(/[()]/g, '\\$&')}</th>([\\s\\S]*?)</tr>`));
  expect(found, `a row headed ${header}`).not.toBeNull();
  return [...found![1].matchAll(/<td>([^<]*)<\/td>/g)].map((m) => m[1]);
}

const sentence = (markup: string) => markup.match(/aria-label="([^"]*)"/)?.[1] ?? markup.match(/<p part="summary">([^<]*)<\/p>/)?.[1] ?? '';
const caption = (markup: string) => markup.match(/<caption>([^<]*)<\/caption>/)?.[1];
const count = (n: number) => n.toLocaleString('en');
const launched = (rows: readonly AttackRecord[]) => rows.reduce((sum, r) => sum + r.launched, 0);

describe('@lit-labs/ssr renders every element with its words', () => {
  let elements: Record<SsrTag, string>;
  beforeAll(async () => {
    elements = byElement(shown(await renderPage(csv)));
  });

  it.each(SSR_TAGS)('<%s>: a declarative shadow root with its heading, a sentence and the table, and no error', (tag) => {
    const markup = elements[tag];
    expect(markup).toContain('<template shadowroot="open" shadowrootmode="open">');
    expect(markup).toContain(`<h2 part="heading">${SSR_HEADINGS[tag]}</h2>`);
    expect(markup).not.toContain('part="error"');
    expect(markup).toMatch(/<table part="table" id="strike-table">\s*<caption>[^<]+<\/caption>[\s\S]*<td>/);
    // The dashboard's sentences are its parts' (below).
    if (tag === 'strike-dashboard') return;
    // Where there is no chart (the summary), the sentence is a line of text; else the canvas's label.
    expect(sentence(markup).length).toBeGreaterThan(40);
  });

  it('<strike-chart>: the reference strike, 37 downed and 47 jammed of 90 drones', () => {
    const markup = elements['strike-chart'];
    expect(sentence(markup)).toMatch(/^Interception of the strike of November 13, 2024 across 8 regions\. .*Drones: 90 launched, 37 downed, 47 jammed, 6 unaccounted/);
    expect(row(markup, 'Drones').slice(0, 4)).toEqual(['90', '37', '47', '6']);
    expect(row(markup, 'Ballistic and cruise missiles').slice(0, 2)).toEqual(['6', '4']);
    expect(caption(markup)).toBe(sentence(markup));
    // The canvas is there for the browser to draw on; nothing is drawn on the server.
    expect(markup).toMatch(/<canvas part="chart" role="img"/);
  });

  it('<strike-troops>: more than 10,000 against about 50,000', () => {
    const markup = elements['strike-troops'];
    expect(sentence(markup)).toMatch(/North Korean troops: more than 10,000 \(source: Pentagon\)\. Russian troops: about 50,000/);
    expect(row(markup, 'North Korean troops')).toEqual(['more than 10,000', 'Pentagon']);
    expect(row(markup, 'Russian troops')).toEqual(['about 50,000', 'Officials in Kyiv']);
  });

  it('<strike-timeline>, <strike-summary>, <strike-breakdown>: the figures of the rows given', () => {
    expect(sentence(elements['strike-timeline'])).toContain(`${count(launched(records))} launched`);
    const june = records.filter((r) => r.date.startsWith('2025-06'));
    expect(sentence(elements['strike-summary'])).toMatch(new RegExp(`^Jun 2025: ${count(launched(june))} launched`));
    expect(row(elements['strike-summary'], 'Launched')[0]).toBe(count(launched(june)));
    const strikeDrones = records.filter((r) => r.category === 'strike-drone');
    expect(row(elements['strike-breakdown'], 'Strike drones')[0]).toBe(count(launched(strikeDrones)));
  });

  it('<strike-dashboard>: its controls, and every panel with its part rendered inside', () => {
    const markup = elements['strike-dashboard'];
    expect(markup).toMatch(/<p part="meta">\d+ rows, October 17, 2022 to July 1, 2025<\/p>/);
    expect(markup).not.toContain('class="pending"');
    // Each part waits for the dashboard to hydrate first (defer-hydration), with its own shadow root.
    const parts = [...markup.matchAll(/<(strike-[a-z]+)\s[^>]*class="part"[^>]*defer-hydration><template shadowroot="open"/g)].map((m) => m[1]);
    expect(parts).toEqual(['strike-summary', 'strike-timeline', 'strike-breakdown', 'strike-breakdown', 'strike-chart']);
    expect(markup.match(/<table part="table"/g)).toHaveLength(5);
    expect(markup).toContain(`${count(launched(records))} launched`);
  });

  it('renders `src` as loading, and fetches nothing: the browser loads the file as the element hydrates', async () => {
    const asked: unknown[] = [];
    const real = globalThis.fetch;
    globalThis.fetch = (input: RequestInfo | URL) => (asked.push(input), Promise.reject(new Error('no fetch on the server')));
    try {
      const markup = shown(await renderTemplate(html`<strike-chart heading="Last night" src="/data/report.json"></strike-chart>`));
      expect(markup).toContain('<h2 part="heading">Last night</h2>');
      expect(markup).toMatch(/<p part="loading" role="status">\s*Loading figures…/);
      expect(markup).not.toContain('part="empty"');
    } finally {
      globalThis.fetch = real;
    }
    expect(asked).toEqual([]);
  });
});
