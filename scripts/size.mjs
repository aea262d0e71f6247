// Size budget, run at the end of `npm run build`: prints the gzip size of the autoloader, of what a page with one
// element fetches through it (scripts/page-weight.mjs), of the self-contained files, and of each element's entry
// bundled alone (with lit and chart.js, minified the same way: the entry chunk, what a page loads first; the
// chunks it loads on first use, the Ukrainian words and the CSV reader, are listed below it without a budget), and
// fails past the budget in
// scripts/size-budget.json. Rows with a target of the project's (issue 17) say whether it is met, and by how much.
// `--modules` also lists what fills the self-contained bundle, biggest first. The README's size table must say
// what this prints (each figure within 0.3 kB, each budget exactly): `--readme` writes it there.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { dropInPlugins } from '../rollup.config.mjs';
import { elementTags } from './entries.mjs';
import { AUTOLOADER, pageWeights } from './page-weight.mjs';

const ALL = 'dist/strike-charts.all.min.js';
const IIFE = 'dist/strike-charts.iife.js';
// What issue 17 asks of the drop-in: gzip bytes, under which each is met.
const TARGETS = { [AUTOLOADER]: 2000, 'page:<strike-chart>': 62000, 'page:<strike-troops>': 60000 };
const budgets = JSON.parse(readFileSync(new URL('size-budget.json', import.meta.url), 'utf8'));
const gzip = (code) => gzipSync(code, { level: 9 }).length;
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/**
 * Bundles one entry with the drop-in file's plugins (rollup.config.mjs); returns its entry chunk and the chunks
 * it imports dynamically (none with `inline`, as in the drop-in file).
 */
async function bundle(input, inline = false) {
  // allow-extension, as bundlers do: the chunks loaded later import what they share from the entry chunk (no
  // facade entry importing one shared chunk).
  const build = await rollup({ input, plugins: dropInPlugins(), preserveEntrySignatures: 'allow-extension', onwarn: () => {} });
  const { output } = await build.generate({ format: 'es', inlineDynamicImports: inline });
  await build.close();
  const lazy = output.filter((chunk) => chunk.type === 'chunk' && chunk.isDynamicEntry).sort((a, b) => a.name.localeCompare(b.name));
  if (output.some((chunk) => chunk.type === 'chunk' && !chunk.isEntry && !chunk.isDynamicEntry)) throw new Error(`${input}: a chunk is neither the entry nor loaded later`);
  return { entry: output[0], lazy };
}

/** Where a module comes from: its npm package, or src/<folder> for our own code. */
function origin(id) {
  const pkg = id.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1];
  const own = id.match(/\/(src\/(?:[^/]+\/)?)/);
  return own ? own[1] : id;
}

function listModules(chunk) {
  const byOrigin = new Map();
  for (const [id, { renderedLength }] of Object.entries(chunk.modules)) {
    byOrigin.set(origin(id), (byOrigin.get(origin(id)) ?? 0) + renderedLength);
  }
  const total = [...byOrigin.values()].reduce((a, b) => a + b, 0);
  console.log('\nWhat fills the self-contained bundle (code kept after tree-shaking, before minifying):');
  for (const [name, length] of [...byOrigin].sort((a, b) => b[1] - a[1])) {
    console.log(`  ${String(Math.round((length / total) * 100)).padStart(3)} %  ${kB(length).padStart(9)}  ${name}`);
  }
  console.log('\nBiggest modules:');
  const modules = Object.entries(chunk.modules).sort((a, b) => b[1].renderedLength - a[1].renderedLength);
  for (const [id, { renderedLength }] of modules.slice(0, 15)) {
    console.log(`  ${kB(renderedLength).padStart(9)}  ${id.replace(/^.*?(node_modules\/|src\/)/, '$1')}`);
  }
}

for (const file of [`dist/${AUTOLOADER}`, ALL, IIFE]) {
  if (existsSync(file)) continue;
  console.error(`${file} is missing: build it first (\`npm run build\`).`);
  process.exit(1);
}
const built = new Map([AUTOLOADER, ...readdirSync('dist/chunks').filter((f) => f.endsWith('.js')).map((f) => `chunks/${f}`)].map((f) => [f, readFileSync(`dist/${f}`)]));
const weights = pageWeights(built);
const rows = [{ name: AUTOLOADER, bytes: weights.autoloader }];
for (const [tag, { bytes }] of weights.pages) rows.push({ name: `page:<${tag}>`, bytes });
rows.push(...[ALL, IIFE].map((file) => ({ name: file.slice('dist/'.length), bytes: gzip(readFileSync(file)) })));
const tags = elementTags();
const singles = await Promise.all(tags.map((tag) => bundle(`src/elements/${tag}/${tag}.ts`)));
tags.forEach((tag, i) => rows.push({ name: `${tag}.js`, bytes: gzip(singles[i].entry.code), lazy: singles[i].lazy }));

