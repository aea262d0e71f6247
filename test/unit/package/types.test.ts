import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { elementTags } from '../../../scripts/entries.mjs';
import { elementsOf, readManifest, root } from './manifest.js';

const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { exports: Record<string, string | { default?: string }> };

/** `dist/elements/x/x.js` -> `strike-charts/x.js`: the package entry that serves a module of the manifest. */
function entryOf(module: string): string {
  const key = Object.entries(pkg.exports).find(([, target]) => typeof target === 'object' && target.default === `./${module}`)?.[0];
  if (!key) throw new Error(`no package entry serves ${module}`);
  return `strike-charts${key.slice(1)}`;
}

// Each event's type, imported from the entry the manifest names for it (what a generator would write),
// and used as a listener of that event: the name must be exported there and match the event map.
function eventTypeUsage(): string[] {
  return [...elementsOf(readManifest())].flatMap(([tag, el], i) =>
    (el.events ?? []).flatMap((event, j) => {
      const ref = event.type?.references?.[0];
      if (!ref?.module) throw new Error(`${tag} ${event.name}: the manifest gives no module for its type`);
      return [
        `import type { ${ref.name} as Event${i}x${j} } from '${entryOf(ref.module)}';`,
        `document.createElement('${tag}').addEventListener('${event.name}', (e: Event${i}x${j}) => e.detail);`,
      ];
    }),
  );
}

// Every element's tag, typed through its own entry: written here so that a new element folder is covered.
function writeTagUsage(): void {
  const lines = elementTags().flatMap((tag, i) => [
    `import type {} from 'strike-charts/${tag}.js';`,
    `const el${i} = document.createElement('${tag}');`,
    `el${i}.showTable = true;`,
    `el${i}.addEventListener('strike-render', (e) => e.detail);`,
    `// @ts-expect-error '${tag}' elements have no such property.`,
    `el${i}.notAProperty = 1;`,
  ]);
  lines.push(...eventTypeUsage());
  writeFileSync(new URL('test/types/tags.generated.ts', root), `// Written by test/unit/package/types.test.ts.\n${lines.join('\n')}\nexport {};\n`);
}

it('types tags, events and data shapes for TypeScript users of the built package (tsc on test/types)', () => {
  writeTagUsage();
  let output = '';
  try {
    execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'test/types/tsconfig.json'], {
      cwd: fileURLToPath(root),
      encoding: 'utf8',
    });
  } catch (error) {
    output = String((error as { stdout?: string }).stdout ?? error);
  }
  expect(output, 'tsc errors (is dist/ built?)').toBe('');
}, 60_000);
