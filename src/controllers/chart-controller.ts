import type { ChartConfiguration } from 'chart.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Chart } from '../charts/register.js';

export interface ChartControllerOptions {
  canvas: () => HTMLCanvasElement | null | undefined;
  /** The configuration to show; a new object means "redraw", the same object means "nothing changed". */
  config: () => ChartConfiguration | null | undefined;
  /** Build the chart even while off screen. */
  eager: () => boolean;
  onDraw: () => void;
  onFail: (reason: 'no-canvas-context' | 'chart-failed', error?: unknown) => void;
}

/** What a pending controller found when the batch read its host: a chart to build or update, or nothing to do. */
type Plan = { config: ChartConfiguration; canvas: HTMLCanvasElement } | 'destroy' | 'none';

// Charts are planned once every element updating in this task has rendered, in two passes: every configuration
// (the theme tokens it is made with) is read first, then every chart is queued or destroyed. Reading between
// two charts' writes would cost a style pass per chart.
const pending = new Set<ChartController>();
function schedule(controller: ChartController): void {
  if (pending.size === 0) queueMicrotask(planPending);
  pending.add(controller);
}
function planPending(): void {
  const batch = [...pending];
  pending.clear();
  const plans = batch.map((controller) => controller.plan());
  batch.forEach((controller, i) => controller.take(plans[i]));
  drawQueued();
}

// Charts to build, update or resize, drawn in tasks of their own, in slices of about 40 ms: the page paints
// what the elements rendered first, stays responsive between slices, and no task grows long because many
// charts changed at once. Eager charts are drawn at once, in the task that asked for them.
const SLICE_MS = 40;
const queued = new Set<ChartController>();
let sliceTimer: ReturnType<typeof setTimeout> | undefined;
function drawQueued(slice = false): void {
  if (slice) sliceTimer = undefined;
  const start = performance.now();
  for (const controller of queued) {
    if (!controller.eager && (!slice || performance.now() - start > SLICE_MS)) continue;
    queued.delete(controller);
    controller.work();
  }
  if (queued.size > 0) sliceTimer ??= setTimeout(() => drawQueued(true));
}

// One observer for every element: the elements that come near in one scroll are built in one batch.
const watched = new WeakMap<Element, ChartController>();
let nearObserver: IntersectionObserver | undefined;
function observe(host: Element, controller: ChartController): void {
  nearObserver ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) if (entry.isIntersecting) watched.get(entry.target)?.comeNear();
    },
    { rootMargin: '300px' },
  );
  watched.set(host, controller);
  nearObserver.observe(host);
}
function unobserve(host: Element): void {
  watched.delete(host);
  nearObserver?.unobserve(host);
}

// One observer for every plot box. Its entries carry the sizes the browser's own layout found, so charts are
// built and resized without a script ever reading layout. Device pixels are observed too, so a zoom that
// changes the pixel ratio draws the charts sharp again.
const sized = new WeakMap<Element, ChartController>();
let sizeObserver: ResizeObserver | undefined;
/** Watches the box's size; false when this browser has no (working) ResizeObserver. */
function observeSize(box: Element, controller: ChartController): boolean {
  try {
    sizeObserver ??= new ResizeObserver((entries) => {
      observing = true;
      try {
        for (const entry of entries) sized.get(entry.target)?.fit(entry.contentRect.width, entry.contentRect.height);
        drawQueued();
      } finally {
        observing = false;
      }
    });
  } catch {
    return false;
  }
  sized.set(box, controller);
  try {
    sizeObserver.observe(box, { box: 'device-pixel-content-box' });
  } catch {
    sizeObserver.observe(box);
  }
  return true;
}
function unobserveSize(box: Element): void {
  sized.delete(box);
  sizeObserver?.unobserve(box);
}

// What the elements (and whoever awaits a draw) are told of draws made in the observer's callback waits for a
// task of its own: a page that changes its layout on `strike-render` (or an element showing an error) would
// otherwise resize the observed boxes inside the callback, which the browser reports as a ResizeObserver loop
// error.
let observing = false;
let told: (() => void)[] = [];
function tell(notice: () => void): void {
  if (!observing) {
    notice();
    return;
  }
  if (told.length === 0) {
    setTimeout(() => {
      const notices = told;
      told = [];
      for (const n of notices) n();
    });
  }
  told.push(notice);
}

const pixelRatio = () => (typeof devicePixelRatio === 'number' && devicePixelRatio > 0 ? devicePixelRatio : 1);

/** The configuration drawn at a size this controller sets: chart.js then never measures the page. */
const fixedSize = (config: ChartConfiguration): ChartConfiguration => ({
  ...config,
  options: { ...config.options, responsive: false, maintainAspectRatio: false, devicePixelRatio: pixelRatio() },
});

/**
 * Owns the element's Chart: builds it once the canvas is near the viewport and its box has a size, follows
 * the box's size, updates the chart in place when the configuration changes, destroys it on disconnect and
 * builds it again on reconnect.
 */
