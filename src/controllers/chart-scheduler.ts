import type { ChartConfiguration } from 'chart.js';

/** What a chart's controller found when the batch read its host: a chart to build or update, or nothing to do. */
export type ChartChange = { config: ChartConfiguration; canvas: HTMLCanvasElement } | 'destroy' | 'none';

/** What the scheduler asks of each chart's controller. */
export interface ScheduledChart {
  /** Built even off screen, and drawn at once rather than in a slice of its own. */
  readonly eager: boolean;
  /** Reads what the chart needs now (its configuration); writes nothing. */
  readChange(): ChartChange;
  /** Destroys the chart, or waits for the box's size, or queues the draw. */
  applyChange(change: ChartChange): void;
  /** Draws what is wanted at the box's size. */
  draw(): void;
  /** The plot box is now `width` x `height` CSS pixels (or the pixel ratio changed). */
  resizeTo(width: number, height: number): void;
  /** The host came within 300px of the viewport. */
  onNearViewport(): void;
  /** The page is about to print: build and draw now, wherever the host is, at its box's size. */
  drawForPrint(): void;
}

// Charts are read once every element updating in this task has rendered, in two passes: every configuration
// (the theme tokens it is made with) is read first, then every chart is queued or destroyed. Reading between
// two charts' writes would cost a style pass per chart.
const pending = new Set<ScheduledChart>();

/** Reads the chart's change after every element updating in this task has rendered. */
export function schedule(chart: ScheduledChart): void {
  if (pending.size === 0) queueMicrotask(readPending);
  pending.add(chart);
}

export const unschedule = (chart: ScheduledChart): boolean => pending.delete(chart);
export const isScheduled = (chart: ScheduledChart): boolean => pending.has(chart);

function readPending(): void {
  const batch = [...pending];
  pending.clear();
  const changes = batch.map((chart) => chart.readChange());
  batch.forEach((chart, i) => chart.applyChange(changes[i]));
  drawQueued();
}

// Charts to build, update or resize, drawn in tasks of their own, in slices of about 40 ms: the page paints
// what the elements rendered first, stays responsive between slices, and no task grows long because many
// charts changed at once. Eager charts are drawn at once, in the task that asked for them.
const SLICE_MS = 40;
const queued = new Set<ScheduledChart>();
let sliceTimer: ReturnType<typeof setTimeout> | undefined;

export const queueDraw = (chart: ScheduledChart): void => void queued.add(chart);
export const unqueueDraw = (chart: ScheduledChart): void => void queued.delete(chart);

function drawQueued(slice = false): void {
  if (slice) sliceTimer = undefined;
  const start = performance.now();
  for (const chart of queued) {
    if (!chart.eager && (!slice || performance.now() - start > SLICE_MS)) continue;
    queued.delete(chart);
    chart.draw();
  }
  if (queued.size > 0) sliceTimer ??= setTimeout(() => drawQueued(true));
}

// One observer for every element: the elements that come near in one scroll are built in one batch.
const watched = new Map<Element, ScheduledChart>();
let nearObserver: IntersectionObserver | undefined;

// A printed page shows every chart, and no observer runs while it is laid out for paper: each one not yet
// built (lazily, far below the fold) is built before printing starts, and drawn again at the width of the
// page once the print style applies (Chromium tells the print media query while it lays the page out).
const drawAllForPrint = (): void => watched.forEach((chart) => chart.drawForPrint());

const onPrintMedia = (e: Event): void => void ((e as MediaQueryListEvent).matches && drawAllForPrint());
let printMedia: MediaQueryList | undefined;

/** Listens for printing while any chart is on the page, and not after the last one leaves. */
function watchPrinting(on: boolean): void {
  const method = on ? 'addEventListener' : 'removeEventListener';
  globalThis[method]('beforeprint', drawAllForPrint);
  printMedia ??= typeof matchMedia === 'function' ? matchMedia('print') : undefined;
  printMedia?.[method]('change', onPrintMedia);
}

export function observeNear(host: Element, chart: ScheduledChart): void {
  if (watched.size === 0) watchPrinting(true);
  nearObserver ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) if (entry.isIntersecting) watched.get(entry.target)?.onNearViewport();
    },
    { rootMargin: '300px' },
  );
  watched.set(host, chart);
  nearObserver.observe(host);
}

export function unobserveNear(host: Element): void {
  if (watched.delete(host) && watched.size === 0) watchPrinting(false);
  nearObserver?.unobserve(host);
}

// One observer for every plot box. Its entries carry the sizes the browser's own layout found, so charts are
// built and resized without a script ever reading layout. Device pixels are observed too, so a zoom that
// changes the pixel ratio draws the charts sharp again.
const sized = new WeakMap<Element, ScheduledChart>();
let sizeObserver: ResizeObserver | undefined;

/** Watches the box's size; false when this browser has no (working) ResizeObserver. */
export function observeSize(box: Element, chart: ScheduledChart): boolean {
  try {
    sizeObserver ??= new ResizeObserver((entries) => {
      inResizeCallback = true;
      try {
        for (const entry of entries) sized.get(entry.target)?.resizeTo(entry.contentRect.width, entry.contentRect.height);
        drawQueued();
      } finally {
        inResizeCallback = false;
      }
    });
  } catch {
    return false;
  }
  sized.set(box, chart);
  try {
    sizeObserver.observe(box, { box: 'device-pixel-content-box' });
  } catch {
    sizeObserver.observe(box);
  }
  return true;
}

export function unobserveSize(box: Element): void {
  sized.delete(box);
  sizeObserver?.unobserve(box);
}

// What the elements (and whoever awaits a draw) are told of draws made in the observer's callback waits for a
// task of its own: a page that changes its layout on `strike-render` (or an element showing an error) would
// otherwise resize the observed boxes inside the callback, which the browser reports as a ResizeObserver loop
// error.
let inResizeCallback = false;
let deferred: (() => void)[] = [];

/** Calls `notice` now, or in a task of its own when called from the resize observer's callback. */
export function notifyOutsideResize(notice: () => void): void {
  if (!inResizeCallback) {
    notice();
    return;
  }
  if (deferred.length === 0) {
    setTimeout(() => {
      const notices = deferred;
      deferred = [];
      for (const n of notices) n();
    });
  }
  deferred.push(notice);
}
