// The package as a user gets it: `npm pack`, installed into a fresh project (offline: lit and chart.js come
// from the npm cache that `npm ci` in the repo filled), then used the three ways the README promises:
//   (a) `strike-charts/data` in Node, parsing a CSV in the public dataset's format; (a2) server rendering;
//   (b) a page that imports one element (`strike-charts/strike-chart.js`), bundled with rollup, in Chromium;
//   (c) `dist/strike-charts.all.min.js` alone from a plain HTML page, in Chromium;
//   (c2) the autoloader `dist/strike-charts.min.js`: a page with one <strike-chart> fetches only that element's
//        chunks (the network log), and a <strike-troops> added later loads its own and draws;
//   (d) `dist/strike-charts.iife.js` as a classic script, likewise;
//   (e) the package's ES modules through examples/import-map.html's import map, no bundler;
//   (f–h) a React 19, a Vue 3 and a Svelte 5 app typed by strike-charts/types/<framework> (frameworks.mjs).
// Needs `npm run build` first. Prints one line per check and a closing "N passed, N failed".
import nodeResolve from '@rollup/plugin-node-resolve';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { rollup } from 'rollup';
import { FRAMEWORKS } from '../../scripts/entries.mjs';
import { AUTOLOADER, pageWeights } from '../../scripts/page-weight.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { FRAMEWORK_PACKAGES, appPage, bundle, startTypeChecks, svelteMisuseOnly } from './frameworks.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'strike-charts-consumer-'));
const app = join(work, 'app');
const results = [];

async function check(name, body) {
  const started = Date.now();
  try {
    await body();
    results.push(true);
    console.log(`ok    ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    results.push(false);
    console.log(`FAIL  ${name}\n      ${String(error?.stack ?? error).replaceAll('\n', '\n      ')}`);
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

const run = (command, args, cwd) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

const REPORT = {
  date: '2024-11-13',
  regions: 8,
  weapons: [
    { kind: 'missile', label: 'Ballistic and cruise missiles', launched: 6, downed: 4 },
    { kind: 'drone', label: 'Drones', launched: 90, downed: 37, jammed: 47 },
  ],
};
const attribute = JSON.stringify(REPORT).replaceAll("'", '&#39;');
const page = (script) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>consumer</title><link rel="icon" href="data:,">
<script>
  addEventListener('strike-render', () => (window.rendered = true));
  addEventListener('strike-error', (e) => (window.failed = e.detail.message));
</script>
${script}
</head><body style="width: 640px">
<strike-chart eager heading="13 November 2024" data='${attribute}'></strike-chart>
</body></html>`;

let tarball;
let packed;
await check('npm pack makes a tarball with dist/, the manifest and the docs, and no sources or tests', async () => {
  [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], repo));
  tarball = join(work, packed.filename);
  const files = packed.files.map((f) => f.path);
  for (const needed of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'custom-elements.json', 'web-types.json', 'vscode.html-custom-data.json', 'dist/index.js', 'dist/data.js', 'dist/strike-charts.min.js', 'dist/strike-charts.all.min.js', 'dist/strike-charts.iife.js', 'dist/index.d.ts', 'dist/react.js', 'dist/react.d.ts']) {
    assert(files.includes(needed), `${needed} is not in the tarball`);
  }
  // Everything else is a mistake: what users need is the docs, the manifest and editor data, and dist's
  // modules, their source maps and declarations (d.ts maps are left out by package.json "files").
  const allowed = [
    /^(package\.json|README\.md|LICENSE|CHANGELOG\.md|custom-elements\.json|web-types\.json|vscode\.html-custom-data\.json)$/,
    /^dist\/([a-z0-9-]+\/)*[a-z0-9.-]+\.(js|js\.map|d\.ts)$/,
    // The autoloader's chunks: named by rollup, a content hash in the name.
    /^dist\/chunks\/[\w.-]+\.(js|js\.map)$/,
  ];
  const unexpected = files.filter((f) => !allowed.some((pattern) => pattern.test(f)));
  assert(unexpected.length === 0, `unexpected in the tarball: ${unexpected.join(', ')}`);
  for (const framework of FRAMEWORKS) assert(files.includes(`dist/frameworks/${framework}.d.ts`), `dist/frameworks/${framework}.d.ts is not in the tarball`);
});