export class ChartController implements ReactiveController {
  chart?: Chart;
  private drawn?: ChartConfiguration;
  private near = false;
  /** The plot box whose size is watched, and its size once known. */
  private box?: Element;
  private size?: { width: number; height: number };
  /** The chart to show, not drawn yet: it waits for the box's size, or for its turn in the queue. */
  private wanted?: { config: ChartConfiguration; canvas: HTMLCanvasElement };
  private onSettled: (() => void)[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ChartControllerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof IntersectionObserver === 'undefined') this.near = true;
    // Charts far below the fold cost nothing until the reader scrolls near them.
    else observe(this.host, this);
    // Reconnected (a router or a move): build again now if allowed, not at the next update, which may never come.
    if (this.near || this.eager) schedule(this);
  }

  hostDisconnected(): void {
    unobserve(this.host);
    pending.delete(this);
    this.near = false;
    this.destroy();
    this.settle();
  }

  hostUpdated(): void {
    schedule(this);
  }

  get eager(): boolean {
    return this.options.eager();
  }

  /** The host came within 300px of the viewport. */
  comeNear(): void {
    if (this.near) return;
    this.near = true;
    schedule(this);
  }

  /** Resolves once the chart asked for is drawn, or nothing is asked for (a build waits for its box's size). */
  settled(): Promise<void> {
    if (!this.busy()) return Promise.resolve();
    return new Promise((resolve) => this.onSettled.push(resolve));
  }

  private busy(): boolean {
    return pending.has(this) || this.wanted !== undefined;
  }

  private settle(): void {
    if (this.busy() || this.onSettled.length === 0) return;
    const done = this.onSettled;
    this.onSettled = [];
    tell(() => done.forEach((resolve) => resolve()));
  }

  /** Reads what the chart needs now (the configuration); writes nothing. */
  plan(): Plan {
    // Lit still updates an element removed before its first update: a chart built then would never be destroyed.
    // Far off screen there is no chart yet, and the configuration (its theme tokens) is not read until it comes near.
    if (!this.host.isConnected || (!this.near && !this.eager)) return this.chart ? 'destroy' : 'none';
    const config = this.options.config();
    const canvas = this.options.canvas();
    if (!config || !canvas) return 'destroy';
    if (this.chart?.canvas === canvas && this.drawn === config) return 'none';
    return { config, canvas };
  }

  /** Takes the plan: destroys the chart, or queues the chart to draw once its box's size is known. */
  take(plan: Plan): void {
    if (plan === 'destroy') this.destroy();
    else if (plan !== 'none') {
      this.wanted = plan;
      const box = plan.canvas.parentElement;
      if (box && box !== this.box) {
        if (this.box) unobserveSize(this.box);
        this.box = box;
        this.size = undefined;
        // Without an observer, the box is measured now, and the chart keeps that size.
        if (!observeSize(box, this)) this.size = { width: box.clientWidth, height: box.clientHeight };
      }
      if (this.size) queued.add(this);
    }
    this.settle();
  }

  /** The plot box is now `width` x `height` CSS pixels (or the pixel ratio changed). */
  fit(width: number, height: number): void {
    this.size = { width, height };
    if (this.wanted || this.chart) queued.add(this);
  }

  /** Draws what is wanted at the box's size: builds the chart, updates it in place, or resizes it. */
  work(): void {
    const size = this.size;
    if (!size) return;
    const wanted = this.wanted;
    this.wanted = undefined;
    if (wanted && !wanted.canvas.isConnected) {
      this.settle();
      return;
    }
    const chart = this.chart;
    if (!wanted) {
      if (chart) this.resize(chart, size);
      return;
    }
    const { config, canvas } = wanted;
    if (chart?.canvas === canvas && (chart.config as { type?: string }).type === config.type) {
      this.attempt(canvas, () => {
        chart.data = config.data;
        chart.options = fixedSize(config).options ?? {};
        // Without animation, chart.js's own fast path for updates.
        chart.update(config.options?.animation === false ? 'none' : undefined);
        this.drawn = config;
        this.resize(chart, size);
      });
      return;
    }
    this.destroy();
    this.attempt(canvas, () => {
      const context = canvas.getContext('2d');
      if (!context) {
        tell(() => this.options.onFail('no-canvas-context'));
        return false;
      }
      // The drawing size in CSS pixels; chart.js multiplies it by the pixel ratio.
      canvas.width = size.width;
      canvas.height = size.height;
      this.chart = new Chart(context, fixedSize(config));
      this.drawn = config;
    });
  }

  private resize(chart: Chart, { width, height }: { width: number; height: number }): void {
    const ratio = pixelRatio();
    if (Math.floor(width) === chart.width && Math.floor(height) === chart.height && chart.currentDevicePixelRatio === ratio) return;
    chart.options.devicePixelRatio = ratio;
    chart.resize(width, height);
  }

  /** Runs a chart.js step; a throw becomes the element's error, with no Chart left behind. */
  private attempt(canvas: HTMLCanvasElement, step: () => void | false): void {
    try {
      if (step() !== false) tell(this.options.onDraw);
    } catch (error) {
      this.destroy();
      // A Chart whose constructor threw is still registered to the canvas (and in Chart.instances).
      Chart.getChart(canvas)?.destroy();
      tell(() => this.options.onFail('chart-failed', error));
    }
    this.settle();
  }

  private destroy(): void {
    queued.delete(this);
    this.chart?.destroy();
    this.chart = undefined;
    this.drawn = undefined;
    this.wanted = undefined;
    if (this.box && !this.box.isConnected) {
      unobserveSize(this.box);
      this.box = undefined;
      this.size = undefined;
    }
  }
}
