// `npm run bench [-- --quick] [--only 1,5] [--profile DIR] [--trace DIR]`: strike-charts side by side with plain chart.js and d3-dsv.
// Every figure is the median of alternating runs (ours, baseline, ours, …), each in a fresh page or process,
// and is given as a ratio against the baseline measured in the same run. Not a test: it prints figures.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serve.mjs';
import * as lib from './lib.mjs';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const profileDir = args.includes('--profile') ? args[args.indexOf('--profile') + 1] : undefined;
const traceDir = args.includes('--trace') ? args[args.indexOf('--trace') + 1] : undefined;
const only = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : undefined;
const RUNS = quick ? 3 : 5;
const COUNT = quick ? 30 : 100;
const CYCLES = quick ? 200 : 1000;
const KB = 1000;
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const started = Date.now();

const log = (message) => process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}\n`);

// ---- what the pages and processes load ----

log('bundling dist/strike-charts.all.min.js and the baselines with the same settings (rollup.config.mjs)');
const pieces = lib.chartPieces();
if (profileDir || traceDir) lib.leaveUnminified();
const [dropIn, baselineChart, bare, data] = [
  await lib.dropIn(),
  await lib.bundle(lib.baselineChartEntry(pieces)),
  await lib.bundle(lib.bareEntry(pieces)),
  await lib.bundle(lib.dataEntry()),
];
const work = mkdtempSync(join(tmpdir(), 'strike-bench-'));
const dataModule = join(work, 'data.mjs');
writeFileSync(dataModule, data);
const d3 = await import(`file://${dataModule}`);

const dataset = lib.datasetPath();
const csv = dataset.file ? { 1: readFileSync(dataset.file, 'utf8') } : {};
if (dataset.file) {
  csv[2] = lib.repeatWithShiftedDates(csv[1], 2, d3);
  csv[10] = lib.repeatWithShiftedDates(csv[1], 10, d3);
}
else log(dataset.missing);

const page = (imports) =>
  `<!doctype html><html lang="en"><meta charset="utf-8"><title>bench</title>
<body style="margin:0;font:16px system-ui,sans-serif"><div id="root" style="width:600px"></div>
<script type="module">${imports}
window.ready = true;</script>`;
const js = (body) => ({ type: 'text/javascript; charset=utf-8', body });
const routes = {
  '/bench/ours.html': {
    body: page(`import '/bench/strike-charts.all.min.js';
import * as charts from '/bench/pages/charts.js';
import * as series from '/bench/pages/series.js';
window.scenario = { ...charts, ...series };`),
  },
  '/bench/plain.html': {
    body: page(`import { Chart } from '/bench/baseline-chart.js';
import * as data from '/bench/data.js';
window.Chart = Chart;
window.data = data;
import * as charts from '/bench/pages/charts.js';
import * as series from '/bench/pages/series.js';
window.scenario = { ...charts, ...series };`),
  },
  '/bench/data.html': { body: page(`import * as data from '/bench/data.js';\nwindow.data = data;`) },
  '/bench/strike-charts.all.min.js': js(dropIn),
  '/bench/baseline-chart.js': js(baselineChart),
  '/bench/data.js': js(data),
  ...(csv[1] && {
    '/bench/attacks-1x.csv': { type: 'text/csv; charset=utf-8', body: csv[1] },
    '/bench/attacks-2x.csv': { type: 'text/csv; charset=utf-8', body: csv[2] },
    '/bench/attacks-10x.csv': { type: 'text/csv; charset=utf-8', body: csv[10] },
  }),
};

const server = await startServer({ port: 0, routes });
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: [...FLAGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
});
const browserVersion = browser.version();

/**
 * Runs `call(page)` in a fresh page (a new browser context) at `path`, with the CDP main-thread metrics before
 * and after and, with --profile, a CPU profile of the first run of each named scenario (with --trace, a
 * Chromium performance trace of it: style, layout and paint too; `node bench/trace-summary.mjs FILE` sums it).
 */