/**
 * A lockfile for the fresh project: strike-charts from the tarball, and lit, chart.js and what they need at the
 * versions and integrity hashes of the repo's own lockfile. `npm ci` in the repo leaves those tarballs in the
 * npm cache but not the registry's package documents, so a plain `npm install --offline` could not resolve
 * `lit@^3` on a clean machine; with a lockfile, `npm ci --offline` needs only the tarballs.
 */
function consumerLock(packed, tarballSpec, frameworks) {
  const repoLock = JSON.parse(readFileSync(join(repo, 'package-lock.json'), 'utf8')).packages;
  const { dependencies } = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
  const packages = {
    '': { name: 'consumer', dependencies: { 'strike-charts': tarballSpec, ...frameworks } },
    'node_modules/strike-charts': { version: packed.version, resolved: tarballSpec, integrity: packed.integrity, dependencies },
  };
  // As Node resolves: the nearest copy nested under the package that needs it or one of the packages it is nested
  // in, else the top-level one.
  const add = (name, parent = '', runtime = true) => {
    let key = `node_modules/${name}`;
    for (let dir = parent; dir; dir = dir.slice(0, Math.max(0, dir.lastIndexOf('/node_modules/')))) {
      if (!repoLock[`${dir}/node_modules/${name}`]) continue;
      key = `${dir}/node_modules/${name}`;
      break;
    }
    if (packages[key]) return;
    const entry = repoLock[key];
    assert(entry && (!runtime || !entry.dev), `package-lock.json has no ${runtime ? 'runtime ' : ''}entry ${key}`);
    packages[key] = { version: entry.version, integrity: entry.integrity, license: entry.license, dependencies: entry.dependencies };
    Object.keys(entry.dependencies ?? {}).forEach((dep) => add(dep, key, runtime));
  };
  Object.keys(dependencies).forEach((name) => add(name));
  // The apps' frameworks are the repo's devDependencies, at the versions its `npm ci` put in the cache.
  Object.keys(frameworks).forEach((name) => add(name, '', false));
  return { name: 'consumer', lockfileVersion: 3, requires: true, packages };
}

await check('installs into a fresh project offline, with lit, chart.js and the apps\' frameworks from the npm cache', async () => {
  rmSync(app, { recursive: true, force: true });
  mkdirSync(app);
  const spec = `file:../${basename(tarball)}`;
  const { devDependencies } = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
  const frameworks = Object.fromEntries(FRAMEWORK_PACKAGES.map((name) => [name, devDependencies[name]]));
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies: { 'strike-charts': spec, ...frameworks } }, null, 2));
  writeFileSync(join(app, 'package-lock.json'), JSON.stringify(consumerLock(packed, spec, frameworks), null, 2));
  const ci = (mode) => run('npm', ['ci', mode, '--no-audit', '--no-fund', '--loglevel=error'], app);
  try {
    ci('--offline');
  } catch (error) {
    // A cache filled some other way than by `npm ci` in this repo may lack a tarball: fetch just those.
    if (!String(error.stderr).includes('ENOTCACHED')) throw error;
    console.log(`      note: ${String(error.stderr).match(/request to (\S+)/)?.[1] ?? 'a package'} was not in the npm cache; installing with --prefer-offline`);
    ci('--prefer-offline');
  }
  const installed = JSON.parse(readFileSync(join(app, 'node_modules/strike-charts/package.json'), 'utf8'));
  assert(installed.name === 'strike-charts', 'strike-charts is not in node_modules');
  for (const dep of ['lit', 'chart.js', ...FRAMEWORK_PACKAGES]) {
    const { version } = JSON.parse(readFileSync(join(app, `node_modules/${dep}/package.json`), 'utf8'));
    assert(version, `${dep} was not installed`);
  }
});

