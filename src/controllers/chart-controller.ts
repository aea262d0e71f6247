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

/** What a pending controller found when the batch read the page: a chart to draw at a size, or nothing to do. */
type Plan = { config: ChartConfiguration; canvas: HTMLCanvasElement; width: number; height: number } | 'destroy' | 'none';

// Charts are built once every element updating in this task has rendered, in two passes: every configuration
// (the theme tokens) and plot size is read first, then every chart is built or updated at its size. The reads
// need the page's style and layout, which are then computed once for all; chart.js sizing itself would read
// them between two charts' writes, a style and layout pass per chart.
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

// One observer for every plot box: the sizes arrive with the entries, so following them reads no layout.
// Device pixels are observed too, so a zoom that changes the pixel ratio draws the chart sharp again.
const sized = new WeakMap<Element, ChartController>();
let sizeObserver: ResizeObserver | undefined;
function observeSize(box: Element, controller: ChartController): void {
  try {
    sizeObserver ??= new ResizeObserver((entries) => {
      for (const entry of entries) sized.get(entry.target)?.fit(entry.contentRect.width, entry.contentRect.height);
    });
  } catch {
    // No (working) ResizeObserver: the chart keeps the size it was drawn at.
    return;
  }
  sized.set(box, controller);
  try {
    sizeObserver.observe(box, { box: 'device-pixel-content-box' });
  } catch {
    sizeObserver.observe(box);
  }
}
function unobserveSize(box: Element): void {
  sized.delete(box);
  sizeObserver?.unobserve(box);
}

const pixelRatio = () => (typeof devicePixelRatio === 'number' && devicePixelRatio > 0 ? devicePixelRatio : 1);

/** The configuration drawn at a size this controller sets: chart.js then never measures the page. */
const fixedSize = (config: ChartConfiguration): ChartConfiguration => ({
  ...config,
  options: { ...config.options, responsive: false, maintainAspectRatio: false, devicePixelRatio: pixelRatio() },
});

/**
 * Owns the element's Chart: builds it once the canvas is near the viewport, at the size of its box, follows
 * the box's size, updates the chart in place when the configuration changes, destroys it on disconnect and
 * builds it again on reconnect.
 */
export class ChartController implements ReactiveController {
  chart?: Chart;
  private drawn?: ChartConfiguration;
  private near = false;
  private box?: Element;

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
  }

  hostUpdated(): void {
    schedule(this);
  }

  /** The host came within 300px of the viewport. */
  comeNear(): void {
    if (this.near) return;
    this.near = true;
    schedule(this);
  }

  /** Reads what the chart needs now (configuration and box size); writes nothing. */
  plan(): Plan {
    const config = this.options.config();
    const canvas = this.options.canvas();
    if (!config || !canvas) return 'destroy';
    // Lit still updates an element removed before its first update: a chart built then would never be destroyed.
    if (!this.host.isConnected || (!this.near && !this.options.eager())) return 'none';
    if (this.chart?.canvas === canvas && this.drawn === config) return 'none';
    const box = canvas.parentElement;
    return { config, canvas, width: box?.clientWidth ?? 0, height: box?.clientHeight ?? 0 };
  }

  /** Builds, updates or destroys the chart as planned. */
  draw(plan: Plan): void {
    if (plan === 'none') return;
    if (plan === 'destroy') {
      this.destroy();
      return;
    }
    const { config, canvas, width, height } = plan;
    try {
      if (this.chart?.canvas === canvas && (this.chart.config as { type?: string }).type === config.type) {
        this.chart.data = config.data;
        this.chart.options = fixedSize(config).options ?? {};
        this.chart.update();
        this.fit(width, height);
      } else {
        this.destroy();
        const context = canvas.getContext('2d');
        if (!context) {
          this.options.onFail('no-canvas-context');
          return;
        }
        // The drawing size in CSS pixels; chart.js multiplies it by the pixel ratio.
        canvas.width = width;
        canvas.height = height;
        this.chart = new Chart(context, fixedSize(config));
        if (canvas.parentElement) observeSize((this.box = canvas.parentElement), this);
      }
      this.drawn = config;
    } catch (error) {
      this.destroy();
      // A Chart whose constructor threw is still registered to the canvas (and in Chart.instances).
      Chart.getChart(canvas)?.destroy();
      this.options.onFail('chart-failed', error);
      return;
    }
    this.options.onDraw();
  }

  /** The plot box is now `width` x `height` CSS pixels (or the pixel ratio changed): redraw at that size. */
  fit(width: number, height: number): void {
    const chart = this.chart;
    if (!chart) return;
    const ratio = pixelRatio();
    if (Math.floor(width) === chart.width && Math.floor(height) === chart.height && chart.currentDevicePixelRatio === ratio) return;
    chart.options.devicePixelRatio = ratio;
    chart.resize(width, height);
  }

  private destroy(): void {
    if (this.box) unobserveSize(this.box);
    this.box = undefined;
    this.chart?.destroy();
    this.chart = undefined;
    this.drawn = undefined;
  }
}
