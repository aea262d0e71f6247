import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
// Robustness tests: /__test__/… responses (failing, slow, endless URLs; CSP pages; fuzz run count).
import { testRoutes } from './test/browser/test-routes.mjs';
// Framework tests: /__bundle__/<file>, bundled with esbuild on request (React is CommonJS).
import { bundles } from './test/browser/bundles.mjs';
// Live files: /__live__/… files a test changes, with ETags and request counts (shared requests, refresh).
import { liveRoutes } from './test/browser/live-routes.mjs';
// Server rendering: /__ssr__/page, the six elements rendered by @lit-labs/ssr in Node (the hydration test).
import { ssrRoutes } from './test/browser/ssr-routes.mjs';

// The system Chromium: browser downloads cannot work on these machines.
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  concurrency: 2,
  middleware: [testRoutes(), bundles(), liveRoutes(), ssrRoutes()],
  // a11ySnapshot: what the browser's accessibility tree holds (lazy and off-screen elements keep their words).
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2021' }), a11ySnapshotPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      },
      // A window per page: a background tab gets no frames, so its IntersectionObserver (lazy drawing) never fires.
      createPage: ({ context }) => context.newPage({ type: 'window' }),
    }),
  ],
  testFramework: { config: { timeout: 15000 } },
  testsFinishTimeout: 900000,
};
