// The test server's /__live__/… routes: files a test changes while elements show them, with ETags, and a
// count of the requests each file got.
import { readFileSync } from 'node:fs';

/** Per id: the file's text, its version (the ETag) and type, and how many requests asked for it. */
const files = new Map();

const fixture = (name) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

export function liveRoutes() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/__live__/')) return next();
    const route = ctx.path.slice('/__live__/'.length);
    const id = String(ctx.query.id ?? '');
    ctx.set('Cache-Control', 'no-store');
    switch (route) {
      case 'set': {
        // ?id=…&fixture=name.csv (or &body=…): what the file holds from now on; &status=500: it fails instead.
        const old = files.get(id);
        if (ctx.query.status) {
          old.status = Number(ctx.query.status);
          ctx.body = { ok: true };
          return;
        }
        const text = ctx.query.fixture ? fixture(String(ctx.query.fixture)) : String(ctx.query.body ?? '');
        files.set(id, { text, version: (old?.version ?? 0) + 1, type: String(ctx.query.type ?? 'text/csv'), requests: old?.requests ?? 0, unchanged: old?.unchanged ?? 0, hungUp: old?.hungUp ?? 0 });
        ctx.body = { ok: true };
        return;
      }
      case 'file': {
        const file = files.get(id);
        if (!file) {
          ctx.status = 404;
          return;
        }
        file.requests++;
        let answered = false;
        ctx.req.once('close', () => {
          if (!answered) file.hungUp++;
        });
        // Slow enough that elements made in the same task all ask while it is in flight.
        await new Promise((r) => setTimeout(r, Number(ctx.query.delay) || 50));
        answered = true;
        if (file.status) {
          ctx.status = file.status;
          ctx.body = `status ${file.status}`;
          return;
        }
        const etag = `"v${file.version}"`;
        ctx.set('ETag', etag);
        if (ctx.get('If-None-Match') === etag) {
          file.unchanged++;
          ctx.status = 304;
          return;
        }
        ctx.type = file.type;
        ctx.body = file.text;
        return;
      }
      case 'count': {
        const { requests = 0, unchanged = 0, hungUp = 0 } = files.get(id) ?? {};
        ctx.body = { requests, unchanged, hungUp };
        return;
      }
      default:
        ctx.status = 404;
    }
  };
}