// The three type checks take the longest; they run while the Node and browser checks do.
const typeChecks = startTypeChecks(app);

await check('(a) Node: strike-charts/data parses a CSV; every entry imports without a DOM', async () => {
  const csv = [
    'time_start,time_end,model,launched,destroyed,not_reach_goal',
    '2024-11-12 19:00,2024-11-13 08:30,Shahed-136/131,90,37,47',
    '2024-11-12 19:00,2024-11-13 08:30,X-101/X-555,6,4,',
  ].join('\n');
  writeFileSync(join(app, 'data.mjs'), `
    import { parseAttacksCsv, neutralizedRate } from 'strike-charts/data';
    const { records, warnings } = parseAttacksCsv(${JSON.stringify(csv)});
    const tags = ${JSON.stringify(
      JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).sideEffects
        .map((p) => p.match(/elements\/([^/]+)\//)?.[1])
        .filter(Boolean),
    )};
    const main = await import('strike-charts');
    for (const tag of tags) await import('strike-charts/' + tag + '.js');
    // The self-contained file's specifier too: Node is given the module build.
    const dropIn = await import('strike-charts/strike-charts.all.min.js');
    if (dropIn.StrikeChart !== main.StrikeChart) throw new Error('strike-charts/strike-charts.all.min.js is not the module build in Node');
    // The autoloader imports in Node (no document) and does nothing.
    const autoloader = await import('strike-charts/strike-charts.min.js');
    if (Object.keys(autoloader).join() !== 'discover') throw new Error('strike-charts/strike-charts.min.js should export discover() alone');
    console.log(JSON.stringify({
      records: records.map((r) => [r.date, r.kind, r.launched, r.downed, r.jammed ?? null]),
      warnings: warnings.length,
      rate: neutralizedRate(records[0]),
      exports: Object.keys(main).length,
      defined: tags.filter((t) => customElements.get(t)),
      tags,
    }));`);
  const out = JSON.parse(run('node', ['data.mjs'], app));
  assert(JSON.stringify(out.records) === JSON.stringify([['2024-11-13', 'drone', 90, 37, 47], ['2024-11-13', 'missile', 6, 4, null]]), `records: ${JSON.stringify(out.records)}`);
  assert(out.warnings === 0, `${out.warnings} warnings`);
  assert(Math.abs(out.rate - 84 / 90) < 1e-9, `neutralized rate ${out.rate}`);
  assert(out.exports > 0, 'strike-charts exports nothing in Node');
  assert(out.tags.length > 0 && out.defined.length === out.tags.length, `defined in Node: ${out.defined} of ${out.tags}`);
});

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const server = await startServer({ root: app, port: 0 });
const origin = `http://127.0.0.1:${server.address().port}`;

/**
 * Loads a page and waits for its chart: the canvas labelled with the figures, and paint on it. `before(tab)` runs
 * before the page loads, `after(tab)` once it has drawn (both may be left out).
 */
async function expectDrawn(path, before, after) {
  const tab = await browser.newPage();
  const errors = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  tab.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
  await before?.(tab);
  try {
    await tab.goto(`${origin}/${path}`);
    await tab.waitForFunction(() => window.rendered || window.failed, null, { timeout: 15000 });
    const seen = await tab.evaluate(() => {
      const canvas = document.querySelector('strike-chart').shadowRoot.querySelector('canvas[part~="chart"]');
      const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
      let painted = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted++;
      const heading = document.querySelector('strike-chart').shadowRoot.querySelector('[part~="heading"]');
      return { failed: window.failed, rendered: window.rendered, heading: heading?.localName, label: canvas.getAttribute('aria-label'), role: canvas.getAttribute('role'), painted, size: canvas.width * canvas.height };
    });
    assert(!seen.failed, `strike-error: ${seen.failed}`);
    assert(seen.role === 'img' && /90/.test(seen.label) && /Drones/.test(seen.label), `canvas aria-label: ${seen.label}`);
    assert(seen.painted > seen.size * 0.05, `only ${seen.painted} of ${seen.size} canvas pixels painted`);
    await after?.(tab);
    assert(errors.length === 0, `page errors: ${errors.join('; ')}`);
    return seen;
  } finally {
    await tab.close();
  }
}

