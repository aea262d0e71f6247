// The test server's /__test__/… routes: every way a `src` URL can fail, reports that arrive late (for races),
// pages under a strict Content Security Policy, and the fuzz run count. Used by web-test-runner.config.mjs.
import { Readable } from 'node:stream';

const MiB = 1024 * 1024;

/** Requests to /__test__/big by their `id`, and whether the client has hung up on each. */
const hungUp = new Map();

/** Requests to /__test__/echo by their `id`: 'open', then 'answered' or 'hung-up' (the client gave up first). */
const echoed = new Map();

const report = JSON.stringify({ date: '2024-11-13', weapons: [{ kind: 'drone', label: 'Drones', launched: 90, downed: 37, jammed: 47 }] });

const POLICIES = {
  strict: "default-src 'self'",
  'trusted-types': "default-src 'self'; require-trusted-types-for 'script'",
};

/** Pushes `chunk` every `everyMs` (0: as fast as the reader takes it) until the client goes away. */
function endless(chunk, everyMs) {
  let timer;
  return new Readable({
    read() {
      if (everyMs === 0) this.push(chunk);
      else timer = setTimeout(() => this.push(chunk), everyMs);
    },
    destroy(error, callback) {
      clearTimeout(timer);
      callback(error);
    },
  });
}

/** Waits `ms`, or less if the client hangs up first. */
const pause = (ctx, ms) =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    ctx.req.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });

export function testRoutes() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/__test__/')) return next();
    const route = ctx.path.slice('/__test__/'.length);
    const q = ctx.query;
    ctx.set('Cache-Control', 'no-store');
    switch (route) {
      case 'fuzz-settings':
        ctx.body = { runs: Number(process.env.FUZZ_RUNS) || 200, seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : null };
        return;
      case 'echo':
        // Answers `body` after `delay` ms: races between answers that arrive out of order.
        if (q.id) {
          const id = String(q.id);
          echoed.set(id, 'open');
          ctx.res.once('close', () => echoed.set(id, ctx.res.writableFinished ? 'answered' : 'hung-up'));
        }
        await pause(ctx, Number(q.delay) || 0);
        ctx.type = String(q.type ?? 'application/json');
        ctx.body = String(q.body ?? '');
        return;
      case 'status':
        ctx.status = Number(q.code);
        ctx.type = 'text/plain';
        ctx.body = `status ${q.code}`;
        return;
      case 'network-error':
        ctx.req.socket.destroy();
        return;
      case 'bad-json':
        ctx.type = 'application/json';
        ctx.body = '{"weapons": [{"kind": "drone", ';
        return;
      case 'slow':
        // Headers come only after `ms`: the element shows its loading state meanwhile.
        await pause(ctx, Number(q.ms) || 10_000);
        ctx.type = 'application/json';
        ctx.body = report;
        return;
      case 'drip':
        // Headers at once, then a space every 200 ms, forever: only the timeout ends it.
        ctx.type = 'application/json';
        ctx.body = endless(' ', 200);
        return;
      case 'endless':
        // As fast as it is read, forever, with no length declared: only the size cap ends it.
        ctx.type = 'application/json';
        ctx.body = endless(' '.repeat(64 * 1024), 0);
        return;
      case 'big':
        // Declares a length over the 20 MiB cap; the element should not read the body at all, and hang up.
        if (q.id) {
          hungUp.set(String(q.id), false);
          ctx.req.once('close', () => hungUp.set(String(q.id), true));
        }
        ctx.type = 'application/json';
        ctx.length = 21 * MiB;
        ctx.body = endless(' '.repeat(64 * 1024), 0);
        return;
      case 'hung-up':
        // Whether the client of /__test__/big?id=… has closed the request (null: no such request).
        ctx.body = { closed: hungUp.get(String(q.id)) ?? null };
        return;
      case 'echoed':
        // What became of /__test__/echo?id=… (null: no such request yet).
        ctx.body = { state: echoed.get(String(q.id)) ?? null };
        return;
      case 'redirect':
        ctx.status = 302;
        ctx.set('Location', String(q.to));
        return;
      case 'csp':
        // The self-contained drop-in file (every element) under a strict policy; csp-watch.js, loaded first, records every violation.
        ctx.set('Content-Security-Policy', POLICIES[q.policy] ?? POLICIES.strict);
        ctx.type = 'text/html';
        ctx.body =
          '<!doctype html><html lang="en"><head><script src="/__test__/csp-watch.js"></script>' +
          '<script type="module" src="/dist/strike-charts.all.min.js"></script></head><body></body></html>';
        return;
      case 'csp-watch.js':
        ctx.type = 'text/javascript';
        ctx.body = `window.violations = [];
addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber + ':' + e.columnNumber + ' ' + e.sample));`;
        return;
      default:
        ctx.status = 404;
    }
  };
}
