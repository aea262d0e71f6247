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

// Charts are built once every element updating in this task has rendered, in two passes: every configuration
// (the theme tokens it is made with) is read first, then every chart is built or updated. Reading between two
// charts' writes would cost a style pass per chart.
const pending = new Set<ChartController>();
function schedule(controller: ChartController): void {
  if (pending.size === 0) queueMicrotask(buildPending);
  pending.add(controller);
}
function buildPending(): void {
  const batch = [...pending];
  pending.clear();
  const plans = batch.map((controller) => controller.plan());
  batch.forEach((controller, i) => controller.draw(plans[i]));
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
// built and resized without a script ever reading layout; they all come in one callback, before the paint.
// Device pixels are observed too, so a zoom that changes the pixel ratio draws the charts sharp again.
const sized = new WeakMap<Element, ChartController>();
let sizeObserver: ResizeObserver | undefined;
/** Watches the box's size; false when this browser has no (working) ResizeObserver. */
function observeSize(box: Element, controller: ChartController): boolean {
  try {
    sizeObserver ??= new ResizeObserver((entries) => {
      observing = true;
      try {
        for (const entry of entries) sized.get(entry.target)?.fit(entry.contentRect.width, entry.contentRect.height);
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
  /** A chart to build as soon as the box's size is known. */
  private waiting?: { config: ChartConfiguration; canvas: HTMLCanvasElement };
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
    if (this.near || this.options.eager()) schedule(this);
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

  /** Resolves once the chart asked for is built, or nothing is asked for (a build waits for its box's size). */
  settled(): Promise<void> {
    if (!this.busy()) return Promise.resolve();
    return new Promise((resolve) => this.onSettled.push(resolve));
  }

  private busy(): boolean {
    return pending.has(this) || this.waiting !== undefined;
  }

  private settle(): void {
    if (this.busy() || this.onSettled.length === 0) return;
    const done = this.onSettled;
    this.onSettled = [];
    tell(() => done.forEach((resolve) => resolve()));
  }

  /** The host came within 300px of the viewport. */
  comeNear(): void {
    if (this.near) return;
    this.near = true;
    schedule(this);
  }

  /** Reads what the chart needs now (the configuration); writes nothing. */
  plan(): Plan {
    // Lit still updates an element removed before its first update: a chart built then would never be destroyed.
    // Far off screen there is no chart yet, and the configuration (its theme tokens) is not read until it comes near.
    if (!this.host.isConnected || (!this.near && !this.options.eager())) return this.chart ? 'destroy' : 'none';
    const config = this.options.config();
    const canvas = this.options.canvas();
    if (!config || !canvas) return 'destroy';
    if (this.chart?.canvas === canvas && this.drawn === config) return 'none';
    return { config, canvas };
  }

  /** Builds, updates or destroys the chart as planned. */
  draw(plan: Plan): void {
    this.apply(plan);
    this.settle();
  }

  private apply(plan: Plan): void {
    if (plan === 'none') return;
    if (plan === 'destroy') {
      this.destroy();
      return;
    }
    const { config, canvas } = plan;
    const chart = this.chart;
    if (chart?.canvas === canvas && (chart.config as { type?: string }).type === config.type) {
      // In place, at the size it has: a change of size comes from the observer.
      this.attempt(canvas, () => {
        chart.data = config.data;
        chart.options = fixedSize(config).options ?? {};
        chart.update();
        this.drawn = config;
      });
      return;
    }
    this.destroy();
    const box = canvas.parentElement;
    if (box && box !== this.box) {
      if (this.box) unobserveSize(this.box);
      this.box = box;
      this.size = undefined;
      // Without an observer, the box is measured now, and the chart keeps that size.
      if (!observeSize(box, this)) this.size = { width: box.clientWidth, height: box.clientHeight };
    }
    this.waiting = { config, canvas };
    if (this.size) this.build(this.size.width, this.size.height);
  }

  /** The plot box is now `width` x `height` CSS pixels (or the pixel ratio changed): build or redraw at that size. */
  fit(width: number, height: number): void {
    this.size = { width, height };
    const chart = this.chart;
    if (!chart) {
      if (this.waiting) this.build(width, height);
      this.settle();
      return;
    }
    const ratio = pixelRatio();
    if (Math.floor(width) === chart.width && Math.floor(height) === chart.height && chart.currentDevicePixelRatio === ratio) return;
    chart.options.devicePixelRatio = ratio;
    chart.resize(width, height);
  }

  private build(width: number, height: number): void {
    const waiting = this.waiting;
    this.waiting = undefined;
    if (!waiting || !waiting.canvas.isConnected) return;
    const { config, canvas } = waiting;
    this.attempt(canvas, () => {
      const context = canvas.getContext('2d');
      if (!context) {
        tell(() => this.options.onFail('no-canvas-context'));
        return false;
      }
      // The drawing size in CSS pixels; chart.js multiplies it by the pixel ratio.
      canvas.width = width;
      canvas.height = height;
      this.chart = new Chart(context, fixedSize(config));
      this.drawn = config;
    });
  }

  /** Runs a chart.js step; a throw becomes the element's error, with no Chart left behind. */
  private attempt(canvas: HTMLCanvasElement, step: () => void | false): void {
    try {
      if (step() === false) return;
    } catch (error) {
      this.destroy();
      // A Chart whose constructor threw is still registered to the canvas (and in Chart.instances).
      Chart.getChart(canvas)?.destroy();
      tell(() => this.options.onFail('chart-failed', error));
      return;
    }
    tell(this.options.onDraw);
  }

  private destroy(): void {
    this.chart?.destroy();
    this.chart = undefined;
    this.drawn = undefined;
    this.waiting = undefined;
    if (this.box && !this.box.isConnected) {
      unobserveSize(this.box);
      this.box = undefined;
      this.size = undefined;
    }
  }
}