const profiled = new Set();
const traced = new Set();
async function fresh(path, call, { profileAs } = {}) {
  // Animation off on both sides, as the rows compare: our elements turn it off under reduced motion.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  const tab = await context.newPage();
  const errors = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  try {
    await tab.goto(origin + path);
    await tab.waitForFunction(() => window.ready === true, null, { timeout: 30_000 }).catch((error) => {
      throw new Error(`${path} did not load${errors.length ? `: ${errors.join('; ')}` : ''} (${error.message})`);
    });
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Performance.enable');
    const metric = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const profile = profileDir && profileAs && !profiled.has(profileAs);
    if (profile) {
      profiled.add(profileAs);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.start');
    }
    const trace = traceDir && profileAs && !traced.has(profileAs) && join(traceDir, `${profileAs}.json`);
    if (trace) {
      traced.add(profileAs);
      mkdirSync(traceDir, { recursive: true });
      await browser.startTracing(tab, { path: trace, screenshots: false, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'blink.user_timing', 'v8.execute'] });
    }
    const before = await metric();
    const result = await call(tab);
    const after = await metric();
    if (trace) await browser.stopTracing();
    if (profile) {
      mkdirSync(profileDir, { recursive: true });
      writeFileSync(join(profileDir, `${profileAs}.cpuprofile`), JSON.stringify((await cdp.send('Profiler.stop')).profile));
    }
    if (errors.length) throw new Error(`${path}: ${errors.join('; ')}`);
    return { ...result, taskMs: (after.TaskDuration - before.TaskDuration) * 1000, scriptMs: (after.ScriptDuration - before.ScriptDuration) * 1000 };
  } finally {
    await context.close();
  }
}

const scenario = (path, name, params, options) =>
  fresh(path, (tab) => tab.evaluate(([n, p]) => window.scenario[n](p), [name, params]), options);

/** Runs ours and the baseline in turn, `RUNS` times each; returns every result of each side. */
async function alternate(ours, baseline) {
  const a = [];
  const b = [];
  for (let i = 0; i < RUNS; i++) {
    a.push(await ours());
    b.push(await baseline());
  }
  return { ours: a, baseline: b };
}

const pick = (runs, key) => lib.median(runs.map((r) => r[key]));
const ms = (v) => `${v.toFixed(1)} ms`;
const kb = (v) => `${(v / KB).toFixed(1)} kB`;

// ---- the rows ----

const rows = [];
const notes = [];
function row(id, what, ours, baseline, format, target, { ratioMax, absolute } = {}) {
  const ratio = baseline > 0 ? ours / baseline : NaN;
  const pass = ratioMax !== undefined ? ratio <= ratioMax : absolute ? absolute(ours) : undefined;
  rows.push({
    id,
    what,
    ours: format(ours),
    baseline: format(baseline),
    ratio: Number.isFinite(ratio) ? `${ratio.toFixed(2)}x` : '—',
    target,
    result: pass === undefined ? 'info' : pass ? 'PASS' : 'FAIL',
  });
  log(`${id} ${what}: ${format(ours)} vs ${format(baseline)} (${rows.at(-1).ratio}) ${rows.at(-1).result}`);
}
const missing = (id, what, why) => {
  rows.push({ id, what, ours: why, baseline: '—', ratio: '—', target: '—', result: 'n/a' });
  log(`${id} ${what}: ${why}`);
};

async function row1() {
  const runs = await alternate(
    () => scenario('/bench/ours.html', 'createOurs', { count: COUNT }, { profileAs: 'row1-ours' }),
    () => scenario('/bench/plain.html', 'createPlain', { count: COUNT }, { profileAs: 'row1-plain' }),
  );
  if (runs.ours[0].size !== runs.baseline[0].size) notes.push(`Row 1: canvas sizes differ: ours ${runs.ours[0].size}, plain ${runs.baseline[0].size}.`);
  row('1', `${COUNT} charts, creation to first painted frame (${runs.ours[0].size} px each)`, pick(runs.ours, 'ms'), pick(runs.baseline, 'ms'), ms, '≤ 1.10x', { ratioMax: 1.1 });
}

