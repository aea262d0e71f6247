import { expect } from '@esm-bundle/chai';
import { Chart } from 'chart.js';
import '../../src/index.js';
import { chartsIn, registeredTags, sampleData, settled, untilStable } from './elements.js';
import { collectWarnings, countMediaListeners, create, watchPageErrors } from './helpers.js';

type Live = Record<string, number>;

/**
 * Counts what an element may leave behind: targets still observed (IntersectionObserver, ResizeObserver,
 * MutationObserver), media-query listeners, and window listeners, by wrapping their constructors and methods.
 */
function trackResources(): { live: () => Live; restore: () => void } {
  // Targets still observed, per observer kind: a page may keep one shared observer, never a target per element.
  const observed = new Map<string, Map<object, Set<unknown>>>();
  const undo: (() => void)[] = [];
  for (const name of ['IntersectionObserver', 'ResizeObserver', 'MutationObserver'] as const) {
    type Observer = { observe(target: unknown, ...rest: unknown[]): void; unobserve?(target: unknown): void; disconnect(): void };
    const Real = window[name] as unknown as new (...args: unknown[]) => Observer;
    const byObserver = new Map<object, Set<unknown>>();
    observed.set(name, byObserver);
    const targets = (o: object) => byObserver.get(o) ?? byObserver.set(o, new Set()).get(o)!;
    class Counted extends Real {
      override observe(target: unknown, ...rest: unknown[]) {
        targets(this).add(target);
        return super.observe(target, ...rest);
      }
      override unobserve(target: unknown) {
        targets(this).delete(target);
        return super.unobserve?.(target);
      }
      override disconnect() {
        byObserver.delete(this);
        return super.disconnect();
      }
    }
    (window as unknown as Record<string, unknown>)[name] = Counted;
    undo.push(() => ((window as unknown as Record<string, unknown>)[name] = Real));
  }
  const media = countMediaListeners();
  undo.push(media.restore);
  const windowListeners = new Set<string>();
  const ids = new WeakMap<object, number>();
  const idOf = (fn: object) => ids.get(fn) ?? (ids.set(fn, ids.get(fn) ?? Math.random()), ids.get(fn)!);
  const { addEventListener, removeEventListener } = window;
  window.addEventListener = function (type: string, fn: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
    if (fn) windowListeners.add(`${type}:${idOf(fn)}:${typeof options === 'boolean' ? options : !!options?.capture}`);
    return addEventListener.call(window, type, fn, options);
  } as typeof window.addEventListener;
  window.removeEventListener = function (type: string, fn: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
    if (fn) windowListeners.delete(`${type}:${idOf(fn)}:${typeof options === 'boolean' ? options : !!options?.capture}`);
    return removeEventListener.call(window, type, fn, options);
  } as typeof window.removeEventListener;
  undo.push(() => Object.assign(window, { addEventListener, removeEventListener }));
  return {
    live: () => ({
      charts: Object.keys(Chart.instances).length,
      ...Object.fromEntries([...observed].map(([name, byObserver]) => [`${name} targets`, [...byObserver.values()].reduce((n, t) => n + t.size, 0)])),
      mediaQueryListeners: media.live(),
      windowListeners: windowListeners.size,
    }),
    restore: () => undo.reverse().forEach((f) => f()),
  };
}

/** How many charts the element holds once they are all built (parts may come frame by frame). */
const stableCharts = (el: Element, expected?: number) => untilStable(el, (e) => chartsIn(e).length, { expected, frames: 12 });

const heap = () => (performance as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize;

for (const tag of registeredTags()) {
  describe(`<${tag}> lifecycle`, () => {
    collectWarnings();
    let tracker: ReturnType<typeof trackResources>;
    let watch: ReturnType<typeof watchPageErrors>;
    let iframe: HTMLIFrameElement;
    beforeEach(async () => {
      watch = watchPageErrors();
      iframe = document.createElement('iframe');
      iframe.style.cssText = 'width: 700px; height: 500px';
      const ready = new Promise((r) => iframe.addEventListener('load', r, { once: true }));
      iframe.src = 'about:blank';
      document.body.append(iframe);
      await ready;
      tracker = trackResources();
    });
    afterEach(() => {
      tracker.restore();
      watch.stop();
    });

    it('leaves no Chart, observer or listener behind after 1,000 mounts, moves and unmounts', async function () {
      this.timeout(120_000);
      const [a, b] = [document.createElement('div'), document.createElement('div')];
      for (const box of [a, b]) box.style.width = '640px';
      document.body.append(a, b);
      const baseline = tracker.live();
      const heapBefore = heap();
      const started = performance.now();
      let drawn = 0;
      let built = 0;
      for (let i = 0; i < 1000; i++) {
        const el = create(tag, sampleData(tag, `Round ${i}`, i));
        a.append(el);
        await settled(el);
        drawn += chartsIn(el).length > 0 ? 1 : 0;
        b.append(el); // a router moving it: disconnected, then connected again
        await settled(el);
        if (i % 10 === 0) {
          // Now and then with every part built, for elements that build theirs frame by frame.
          if (i % 100 === 0 && (await stableCharts(el)) > 0) built++;
          iframe.contentDocument!.body.append(el);
          await settled(el);
          a.append(el);
          await settled(el);
        }
        el.remove();
      }
      const ms = performance.now() - started;
      const heapAfter = heap();
      console.log(
        `<${tag}> 1,000 mount/move/unmount cycles in ${Math.round(ms)} ms; ${drawn} drew a chart at once, ${built} of 10 once settled; ` +
          (heapBefore && heapAfter ? `JS heap ${(heapBefore / 1e6).toFixed(1)} MB → ${(heapAfter / 1e6).toFixed(1)} MB (before GC)` : 'no heap figure'),
      );
      expect(watch.errors).to.deep.equal([]);
      expect(tracker.live()).to.deep.equal(baseline);
    });

    it('draws again after a move into an iframe document and back (if it draws a chart at all)', async () => {
      const el = create(tag, sampleData(tag));
      document.body.append(el);
      await settled(el);
      const charts = await stableCharts(el);
      iframe.contentDocument!.body.append(el);
      expect(await stableCharts(el, charts), 'charts inside the iframe').to.equal(charts);
      expect(iframe.contentWindow!.getComputedStyle(el).display, 'styled inside the iframe').to.equal('block');
      document.body.append(el);
      expect(await stableCharts(el, charts), 'charts back in the page').to.equal(charts);
      expect(getComputedStyle(el).display, 'styled back in the page').to.equal('block');
      el.remove();
      expect(Object.keys(Chart.instances)).to.deep.equal([]);
      expect(watch.errors).to.deep.equal([]);
    });

    it('draws again when moved while far below the fold, if eager', async () => {
      const spacer = document.createElement('div');
      spacer.style.height = '4000px';
      const [a, b] = [document.createElement('div'), document.createElement('div')];
      document.body.append(spacer, a, b);
      const el = create(tag, sampleData(tag));
      a.append(el);
      const charts = await stableCharts(el);
      b.append(el);
      expect(await stableCharts(el, charts)).to.equal(charts);
      expect(watch.errors).to.deep.equal([]);
    });

    it('renders, styled, when first connected inside an iframe document', async () => {
      const el = create(tag, sampleData(tag));
      iframe.contentDocument!.body.append(el);
      await stableCharts(el);
      expect(el.shadowRoot!.querySelector('[part~="base"]'), 'rendered').to.exist;
      expect(iframe.contentWindow!.getComputedStyle(el).display, 'styled').to.equal('block');
      el.remove();
      expect(watch.errors).to.deep.equal([]);
    });
  });
}
