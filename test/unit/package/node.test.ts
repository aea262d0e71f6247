import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { elementTags } from '../../../scripts/entries.mjs';
import { root } from './manifest.js';

const dist = (path: string) => new URL(`dist/${path}`, root);

it('imports dist/index.js, dist/data.js, dist/react.js and every element entry in plain Node (a child process, no DOM)', () => {
  const tags = elementTags();
  const script = `
    const entries = ['index.js', 'data.js', 'react.js', ...${JSON.stringify(tags)}.map((t) => 'elements/' + t + '/' + t + '.js')];
    const loaded = {};
    for (const entry of entries) loaded[entry] = Object.keys(await import(new URL(entry, ${JSON.stringify(dist('').href)}))).length;
    console.log(JSON.stringify({ loaded, defined: ${JSON.stringify(tags)}.filter((t) => customElements.get(t)), document: typeof document }));`;
  const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', cwd: fileURLToPath(root) }));
  expect(out.document).toBe('undefined');
  expect(out.defined).toEqual(tags);
  for (const [entry, count] of Object.entries(out.loaded)) expect(count, `${entry} exports`).toBeGreaterThan(0);
});

it('keeps strike-charts/data free of Lit and chart.js, all the way down its imports', () => {
  const seen = new Set<string>();
  const bare: string[] = [];
  const walk = (url: URL) => {
    if (seen.has(url.href)) return;
    seen.add(url.href);
    for (const [, spec] of readFileSync(url, 'utf8').matchAll(/(?:^|[;\s])(?:import|export)\b[^'"]*?['"]([^'"]+)['"]/g)) {
      if (spec.startsWith('.')) walk(new URL(spec, url));
      else bare.push(spec);
    }
  };
  walk(dist('data.js'));
  expect(seen.size).toBeGreaterThan(3);
  expect(bare).toEqual([]);
});