async function row2() {
  const runs = await alternate(
    () => scenario('/bench/ours.html', 'updateOurs', { count: COUNT }, { profileAs: 'row2-ours' }),
    () => scenario('/bench/plain.html', 'updatePlain', { count: COUNT }, { profileAs: 'row2-plain' }),
  );
  row('2', `${COUNT} charts, every figure changed, to first painted frame`, pick(runs.ours, 'ms'), pick(runs.baseline, 'ms'), ms, '≤ 1.10x', { ratioMax: 1.1 });
}

async function row3() {
  const runs = await alternate(
    () => scenario('/bench/ours.html', 'longPage', { count: COUNT, eager: false }, { profileAs: 'row3-lazy' }),
    () => scenario('/bench/ours.html', 'longPage', { count: COUNT, eager: true }),
  );
  const screen = runs.ours[0].firstScreen;
  row('3a', `long page of ${COUNT}, ${screen} in view: first screen painted, lazy vs eager`, pick(runs.ours, 'ms'), pick(runs.baseline, 'ms'), ms, '≤ 0.25x', { ratioMax: 0.25 });
  row('3b', `long page of ${COUNT}: main-thread work (CDP TaskDuration), lazy vs eager`, pick(runs.ours, 'taskMs'), pick(runs.baseline, 'taskMs'), ms, 'report');
  notes.push(`Row 3: lazy drew ${runs.ours[0].drawn} of ${COUNT} charts (those within 300 px of the viewport); eager drew ${runs.baseline[0].drawn}.`);
}

const run = promisify(execFile);
async function parseInNode(copies, impl) {
  const { stdout } = await run(process.execPath, [join(lib.ROOT, 'bench/parse-once.mjs'), dataModule, dataset.file, String(copies), impl]);
  return JSON.parse(stdout);
}

async function parseInPage(copies, impl) {
  return fresh('/bench/data.html', (tab) =>
    tab.evaluate(
      async ([copies, impl]) => {
        const text = await (await fetch(`/bench/attacks-${copies}x.csv`)).text();
        const { parseAttacksCsv, aggregate, csvParseRows } = window.data;
        const start = performance.now();
        const size = impl === 'ours' ? aggregate(parseAttacksCsv(text).records, { period: 'month' }).length : csvParseRows(text).length;
        return { ms: performance.now() - start, size };
      },
      [copies, impl],
    ),
  );
}

async function row4() {
  if (!dataset.file) {
    missing('4', 'whole dataset: parseAttacksCsv + aggregate by month vs d3-dsv csvParseRows', dataset.missing);
    return;
  }
  for (const [where, measure] of [
    ['Node', parseInNode],
    ['Chromium', parseInPage],
  ]) {
    for (const copies of [1, 10]) {
      const runs = await alternate(() => measure(copies, 'ours'), () => measure(copies, 'd3'));
      const size = `${(csv[copies].length / 1e6).toFixed(1)} MB`;
      row(`4${where === 'Node' ? 'a' : 'b'}${copies}`, `${where}, dataset ${copies === 1 ? '1x' : '10x'} (${size}): parse + aggregate by month vs csvParseRows`, pick(runs.ours, 'ms'), pick(runs.baseline, 'ms'), ms, '≤ 1.00x', { ratioMax: 1 });
    }
  }
}

/** Whether the drop-in bundle defines the element (others are building some of them). */
const defined = (tag) => fresh('/bench/ours.html', (tab) => tab.evaluate((t) => ({ yes: Boolean(customElements.get(t)) }), tag)).then((r) => r.yes);