await check('(a2) Node: @lit-labs/ssr renders the package\'s <strike-chart> and <strike-troops>: heading, sentence and table in declarative shadow DOM', async () => {
  const troops = JSON.parse(readFileSync(join(repo, 'test/fixtures/kursk-troops.json'), 'utf8'));
  writeFileSync(join(app, 'ssr.mjs'), `
    import { render } from '@lit-labs/ssr';
    import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
    import { html } from 'lit';
    import 'strike-charts/strike-chart.js';
    import 'strike-charts/strike-troops.js';
    const report = ${JSON.stringify(REPORT)};
    const troops = ${JSON.stringify(troops)};
    const page = html\`<strike-chart heading="13 November 2024" .data=\${report}></strike-chart><strike-troops heading="Near Kursk" .data=\${troops}></strike-troops>\`;
    process.stdout.write(await collectResult(render(page)));`);
  const out = run('node', ['ssr.mjs'], app).replace(/<!--\/?lit-[^>]*-->/g, '');
  const [chart, troopsHtml] = out.split('<strike-troops');
  for (const [name, markup, heading] of [['strike-chart', chart, '13 November 2024'], ['strike-troops', troopsHtml ?? '', 'Near Kursk']]) {
    assert(markup.includes('shadowrootmode="open"'), `<${name}> has no declarative shadow root`);
    assert(markup.includes(`<h2 part="heading">${heading}</h2>`), `<${name}> has no heading "${heading}"`);
    assert(/<table part="table"[^>]*>\s*<caption>[^<]+<\/caption>[\s\S]*<td>/.test(markup), `<${name}> has no table with a caption and cells`);
    assert(!markup.includes('part="error"'), `<${name}> rendered an error`);
  }
  const label = chart.match(/aria-label="([^"]*)"/)?.[1] ?? '';
  assert(/Drones: 90 launched, 37 downed, 47 jammed/.test(label), `the strike chart's sentence is "${label}"`);
  assert(/<th scope="row">Drones<\/th>\s*<td>90<\/td>\s*<td>37<\/td>\s*<td>47<\/td>/.test(chart), "the strike chart's table has no row Drones 90 37 47");
  assert(troopsHtml.includes('<td>more than 10,000</td>') && troopsHtml.includes('<td>about 50,000</td>'), 'the troops table lacks "more than 10,000" and "about 50,000"');
});

