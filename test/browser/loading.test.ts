import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import '../../src/index.js';
import { registeredTags, sampleData, settled, shownTexts, untilStable } from './elements.js';
import { collectWarnings, create, echo, expectShownError as expectShown, next, part, requestArrived, requestEnded, requestState, watchPageErrors } from './helpers.js';

type Loader = HTMLElement & { src?: string; timeout: number; data: unknown; updateComplete: Promise<boolean> };

/** What the element shows once it stops changing for a few frames. */
const stableTexts = (el: Element) => untilStable(el, shownTexts);

/** Whether `el` shows exactly what a fresh element of its kind shows for `data`. */
async function expectShows(el: Loader, data: unknown): Promise<void> {
  const reference = create(el.localName, data);
  document.body.append(reference);
  const expected = await stableTexts(reference);
  expect(await stableTexts(el)).to.deep.equal(expected);
  reference.remove();
}

/** Sets `src` and resolves with the error message shown, or '' when it loaded. */
async function load(el: Loader, url: string, ms = 5000): Promise<string> {
  const outcome = Promise.race([next(el, 'strike-error', ms).then((e) => e.detail.message), next(el, 'strike-load', ms).then(() => '')]);
  el.src = url;
  const message = await outcome;
  await settled(el);
  return message;
}

for (const tag of registeredTags()) {
  describe(`<${tag}> loading src`, () => {
    let el: Loader;
    let watch: ReturnType<typeof watchPageErrors>;
    beforeEach(() => {
      watch = watchPageErrors();
      el = document.createElement(tag) as Loader;
      el.setAttribute('eager', '');
      document.body.append(el);
    });
    afterEach(() => {
      watch.stop();
      expect(watch.errors).to.deep.equal([]);
    });
    collectWarnings();

    /** The message is the one expected, and shown calmly. */
    function expectShownError(message: string, expected: RegExp): void {
      expect(message).to.match(expected);
      expectShown(el, message);
    }

    it('loads a JSON file', async () => {
      expect(await load(el, echo(sampleData(tag, 'Loaded label')))).to.equal('');
      expect(part(el, 'error')).to.equal(null);
    });

    it('names the status of a 404 and a 500', async () => {
      expectShownError(await load(el, '/__test__/status?code=404'), /^HTTP 404 Not Found while loading http:\/\/.*\/__test__\/status\?code=404$/);
      expectShownError(await load(el, '/__test__/status?code=500'), /^HTTP 500 Internal Server Error while loading/);
    });

    it('says so when the network fails', async () => {
      expectShownError(await load(el, '/__test__/network-error'), /^Network error while loading/);
    });

    it('says where the JSON broke', async () => {
      expectShownError(await load(el, '/__test__/bad-json'), /is not valid JSON/);
    });

    it('refuses javascript:, data:, file: and blob: URLs without fetching them', async () => {
      const fetch = window.fetch;
      let fetched = 0;
      window.fetch = (...args) => (fetched++, fetch(...args));
      try {
        const data = encodeURIComponent(JSON.stringify(sampleData(tag)));
        for (const url of ['javascript:globalThis.__xss=1', `data:application/json,${data}`, 'file:///etc/passwd', 'blob:http://localhost/x', ' JaVaScRiPt:globalThis.__xss=1']) {
          expectShownError(await load(el, url), /only http and https URLs can be loaded/);
        }
      } finally {
        window.fetch = fetch;
      }
      expect(fetched).to.equal(0);
      expect((globalThis as { __xss?: unknown }).__xss).to.equal(undefined);
    });

    it('refuses a redirect to a data: URL', async () => {
      const data = `data:application/json,${encodeURIComponent(JSON.stringify(sampleData(tag, 'Redirected')))}`;
      expectShownError(await load(el, `/__test__/redirect?to=${encodeURIComponent(data)}`), /while loading/);
      expect(part(el, 'table')).to.equal(null);
    });

    it('shows the loading state for a slow server, then a timeout that names the URL', async () => {
      el.timeout = 400;
      el.src = '/__test__/slow?ms=5000';
      await settled(el);
      expect(part(el, 'loading')!.getAttribute('role')).to.equal('status');
      const failed = await next(el, 'strike-error', 3000);
      await settled(el);
      expectShownError(failed.detail.message, /^No answer within 0.4 s while loading http:\/\/.*\/__test__\/slow\?ms=5000$/);
    });

    it('times out a response that never ends', async () => {
      el.timeout = 700;
      expectShownError(await load(el, '/__test__/drip'), /^No answer within 0.7 s/);
    });

    it('stops reading past the size cap, declared or not', async () => {
      const id = `${tag}-${Math.random()}`;
      expectShownError(await load(el, `/__test__/big?id=${id}`), /^The file is 22020096 bytes, over the 20971520-byte limit, while loading/);
      // A body refused unread is cancelled: an open one would hold one of the browser's six connections to the host.
      let closed: boolean | null = null;
      for (let i = 0; i < 50 && closed !== true; i++) {
        closed = (await (await fetch(`/__test__/hung-up?id=${encodeURIComponent(id)}`)).json()).closed;
        if (closed !== true) await new Promise((r) => setTimeout(r, 40));
      }
      expect(closed).to.equal(true);
      expectShownError(await load(el, '/__test__/endless', 10_000), /^The response passed the 20971520-byte limit while loading/);
    });

    it('shows only the last src when src changes many times and answers arrive out of order', async function () {
      this.timeout(60_000);
      const step = fc.record({ delay: fc.nat(250), wait: fc.option(fc.nat(80), { freq: 2 }), n: fc.nat(1_000_000) });
      await fc.assert(
        fc.asyncProperty(fc.array(step, { minLength: 2, maxLength: 8 }), async (steps) => {
          const data = steps.map((s, i) => sampleData(tag, `Answer ${i}-${s.n}`, i * 7 + 1));
          const ids = steps.map((_, i) => `step-${i}-${Math.random()}`);
          const urls = steps.map((s, i) => echo(data[i], s.delay, ids[i]));
          const last = urls.length - 1;
          const loads: string[] = [];
          const lastSearch = urls[last].slice(urls[last].indexOf('?'));
          let lastLoaded: () => void;
          const lastLoad = new Promise<void>((resolve) => (lastLoaded = resolve));
          const onLoad = (e: Event) => {
            const search = new URL((e as CustomEvent<{ url: string }>).detail.url).search;
            loads.push(search);
            if (search === lastSearch) lastLoaded();
          };
          el.addEventListener('strike-load', onLoad);
          for (const [i, s] of steps.entries()) {
            if (i === last) loads.length = 0;
            el.src = urls[i];
            if (s.wait !== null) await new Promise((r) => setTimeout(r, s.wait));
            else await el.updateComplete;
          }
          await lastLoad;
          // Once every older request that reached the server is over, answered or hung up on, none of their
          // answers may have replaced the last. (One not there by the time the last was answered was given up unsent.)
          await Promise.all(ids.map(async (id) => (await requestState(id)) && requestEnded(id)));
          await settled(el);
          el.removeEventListener('strike-load', onLoad);
          expect(loads).to.deep.equal([lastSearch]);
          await expectShows(el, data[last]);
        }),
        { numRuns: 6, includeErrorInReport: true },
      );
    });

    it('takes data set during a load over the load, and src set after data over the data', async () => {
      const id = `overtaken-${Math.random()}`;
      el.src = echo(sampleData(tag, 'From src', 5), 600, id);
      await requestArrived(id);
      el.data = sampleData(tag, 'From data', 6);
      await requestEnded(id);
      await settled(el);
      await expectShows(el, sampleData(tag, 'From data', 6));
      expect(await load(el, echo(sampleData(tag, 'From src again', 7)))).to.equal('');
      await expectShows(el, sampleData(tag, 'From src again', 7));
    });
  });
}