async function row5() {
  const what = '<strike-timeline period="day"> over the whole dataset vs plain chart.js, same series';
  if (!(await defined('strike-timeline'))) return missing('5', what, 'not available yet');
  if (!dataset.file) return missing('5', what, dataset.missing);
  const runs = await alternate(
    () => scenario('/bench/ours.html', 'timelineOurs', { url: '/bench/attacks-1x.csv' }, { profileAs: 'row5-ours' }),
    () => scenario('/bench/plain.html', 'timelinePlain', { url: '/bench/attacks-1x.csv' }),
  );
  row('5', `${what} (${runs.ours[0].points} days)`, pick(runs.ours, 'ms'), pick(runs.baseline, 'ms'), ms, '≤ 1.00x', { ratioMax: 1 });
}

async function row6() {
  const what = '<strike-dashboard> over the whole dataset';
  if (!(await defined('strike-dashboard'))) {
    missing('6a', `${what}: time to first complete render`, 'not available yet');
    return missing('6b', `${what}: longest main-thread task`, 'not available yet');
  }
  if (!dataset.file) return missing('6', what, dataset.missing);
  const runs = await alternate(
    () => scenario('/bench/ours.html', 'dashboardOurs', { url: '/bench/attacks-1x.csv' }, { profileAs: 'row6-ours' }),
    () => scenario('/bench/plain.html', 'timelinePlain', { url: '/bench/attacks-1x.csv' }),
  );
  notes.push(`Row 6: the dashboard drew ${runs.ours[0].charts} charts within reach of the viewport before it counted as complete.`);
  row('6a', `${what}: first complete render vs one plain chart.js chart of the day series`, pick(runs.ours, 'ms'), pick(runs.baseline, 'ms'), ms, 'report');
  row('6b', `${what}: longest main-thread task`, Math.max(...runs.ours.map((r) => r.longestTask)), Math.max(...runs.baseline.map((r) => r.longestTask)), ms, 'no task > 200 ms', {
    absolute: (v) => v <= 200,
  });
}

/** The dashboard by day over the dataset twice (its dates moved on past the end): its longest task, and a view change. */
async function row6day() {
  const what = '<strike-dashboard period="day"> over the dataset twice (dates shifted past the end)';
  if (!(await defined('strike-dashboard'))) return missing('6c', what, 'not available yet');
  if (!dataset.file) return missing('6c', what, dataset.missing);
  const url = '/bench/attacks-2x.csv';
  const load = await alternate(
    () => scenario('/bench/ours.html', 'dashboardOurs', { url, period: 'day' }, { profileAs: 'row6c-ours' }),
    () => scenario('/bench/plain.html', 'timelinePlain', { url }),
  );
  row('6c', `${what}: longest main-thread task, vs one plain chart.js chart of the day series`, Math.max(...load.ours.map((r) => r.longestTask)), Math.max(...load.baseline.map((r) => r.longestTask)), ms, 'no task ≥ 150 ms', {
    absolute: (v) => v < 150,
  });
  const view = await alternate(
    () => scenario('/bench/ours.html', 'dashboardView', { url, period: 'day' }, { profileAs: 'row6d-ours' }),
    () => scenario('/bench/plain.html', 'timelinePlain', { url }),
  );
  row('6d', `${what}: a view change, month to day, to its next complete render, vs one plain chart.js chart of the day series`, pick(view.ours, 'ms'), pick(view.baseline, 'ms'), ms, '< 150 ms', {
    absolute: (v) => v < 150,
  });
  notes.push(`Row 6d: the longest task of the view change was ${ms(Math.max(...view.ours.map((r) => r.longestTask)))} (0 when none reached 50 ms).`);
}

async function row7() {
  const runs = await alternate(
    () => scenario('/bench/ours.html', 'heap', { cycles: CYCLES, ours: true }),
    () => scenario('/bench/plain.html', 'heap', { cycles: CYCLES, ours: false }),
  );
  if (runs.ours.some((r) => r.left) || runs.baseline.some((r) => r.left)) notes.push('Row 7: elements were left on the page after the cycles.');
  row('7', `JS heap after ${CYCLES} create/remove cycles minus before, after GC`, pick(runs.ours, 'bytes'), pick(runs.baseline, 'bytes'), kb, '< 1 MB', {
    absolute: (v) => v < 1e6,
  });
}

