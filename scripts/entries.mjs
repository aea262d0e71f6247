// The parts of package.json that follow from the element folders: an `exports` entry per element
// (`strike-charts/<tag>.js`) and `sideEffects`, which names only the files that register elements.
// `node scripts/entries.mjs` prints what is missing or stale; `--write` puts it into package.json.
// test/unit/package.test.ts fails while package.json and src/elements/ disagree.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Tags of the elements: one folder each under src/elements/, holding its define file `<tag>.ts`. */
export function elementTags() {
  return readdirSync(`${root}src/elements`, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

// The autoloader, the chunks it imports (each defines its element when loaded), and the self-contained file.
const MIN = './dist/strike-charts.min.js';
const CHUNKS = './dist/chunks/*.js';
const ALL = './dist/strike-charts.all.min.js';
// A classic script for a <script src> tag (a CDN serves it by its path): nothing to import, so no export.
const IIFE = './dist/strike-charts.iife.js';

// React components for every element (React and @lit/react are optional peer dependencies); importing it
// defines the elements.
const REACT = './dist/react.js';

/** Frameworks whose element types the package ships (dist/frameworks/<name>.d.ts). */
export const FRAMEWORKS = ['react', 'vue', 'svelte'];

/**
 * The `exports` map: the two entries, the React components, one per element, the drop-in files, the framework
 * types, the manifest, package.json.
 */
export function exportsFor(tags) {
  return {
    '.': { types: './dist/index.d.ts', default: './dist/index.js' },
    './data': { types: './dist/data.d.ts', default: './dist/data.js' },
    './react': { types: './dist/react.d.ts', default: REACT },
    ...Object.fromEntries(
      tags.map((tag) => [
        `./${tag}.js`,
        { types: `./dist/elements/${tag}/${tag}.d.ts`, default: `./dist/elements/${tag}/${tag}.js` },
      ]),
    ),
    // The autoloader exports discover() alone; in Node (no document) it does nothing.
    './strike-charts.min.js': { types: './dist/autoload.d.ts', default: MIN },
    // Node takes the module build: the self-contained file is for browsers (its Lit has no server shims).
    './strike-charts.all.min.js': { types: './dist/index.d.ts', node: './dist/index.js', default: ALL },
    // Types only (written by scripts/framework-types.mjs): a framework's declarations of every tag.
    ...Object.fromEntries(FRAMEWORKS.map((name) => [`./types/${name}`, { types: `./dist/frameworks/${name}.d.ts` }])),
    './custom-elements.json': './custom-elements.json',
    './package.json': './package.json',
  };
}

/** Files whose import defines elements: index.js, react.js, each define file, the drop-in files. Nothing else. */
export function sideEffectsFor(tags) {
  return ['./dist/index.js', REACT, ...tags.map((tag) => `./dist/elements/${tag}/${tag}.js`), MIN, CHUNKS, ALL, IIFE];
}

const readPackage = () => JSON.parse(readFileSync(`${root}package.json`, 'utf8'));

/** Differences between package.json and what the element folders call for, as sentences; empty when in step. */
export function staleEntries(pkg = readPackage(), tags = elementTags()) {
  const problems = [];
  const want = { exports: exportsFor(tags), sideEffects: sideEffectsFor(tags) };
  for (const key of Object.keys(want)) {
    if (JSON.stringify(pkg[key]) !== JSON.stringify(want[key])) {
      problems.push(`package.json "${key}" is ${JSON.stringify(pkg[key])}, expected ${JSON.stringify(want[key])}`);
    }
  }
  return problems;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const problems = staleEntries();
  if (problems.length === 0) {
    console.log('package.json entries match src/elements/.');
  } else if (process.argv.includes('--write')) {
    // Re-read right before writing: other keys may have changed meanwhile.
    const pkg = readPackage();
    const tags = elementTags();
    pkg.exports = exportsFor(tags);
    pkg.sideEffects = sideEffectsFor(tags);
    writeFileSync(`${root}package.json`, `${JSON.stringify(pkg, null, 2)}\n`);
    console.log(`package.json: exports and sideEffects now cover ${tags.join(', ')}.`);
  } else {
    console.error(`${problems.join('\n')}\nRun \`npm run entries\` to fix.`);
    process.exitCode = 1;
  }
}
