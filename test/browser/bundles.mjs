// The test server's /__bundle__/<file> route: that file bundled with esbuild when a test asks for it, for
// code a browser cannot load as it is (React's CommonJS, JSX, Vue's template compiler). Nothing is written
// to disk. `strike-charts/...` imports resolve through package.json "exports" to dist/, as in a user's app,
// so `npm run build` must have run. Used by web-test-runner.config.mjs.
import { build } from 'esbuild';
import { resolve, sep } from 'node:path';

const PREFIX = '/__bundle__/';
const root = resolve('.');

export function bundles() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith(PREFIX)) return next();
    const entry = resolve(root, ctx.path.slice(PREFIX.length));
    if (!entry.startsWith(root + sep)) {
      ctx.status = 403;
      return;
    }
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      format: 'esm',
      target: 'es2021',
      write: false,
      logLevel: 'silent',
      jsx: 'automatic',
      // Vue templates written as strings need the build with the compiler, as the README says.
      alias: { vue: 'vue/dist/vue.esm-bundler.js' },
      define: {
        'process.env.NODE_ENV': '"production"',
        __VUE_OPTIONS_API__: 'true',
        __VUE_PROD_DEVTOOLS__: 'false',
        __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
      },
    }).catch((error) => error);
    ctx.set('Cache-Control', 'no-store');
    if (result instanceof Error) {
      ctx.status = 500;
      ctx.type = 'text/plain';
      ctx.body = `esbuild could not bundle ${entry}: ${result.message}`;
      return;
    }
    ctx.type = 'application/javascript';
    ctx.body = result.outputFiles[0].text;
  };
}
