import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { elementsOf, readManifest, root } from './manifest.js';

const elements = elementsOf(readManifest());
const readme = readFileSync(new URL('README.md', root), 'utf8');

/** The README section of one element: from its `## `<tag>`` heading to the next second-level heading. */
function sectionOf(tag: string): string {
  const start = readme.indexOf(`\n## \`<${tag}>\``);
  if (start === -1) return '';
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end === -1 ? undefined : end);
}

// What every element inherits from StrikeElement, attribute -> property.
const SHARED = { data: 'data', src: 'src', locale: 'locale', theme: 'theme', 'show-table': 'showTable', heading: 'heading', eager: 'eager' };

describe.each([...elements.keys()])('<%s> in custom-elements.json', (tag) => {
  const el = elements.get(tag)!;

  it('has a summary, and a description for every attribute, event, part and custom property', () => {
    expect(el.summary, 'the @summary JSDoc tag').toBeTruthy();
    expect(el.events?.length, '@event tags').toBeGreaterThan(0);
    expect(el.cssParts?.length, '@csspart tags').toBeGreaterThan(0);
    expect(el.cssProperties?.length, '@cssproperty tags').toBeGreaterThan(0);
    for (const item of [...(el.attributes ?? []), ...(el.events ?? []), ...(el.cssParts ?? []), ...(el.cssProperties ?? [])]) {
      expect(item.description, `${tag}: ${item.name}`).toBeTruthy();
    }
  });

  it('lists the attributes and properties shared by every element, inherited from StrikeElement', () => {
    for (const [attribute, field] of Object.entries(SHARED)) {
      expect(el.attributes?.find((a) => a.name === attribute)?.fieldName, attribute).toBe(field);
      expect(el.members?.some((m) => m.name === field && m.kind === 'field'), field).toBe(true);
    }
    expect(el.members?.some((m) => m.privacy === 'private' || m.privacy === 'protected'), 'only public members').toBe(false);
  });

  it('types its events from GlobalEventHandlersEventMap, and fires strike-render and strike-error', () => {
    const names = el.events?.map((e) => e.name) ?? [];
    expect(names).toEqual(expect.arrayContaining(['strike-render', 'strike-error']));
    for (const event of el.events ?? []) {
      expect(event.name).toMatch(/^strike-[a-z]+$/);
      expect(event.type?.text, event.name).toMatch(/^Strike[A-Za-z]+Event$/);
    }
  });

  it('is precise enough for generators: data typed with its JSON shapes, every field typed, defaults as values', () => {
    const data = el.members?.find((m) => m.name === 'data');
    expect(data?.type?.text, 'data').toMatch(/\b(StrikeReport|TroopComparison)\b/);
    expect(data?.type?.text, 'data').toMatch(/\bstring\b/);
    expect(el.attributes?.find((a) => a.name === 'data')?.type?.text, 'the data attribute').toBe(data?.type?.text);
    for (const item of [...(el.attributes ?? []), ...(el.members ?? []).filter((m) => m.kind === 'field')]) {
      expect(item.type?.text, `${tag}: ${item.name}'s type`).toBeTruthy();
      expect(item.type?.text, `${tag}: ${item.name}'s type`).not.toMatch(/\bunknown\b/);
      // A constant's name (DEFAULT_TIMEOUT_MS) tells a tool nothing; its value does.
      expect(item.default ?? '', `${tag}: ${item.name}'s default`).not.toMatch(/^[A-Z][A-Z0-9_]*$/);
    }
    expect(el.members?.find((m) => m.name === 'timeout')?.default, 'timeout').toMatch(/^\d+$/);
  });

  it('is documented in the README: every attribute, event, part and custom property', () => {
    const section = sectionOf(tag);
    expect(section, `a "## \`<${tag}>\`" section in README.md`).not.toBe('');
    const missing = [
      ...(el.attributes ?? []).map((a) => a.name),
      ...(el.events ?? []).map((e) => e.name),
      ...(el.cssParts ?? []).map((p) => p.name),
      ...(el.cssProperties ?? []).map((p) => p.name),
    ].filter((name) => !section.includes(`\`${name}\``));
    expect(missing, `missing from the README section of <${tag}>`).toEqual([]);
  });
});
