// Node-side helpers of the benchmark: statistics, the machine, the dataset, and the bundles it compares.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { pageWeights } from '../scripts/page-weight.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export function machine() {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model?.trim() ?? 'unknown',
    cores: cpu.length,
    memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
    node: process.version,
  };
}

/** The public dataset beside the repository (`../shared/data`), or why it cannot be read. */
export function datasetPath() {
  const file = resolve(ROOT, '..', 'shared', 'data', 'missile_attacks_daily.csv');
  return existsSync(file)
    ? { file }
    : { missing: `dataset not found at ${file} (clone the project beside shared/ so that ../shared/data exists)` };
}

/**
 * The dataset repeated `times` times, each copy's dates moved on by a whole number of leap cycles (4 years)
 * past the previous one, so that every date stays a real day (29 February included) and no periods overlap.
 */
export function repeatWithShiftedDates(text, times, { csvParseRows, csvFormatRows }) {
  const [header, ...rows] = csvParseRows(text);
  const years = rows.flatMap((r) => [r[0], r[1]]).map((c) => Number(/^\s*(\d{4})-/.exec(c ?? '')?.[1])).filter(Number.isFinite);
  const span = Math.ceil((Math.max(...years) - Math.min(...years) + 1) / 4) * 4;
  const shift = (cell, by) => cell.replace(/^(\s*)(\d{4})-/, (_, space, year) => `${space}${Number(year) + by}-`);
  const out = [header];
  for (let copy = 0; copy < times; copy++) {
    for (const row of rows) out.push([shift(row[0], copy * span), shift(row[1], copy * span), ...row.slice(2)]);
  }
  return `${csvFormatRows(out)}\n`;
}

/** The chart.js pieces src/charts/register-*.ts register, read from their import lists so the two never drift. */
export function chartPieces() {
  const files = readdirSync(join(ROOT, 'src/charts')).filter((f) => /^register-.+\.ts$/.test(f));
  const pieces = files.flatMap((file) => {
    const list = /import\s*\{([^}]*)\}\s*from\s*'chart\.js'/.exec(readFileSync(join(ROOT, 'src/charts', file), 'utf8'))?.[1];
    if (!list) throw new Error(`src/charts/${file}: no import list from chart.js found`);
    return list.split(',').map((s) => s.trim());
  });
  return [...new Set(pieces)].filter(Boolean).sort();
}

const configs = async () => (await import(join(ROOT, 'rollup.config.mjs'))).default;

/** The build of dist/strike-charts.all.min.js in rollup.config.mjs: the bench bundles with the very same settings. */
async function dropInConfig() {
  const dropIn = (await configs()).find((c) => String(c.output?.file ?? '').endsWith('strike-charts.all.min.js'));
  if (!dropIn) throw new Error('rollup.config.mjs: no build of dist/strike-charts.all.min.js found');
  // Profiles read better with the source's names: --profile leaves the code unminified.
  return readable ? { ...dropIn, plugins: dropIn.plugins.filter((p) => p.name !== 'terser') } : dropIn;
}

let readable = false;
/** Bundles without minifying from now on (for CPU profiles). */
export const leaveUnminified = () => {
  readable = true;
};

async function generate(input, plugins) {
  const build = await rollup({ input, plugins, onwarn: () => {} });
  try {
    // One file, as the shipped one: the chunks our code loads on first use (Ukrainian words, CSV reader) inlined.
    const { output } = await build.generate({ format: 'es', inlineDynamicImports: true });
    return output[0].code;
  } finally {
    await build.close();
  }
}

/**
 * What a page fetches through the autoloader (scripts/page-weight.mjs), from the build of dist/strike-charts.min.js
 * and dist/chunks/ made in memory with rollup.config.mjs's settings.
 */
export async function autoloaderPages() {
  const config = (await configs()).find((c) => c.input?.['strike-charts.min']);
  if (!config) throw new Error('rollup.config.mjs: no build of the autoloader (input strike-charts.min) found');
  const build = await rollup({ input: config.input, plugins: config.plugins, onwarn: () => {} });
  try {
    // With the config's own output options, source map comments included: the very files dist/ gets.
    const { output } = await build.generate(config.output);
    return pageWeights(new Map(output.filter((o) => o.type === 'chunk').map((o) => [o.fileName, o.code])));
  } finally {
    await build.close();
  }
}

/**
 * dist/strike-charts.all.min.js, built in memory from the sources exactly as \`npm run build\` does, so that the
 * bench measures the working tree and never races another build writing dist/.
 */
export async function dropIn() {
  const config = await dropInConfig();
  return generate(join(ROOT, config.input), config.plugins);
}

const ENTRY = '\0bench-entry';

/** One ES module bundled from `code` with the drop-in build's plugins (resolve, TypeScript, terser). */
export async function bundle(code) {
  const entry = { name: 'bench-entry', resolveId: (id) => (id === ENTRY ? ENTRY : null), load: (id) => (id === ENTRY ? code : null) };
  return generate(ENTRY, [entry, ...(await dropInConfig()).plugins]);
}

/** chart.js with the pieces we register, as a plain user would load it: for the baseline pages. */
export const baselineChartEntry = (pieces) =>
  `import { Chart, ${pieces.join(', ')} } from 'chart.js';\nChart.register(${pieces.join(', ')});\nexport { Chart };\n`;

/** lit and the same chart.js pieces with nothing of ours: what the drop-in bundle is weighed against. */
export const bareEntry = (pieces) => `export * from 'lit';\nexport { Chart, ${pieces.join(', ')} } from 'chart.js';\n`;

/** Our CSV reader and aggregation, and d3-dsv, in one module for Node and the browser alike. */
export const dataEntry = () =>
  `export { parseAttacksCsv } from ${JSON.stringify(join(ROOT, 'src/data/csv.ts'))};\n` +
  `export { aggregate } from ${JSON.stringify(join(ROOT, 'src/data/aggregate.ts'))};\n` +
  `export { csvParse, csvParseRows, csvFormatRows } from 'd3-dsv';\n`;
