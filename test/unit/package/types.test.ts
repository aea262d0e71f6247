import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { elementTags } from '../../../scripts/entries.mjs';
import { root } from './manifest.js';

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