async function row8() {
  const gzip = (code) => gzipSync(code, { level: 9 }).length;
  row('8', `gzip -9 of dist/strike-charts.all.min.js vs lit + chart.js (${pieces.join(', ')}) bare`, gzip(dropIn), gzip(bare), kb, '< 69 kB', {
    absolute: (v) => v < 69 * KB,
  });
}

// Issue 17's targets for a page through the autoloader (gzip bytes); the other page kinds are reported.
const PAGE_TARGETS = { 'strike-chart': 62 * KB, 'strike-troops': 60 * KB };

async function row9() {
  log('building the autoloader and its chunks in memory');
  const { autoloader, pages } = await lib.autoloaderPages();
  const all = gzipSync(dropIn, { level: 9 }).length;
  row('9a', 'autoloader dist/strike-charts.min.js alone vs strike-charts.all.min.js', autoloader, all, kb, '< 2 kB', { absolute: (v) => v < 2 * KB });
  const kinds = [['b', 'strike-chart'], ['c', 'strike-troops'], ['d', 'strike-timeline'], ['e', 'strike-dashboard']];
  for (const [id, tag] of kinds) {
    const { bytes, files } = pages.get(tag);
    const target = PAGE_TARGETS[tag];
    row(`9${id}`, `a page with one <${tag}> through the autoloader: ${files.length} files fetched, gzip -9 each, summed, vs strike-charts.all.min.js`, bytes, all, kb, target ? `< ${kb(target)}` : 'report', {
      absolute: target ? (v) => v < target : undefined,
    });
  }
}

try {
  for (const [name, step] of Object.entries({ row1, row2, row3, row4, row5, row6, row6day, row7, row8, row9 })) {
    if (only && !only.includes(name.slice(3))) continue;
    log(`${name}…`);
    // One row failing (an element in progress, a page error) must not cost the others.
    await step().catch((error) => missing(name.slice(3), `row ${name.slice(3)}`, `error: ${String(error.message).split('\n')[0]}`));
  }
} finally {
  await browser.close();
  server.close();
  rmSync(work, { recursive: true, force: true });
}

// ---- the table ----

const info = lib.machine();
const header = ['#', 'measure', 'ours', 'baseline', 'ratio', 'target', 'result'];
const lines = [
  `| ${header.join(' | ')} |`,
  `| ${header.map((h) => (h === 'measure' ? '---' : '---:')).join(' | ')} |`,
  ...rows.map((r) => `| ${[r.id, r.what, r.ours, r.baseline, r.ratio, r.target, r.result].join(' | ').replace(/<(strike-[a-z]+)/g, '`<$1').replace(/(`<strike-[^>]*>)/g, '$1`')} |`),
];
const setup =
  `${new Date().toISOString().slice(0, 10)} · ${info.cpu}, ${info.cores} cores, ${info.memory} · Chromium ${browserVersion} · Node ${info.node} · ` +
  `median of ${RUNS} alternating runs${quick ? ' (--quick)' : ''} · ${((Date.now() - started) / 1000).toFixed(0)} s`;
const table = [setup, '', ...lines, ...(notes.length ? ['', ...notes] : [])].join('\n');
console.log(`\n${table}\n`);
const failed = rows.filter((r) => r.result === 'FAIL').map((r) => r.id);
console.log(failed.length ? `Missed: ${failed.join(', ')}` : 'Every target met.');
if (!quick && !only) {
  writeFileSync(
    join(lib.ROOT, 'bench/RESULTS.md'),
    `# Benchmark results\n\nWritten by \`npm run bench\` (bench/run.mjs); see the README's Performance section for what each row measures.\n\n${table}\n`,
  );
  log('wrote bench/RESULTS.md');
}
