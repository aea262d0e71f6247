import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { elementTags, staleEntries } from '../../../scripts/entries.mjs';
import { elementsOf, readManifest, root } from './manifest.js';

const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
  exports: Record<string, string | { types: string; node?: string; default: string }>;
  sideEffects: string[];
  customElements: string;
  files: string[];
  dependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
  peerDependenciesMeta: Record<string, { optional?: boolean }>;
};
const tags = elementTags();
const exists = (path: string) => existsSync(new URL(path, root));

describe('package.json', () => {
  it('has an exports entry and a sideEffects line for every folder in src/elements, and nothing stale', () => {
    expect(tags.length).toBeGreaterThan(0);
    expect(staleEntries(), 'run `npm run entries`').toEqual([]);
    for (const tag of tags) {
      expect(pkg.exports[`./${tag}.js`], tag).toEqual({
        types: `./dist/elements/${tag}/${tag}.d.ts`,
        default: `./dist/elements/${tag}/${tag}.js`,
      });
      expect(pkg.sideEffects).toContain(`./dist/elements/${tag}/${tag}.js`);
    }
  });

  it('names as side effects only the files that register elements', () => {
    // react.js defines every element it wraps, through their define files.
    const dropIn = ['./dist/strike-charts.min.js', './dist/chunks/*.js', './dist/strike-charts.all.min.js', './dist/strike-charts.iife.js'];
    const registering = ['./dist/index.js', './dist/react.js', ...dropIn, ...tags.map((t) => `./dist/elements/${t}/${t}.js`)];
    expect([...pkg.sideEffects].sort()).toEqual(registering.sort());
    // The autoloader's chunks define their elements when it imports them; the package's own modules are named one by one.
    const globs = pkg.sideEffects.filter((p) => p.includes('*'));
    expect(globs, 'no globs but the chunks: component and style modules are pure').toEqual(['./dist/chunks/*.js']);
  });

  it('points every export and side-effect file at something the build wrote', () => {
    const targets = Object.values(pkg.exports).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t)));
    for (const path of [...targets, ...pkg.sideEffects.filter((p) => !p.includes('*'))]) expect(exists(path), `${path} (run \`npm run build\`)`).toBe(true);
    expect(readdirSync(new URL('dist/chunks/', root)).some((f) => f.endsWith('.js')), 'dist/chunks/ holds the chunks').toBe(true);
  });

  it('asks for React and @lit/react only as optional peers, for strike-charts/react; lit and chart.js are the dependencies', () => {
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['chart.js', 'lit']);
    expect(Object.keys(pkg.peerDependencies).sort()).toEqual(['@lit/react', 'react']);
    for (const peer of Object.keys(pkg.peerDependencies)) expect(pkg.peerDependenciesMeta[peer], peer).toEqual({ optional: true });
    expect(pkg.exports['./react']).toEqual({ types: './dist/react.d.ts', default: './dist/react.js' });
  });

  it('ships the manifest and declares lit and chart.js as dependencies with caret ranges', () => {
    expect(pkg.customElements).toBe('custom-elements.json');
    expect(pkg.files).toContain('custom-elements.json');
    expect(pkg.dependencies.lit).toMatch(/^\^3\./);
    expect(pkg.dependencies['chart.js']).toMatch(/^\^4\./);
  });
});

describe('the autoloader (src/autoload.ts)', () => {
  it('loads every element folder, each tag from its own define file, and nothing else', () => {
    const source = readFileSync(new URL('src/autoload.ts', root), 'utf8');
    const table = [...source.matchAll(/'(strike-[a-z-]+)': \(\) => import\('\.\/elements\/([a-z-]+)\/([a-z-]+)\.js'\)/g)];
    expect(table.map((m) => m[1])).toEqual(tags);
    for (const [, tag, folder, file] of table) expect([folder, file], tag).toEqual([tag, tag]);
  });
});

describe('custom-elements.json', () => {
  it('declares every element folder, with its define file registering the tag', () => {
    const manifest = readManifest();
    const declared = elementsOf(manifest);
    for (const tag of tags) {
      expect(declared.has(tag), `<${tag}> in custom-elements.json`).toBe(true);
      const define = manifest.modules.find((m) => m.path === `dist/elements/${tag}/${tag}.js`);
      expect(define?.exports?.some((e) => e.kind === 'custom-element-definition' && e.name === tag), `${tag}.js defines <${tag}>`).toBe(true);
    }
    expect([...declared.keys()].sort()).toEqual(tags);
  });
});

describe('source maps', () => {
  it('map every built module, and the drop-in bundle, back to files in src/, with their text inside', () => {
    const maps = ['dist/strike-charts.min.js.map', 'dist/strike-charts.all.min.js.map', 'dist/elements/strike-element.js.map', ...tags.map((t) => `dist/elements/${t}/${t}.component.js.map`)];
    for (const path of maps) {
      const map = JSON.parse(readFileSync(new URL(path, root), 'utf8')) as { sources: string[]; sourcesContent?: (string | null)[] };
      const own = map.sources.map((s) => new URL(s, new URL(path, root))).filter((u) => u.pathname.includes('/src/'));
      expect(own.length, path).toBeGreaterThan(0);
      for (const url of own) expect(existsSync(url), `${path} -> ${url.pathname}`).toBe(true);
      // src/ is not in the package: the text must travel inside the map.
      expect(map.sourcesContent?.length, path).toBe(map.sources.length);
      expect(map.sourcesContent?.every((text) => typeof text === 'string' && text.length > 0), path).toBe(true);
    }
  });

  it('leaves declaration maps out of the package, since they point into src/, which is not shipped', () => {
    expect(pkg.files).toContain('!dist/**/*.d.ts.map');
  });
});