/** A row's target, as printed: `target < 62.0 kB: met (3.1 kB under)`, or nothing without one. */
function targetVerdict(name, bytes) {
  const target = TARGETS[name];
  if (target === undefined) return '';
  const gap = kB(Math.abs(target - bytes));
  return `target < ${kB(target)}: ${bytes < target ? `met (${gap} under)` : `NOT MET (${gap} over)`}`;
}

console.log('Size, minified and gzipped (level 9). page:<tag> = a page with that one tag through the autoloader (each file it');
console.log('fetches, gzipped, summed; lazy chunks not counted); <tag>.js = that element bundled alone with lit and chart.js:');
const failures = [];
for (const { name, bytes, lazy } of rows) {
  const budget = budgets[name];
  const verdict = budget === undefined ? 'no budget yet: add one to scripts/size-budget.json' : `budget ${kB(budget)}`;
  console.log(`  ${name.padEnd(26)} ${kB(bytes).padStart(9)}  (${bytes} B)   ${verdict.padEnd(16)} ${targetVerdict(name, bytes)}`.trimEnd());
  if (budget !== undefined && bytes > budget) failures.push(`${name} is ${bytes} bytes gzipped, over its budget of ${budget}`);
  for (const chunk of lazy ?? []) console.log(`      then, on first use: ${chunk.name.padEnd(8)} ${kB(gzip(chunk.code)).padStart(9)}`);
}
if (process.argv.includes('--files')) {
  for (const [tag, page] of weights.pages) console.log(`\n<${tag}> fetches: ${page.files.join(', ')}`);
}

if (process.argv.includes('--modules')) listModules((await bundle('src/index.ts', true)).entry);

checkReadme(rows);

if (failures.length > 0) {
  console.error(`\n${failures.join('\n')}\nFind what grew with \`node scripts/size.mjs --modules\`; raise a budget only with a reason in the commit.`);
  process.exitCode = 1;
}

/**
 * The README's size table, row by row (`| \`strike-chart.js\` alone | 70.0 kB | 72.1 kB | — |`, the last cell the
 * target's verdict): fails when a figure is off what was just measured by more than zlib builds differ by
 * (0.3 kB), or a budget is not the one in force; `--readme` writes the figures, budgets, verdicts and the date.
 */
function checkReadme(measured) {
  const file = new URL('../README.md', import.meta.url);
  let text = readFileSync(file, 'utf8');
  const stale = [];
  const missing = [];
  for (const { name, bytes } of measured) {
    const row = new RegExp(`^(\\| \`${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\`[^|]*\\| )([\\d.]+) kB \\| ([\\d.]+) kB \\|(?: [^|\n]* \\|)?$`, 'm');
    const found = row.exec(text);
    if (!found) {
      missing.push(`${name}: no row in the README's size table`);
      continue;
    }
    const budget = budgets[name] ?? 0;
    if (Math.abs(Number(found[2]) * 1000 - bytes) > 300) stale.push(`${name}: the README says ${found[2]} kB, the build measured ${kB(bytes)}`);
    if (Number(found[3]) * 1000 !== budget) stale.push(`${name}: the README gives a budget of ${found[3]} kB, scripts/size-budget.json ${kB(budget)}`);
    const target = targetVerdict(name, bytes).replace(/^target /, '') || '—';
    text = text.replace(row, `$1${(bytes / 1000).toFixed(1)} kB | ${(budget / 1000).toFixed(1)} kB | ${target} |`);
  }
  if (process.argv.includes('--readme')) {
    const day = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    text = text.replace(/As printed by the build\s+on [^,]+,/, `As printed by the build on ${day},`);
    writeFileSync(file, text);
    console.log('\nREADME.md: size table written.');
  }
  const wrong = [...missing, ...(process.argv.includes('--readme') ? [] : stale)];
  if (wrong.length > 0) {
    console.error(`\nThe README's size table is out of date:\n  ${wrong.join('\n  ')}\nWrite it with \`node scripts/size.mjs --readme\` (a missing row by hand first).`);
    process.exitCode = 1;
  }
}
