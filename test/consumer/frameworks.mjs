// The framework half of the consumer test: a React 19, a Vue 3 and a Svelte 5 app (test/consumer/apps/), each
// type-checked strictly against the installed package's strike-charts/types/<framework> (tsc, vue-tsc,
// svelte-check, with the package's own .d.ts files checked too), bundled with esbuild and then drawn in
// Chromium by run.mjs. The frameworks are installed into the consumer project from the repo's lockfile; the
// checkers and esbuild are the repo's own tools.
import { execFile } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const apps = fileURLToPath(new URL('apps', import.meta.url));

/** What the apps and the server render need in the consumer project besides strike-charts (devDependencies of the repo). */
export const FRAMEWORK_PACKAGES = ['react', 'react-dom', '@types/react', '@types/react-dom', 'vue', 'svelte', '@lit-labs/ssr'];

const tool = (pkg, bin) => join(repo, 'node_modules', pkg, bin);

/** Runs a checker; resolves with its exit code and output (a failing check is a result, not a throw). */
async function checker(args, cwd) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 24 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    return { code: error.code ?? 1, output: `${error.stdout ?? ''}${error.stderr ?? ''}` || String(error) };
  }
}

/** Copies the apps into the consumer project and starts the three type checks at once (they take the longest). */
export function startTypeChecks(app) {
  cpSync(apps, app, { recursive: true });
  return {
    react: checker([tool('typescript', 'bin/tsc'), '-p', 'react'], app),
    vue: checker([tool('vue-tsc', 'bin/vue-tsc.js'), '-p', 'vue'], app),
    svelte: checker([tool('svelte-check', 'bin/svelte-check'), '--workspace', 'svelte', '--tsconfig', './tsconfig.json', '--output', 'machine'], app),
  };
}

/**
 * svelte-check has no expect-error comment in markup: every line of Misuse.svelte that holds a tag must be
 * reported, and nothing else anywhere.
 */
export function svelteMisuseOnly(output, app) {
  const misuse = readFileSync(join(app, 'svelte', 'Misuse.svelte'), 'utf8').split('\n');
  const expected = misuse.flatMap((line, i) => (line.startsWith('<strike-') ? [i + 1] : []));
  const errors = [...output.matchAll(/^\d+ (ERROR|WARNING) "([^"]+)" (\d+):\d+ (.*)$/gm)].map(([, level, file, line, message]) => ({ level, file: basename(file), line: Number(line), message }));
  const stray = errors.filter((e) => e.file !== 'Misuse.svelte' || !expected.includes(e.line));
  const missed = expected.filter((line) => !errors.some((e) => e.file === 'Misuse.svelte' && e.line === line));
  return { expected, stray, missed, errors };
}

/** The consumer project's own copy of a package (the app's compilers must be the versions it installed). */
async function fromApp(app, specifier) {
  const resolved = createRequire(join(app, 'package.json')).resolve(specifier);
  const mod = await import(pathToFileURL(resolved).href);
  // A CommonJS build (svelte/compiler's `require` file) comes as a default export.
  return mod.default ?? mod;
}

const vuePlugin = (sfc) => ({
  name: 'vue-sfc',
  setup(b) {
    b.onLoad({ filter: /\.vue$/ }, ({ path }) => {
      const { descriptor, errors } = sfc.parse(readFileSync(path, 'utf8'), { filename: path });
      if (errors.length) throw errors[0];
      // The app tells Vue's compiler what its vite.config.js would: strike-* tags are custom elements.
      const script = sfc.compileScript(descriptor, {
        id: basename(path),
        inlineTemplate: true,
        templateOptions: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('strike-') } },
      });
      return { contents: script.content, loader: 'ts', resolveDir: dirname(path) };
    });
  },
});

const sveltePlugin = (compiler) => ({
  name: 'svelte',
  setup(b) {
    b.onLoad({ filter: /\.svelte$/ }, ({ path }) => {
      const { js } = compiler.compile(readFileSync(path, 'utf8'), { filename: path, generate: 'client' });
      return { contents: js.code, loader: 'js', resolveDir: dirname(path) };
    });
  },
});

/** Bundles one app's main file into `<framework>.js` in the consumer project, from its node_modules. */
export async function bundle(app, framework) {
  const entry = { react: 'react/main.tsx', vue: 'vue/main.ts', svelte: 'svelte/main.ts' }[framework];
  const plugins = {
    react: [],
    vue: [vuePlugin(await fromApp(app, 'vue/compiler-sfc'))],
    svelte: [sveltePlugin(await fromApp(app, 'svelte/compiler'))],
  }[framework];
  await build({
    absWorkingDir: app,
    entryPoints: [entry],
    outfile: join(app, `${framework}.js`),
    bundle: true,
    format: 'esm',
    jsx: 'automatic',
    conditions: framework === 'svelte' ? ['svelte', 'browser'] : ['browser'],
    define: {
      'process.env.NODE_ENV': '"production"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    plugins,
    logLevel: 'silent',
  });
}

/** The page an app mounts into; unlike the other pages it listens for nothing itself: the app's handlers must. */
export const appPage = (framework) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${framework}</title><link rel="icon" href="data:,">
<script type="module" src="${framework}.js"></script>
</head><body style="width: 640px"><div id="root"></div></body></html>`;
