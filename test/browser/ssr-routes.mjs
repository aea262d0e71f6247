// The test server's /__ssr__/page route: the page of six elements (test/fixtures/ssr-page.ts) rendered by
// @lit-labs/ssr in Node, as a site's server would send it, for the hydration test. The TypeScript is bundled
// with esbuild (packages left to Node, so Lit is its Node build) and run in a child process: the server
// renderer's DOM shim stays out of the test runner. Rendered once per run.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { build } from 'esbuild';

const root = process.cwd();

const entry = `import { readFileSync } from 'node:fs';
import { renderPage } from './test/unit/ssr/server-render.ts';
import { SSR_CSV } from './test/fixtures/ssr-page.ts';
process.stdout.write(await renderPage(readFileSync('test/fixtures/' + SSR_CSV, 'utf8')));`;

/** Runs `code` (an ES module) in a new Node process in the repository; resolves with what it printed. */
function runInNode(code) {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--input-type=module'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => err.push(chunk));
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? done(Buffer.concat(out).toString('utf8')) : fail(new Error(`server rendering exited ${code}: ${Buffer.concat(err)}`))));
    child.stdin.end(code);
  });
}

async function renderPage() {
  const bundled = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    // package.json's sideEffects name the built files; the sources' define files are side effects too.
    ignoreAnnotations: true,
    tsconfig: resolve(root, 'tsconfig.json'),
    write: false,
    logLevel: 'silent',
  });
  return runInNode(bundled.outputFiles[0].text);
}

export function ssrRoutes() {
  let page;
  return async (ctx, next) => {
    if (ctx.path !== '/__ssr__/page') return next();
    page ??= renderPage();
    try {
      ctx.type = 'text/html';
      ctx.body = await page;
    } catch (error) {
      page = undefined;
      ctx.status = 500;
      ctx.type = 'text/plain';
      ctx.body = String(error?.stack ?? error);
    }
  };
}