await check('(b) rollup bundles a page importing strike-charts/strike-chart.js; it draws in Chromium', async () => {
  writeFileSync(join(app, 'main.js'), "import 'strike-charts/strike-chart.js';\n");
  const bundle = await rollup({ input: join(app, 'main.js'), plugins: [nodeResolve({ browser: true })], onwarn: () => {} });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const kept = Object.entries(output[0].modules).filter(([, m]) => m.renderedLength > 0);
  const ids = kept.map(([id]) => id);
  // sideEffects must keep the registration, and the entry must not drag in the other elements.
  assert(/customElements\.define\(\s*["']strike-chart["']/.test(output[0].code), 'the bundle does not define <strike-chart>: was the define file tree-shaken?');
  const others = ids.filter((id) => /dist\/elements\/(?!strike-chart\/)[^/]+\//.test(id));
  assert(others.length === 0, `strike-chart.js pulls in ${others.join(', ')}`);
  // The Ukrainian words and the CSV reader stay chunks of their own, loaded on first use.
  const lazy = output.filter((c) => c.type === 'chunk' && c.isDynamicEntry).map((c) => c.facadeModuleId.replace(/^.*\/dist\//, ''));
  assert(lazy.includes('i18n/uk.js') && lazy.includes('data/csv.js'), `chunks loaded on first use: ${lazy.join(', ') || 'none'}`);
  mkdirSync(join(app, 'bundle'), { recursive: true });
  for (const chunk of output) if (chunk.type === 'chunk') writeFileSync(join(app, 'bundle', chunk.fileName), chunk.code);
  writeFileSync(join(app, 'bundled.html'), page(`<script type="module" src="bundle/${output[0].fileName}"></script>`));
  await expectDrawn('bundled.html');
});

await check('(c) dist/strike-charts.all.min.js alone, from a plain HTML page, draws in Chromium', async () => {
  writeFileSync(join(app, 'drop-in.html'), page('<script type="module" src="node_modules/strike-charts/dist/strike-charts.all.min.js"></script>'));
  await expectDrawn('drop-in.html');
});

await check('(c2) the autoloader: one <strike-chart> fetches only its chunks; a <strike-troops> added later loads its own and draws', async () => {
  const dist = join(app, 'node_modules/strike-charts/dist');
  const files = new Map([AUTOLOADER, ...readdirSync(join(dist, 'chunks')).filter((f) => f.endsWith('.js')).map((f) => `chunks/${f}`)].map((f) => [f, readFileSync(join(dist, f))]));
  const { pages } = pageWeights(files);
  writeFileSync(join(app, 'autoload.html'), page(`<script type="module" src="node_modules/strike-charts/dist/${AUTOLOADER}"></script>`));
  const fetched = [];
  const prefix = `${origin}/node_modules/strike-charts/dist/`;
  await expectDrawn('autoload.html', async (tab) => {
    tab.on('request', (r) => r.url().startsWith(prefix) && r.url().endsWith('.js') && fetched.push(r.url().slice(prefix.length)));
  }, async (tab) => {
    const own = (tag) => pages.get(tag).files;
    const want = own('strike-chart');
    assert(JSON.stringify([...fetched].sort()) === JSON.stringify([...want].sort()), `a page with one <strike-chart> fetched ${fetched.join(', ')}; its chunks are ${want.join(', ')}`);
    for (const other of ['strike-dashboard', 'strike-timeline', 'strike-troops']) {
      const chunk = own(other)[1];
      assert(!fetched.includes(chunk), `a page with one <strike-chart> fetched ${chunk}, the chunk of <${other}>`);
    }
    fetched.length = 0;
    const drawn = await tab.evaluate(async () => {
      const troops = document.createElement('strike-troops');
      troops.setAttribute('data', JSON.stringify({ figures: [{ label: 'Pentagon', value: 10000 }, { label: 'Kyiv', value: 50000 }] }));
      const rendered = new Promise((resolve) => troops.addEventListener('strike-render', resolve, { once: true }));
      document.body.append(troops);
      await rendered;
      return { defined: customElements.get('strike-troops') === troops.constructor, label: troops.shadowRoot.querySelector('canvas[part~="chart"]')?.getAttribute('aria-label') };
    });
    assert(drawn.defined && /50,000/.test(drawn.label ?? ''), `<strike-troops> added later: ${JSON.stringify(drawn)}`);
    const troopsOnly = own('strike-troops').filter((f) => !want.includes(f));
    assert(JSON.stringify([...fetched].sort()) === JSON.stringify([...troopsOnly].sort()), `adding <strike-troops> fetched ${fetched.join(', ')}; it needs ${troopsOnly.join(', ')}`);
  });
});

await check('(c3) the autoloader leaves an unknown strike-* tag undefined, with a warning that names it, and no error', async () => {
  writeFileSync(join(app, 'unknown.html'), page(`<script type="module" src="node_modules/strike-charts/dist/${AUTOLOADER}"></script>`).replace('</body>', '<strike-chrat></strike-chrat></body>'));
  const warnings = [];
  await expectDrawn('unknown.html', (tab) => tab.on('console', (m) => m.type() === 'warning' && warnings.push(m.text())), async (tab) => {
    assert(await tab.evaluate(() => customElements.get('strike-chrat') === undefined), '<strike-chrat> was defined');
    assert(warnings.length === 1 && warnings[0].includes('<strike-chrat>'), `warnings: ${warnings.join('; ')}`);
  });
});

await check('(d) dist/strike-charts.iife.js as a classic script (no type="module") draws, with the API on window.StrikeCharts', async () => {
  const script =
    '<script src="node_modules/strike-charts/dist/strike-charts.iife.js"></script>\n' +
    "<script>if (!window.StrikeCharts || StrikeCharts.StrikeChart !== customElements.get('strike-chart')) window.failed = 'window.StrikeCharts is not the classic build';</script>";
  writeFileSync(join(app, 'classic.html'), page(script));
  await expectDrawn('classic.html');
});

await check('(e) examples/import-map.html\'s import map, pointed at the installed packages, draws from the ES modules with no bundler', async () => {
  // The example's own map, so the example cannot drift from what works: its repository paths made the app's.
  const example = readFileSync(join(repo, 'examples', 'import-map.html'), 'utf8');
  const map = /<script type="importmap">([\s\S]*?)<\/script>/.exec(example)[1].replaceAll('"../dist/', '"./node_modules/strike-charts/dist/').replaceAll('"../node_modules/', '"./node_modules/');
  writeFileSync(join(app, 'import-map.html'), page(`<script type="importmap">${map}</script>\n<script type="module">import 'strike-charts';</script>`));
  await expectDrawn('import-map.html');
});

// The framework apps: each set `data` (an object), `variant`, `show-table` and `heading-level` through its own
// binding, and heard `strike-render` through its own listener syntax, which is what the shipped types declare.
async function expectAppDrawn(framework, checked) {
  await bundle(app, framework);
  writeFileSync(join(app, `${framework}.html`), appPage(framework));
  const seen = await expectDrawn(`${framework}.html`);
  const wanted = { showTable: true, headingLevel: 3, variant: 'doughnut' };
  assert(JSON.stringify(seen.rendered) === JSON.stringify(wanted), `the app's strike-render handler saw ${JSON.stringify(seen.rendered)}, not ${JSON.stringify(wanted)}`);
  assert(seen.heading === 'h3', `heading-level gave a ${seen.heading}`);
  const result = await checked;
  return result;
}

await check('(f) React 19: strict tsc passes the app and rejects each misuse; bundled, it draws and its onstrike-render fires', async () => {
  const { code, output } = await expectAppDrawn('react', typeChecks.react);
  assert(code === 0, `tsc --strict on the React app:\n${output}`);
});

await check('(g) Vue 3: vue-tsc passes App.vue and rejects each misuse in Misuse.vue; compiled, it draws and its @strike-render fires', async () => {
  const { code, output } = await expectAppDrawn('vue', typeChecks.vue);
  assert(code === 0, `vue-tsc on the Vue app:\n${output}`);
});

await check('(h) Svelte 5: svelte-check passes App.svelte and reports each line of Misuse.svelte; compiled, it draws and its onstrike-render fires', async () => {
  const { output } = await expectAppDrawn('svelte', typeChecks.svelte);
  assert(/COMPLETED [2-9]\d* FILES/.test(output), `svelte-check did not check the app:\n${output}`);
  const { expected, stray, missed } = svelteMisuseOnly(output, app);
  assert(expected.length >= 4, `Misuse.svelte has ${expected.length} tag lines`);
  assert(stray.length === 0, `svelte-check reported what it should not:\n${stray.map((e) => `${e.file}:${e.line} ${e.message}`).join('\n')}`);
  assert(missed.length === 0, `svelte-check let through lines ${missed.join(', ')} of Misuse.svelte`);
});

await browser.close();
server.close();
rmSync(work, { recursive: true, force: true });

const passed = results.filter(Boolean).length;
console.log(`\n${passed} passed, ${results.length - passed} failed`);
process.exitCode = passed === results.length ? 0 : 1;
