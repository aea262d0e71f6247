import type { ChartConfiguration } from 'chart.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Chart } from '../charts/register.js';
import {
  isScheduled,
  notifyOutsideResize,
  observeNear,
  observeSize,
  queueDraw,
  schedule,
  unobserveNear,
  unobserveSize,
  unqueueDraw,
  unschedule,
  type ChartChange,
  type ScheduledChart,
} from './chart-scheduler.js';

export interface ChartControllerOptions {
  canvas: () => HTMLCanvasElement | null | undefined;
  /** The configuration to show; a new object means "redraw", the same object means "nothing changed". */
  config: () => ChartConfiguration | null | undefined;
  /** Build the chart even while off screen. */
  eager: () => boolean;
  onDraw: () => void;
  onFail: (reason: 'no-canvas-context' | 'chart-failed', error?: unknown) => void;
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
export class ChartController implements ReactiveController, ScheduledChart {
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
    else observeNear(this.host, this);
    // Reconnected (a router or a move): build again now if allowed, not at the next update, which may never come.
    if (this.near || this.eager) schedule(this);
  }

  hostDisconnected(): void {
    unobserveNear(this.host);
    unschedule(this);
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

  onNearViewport(): void {
    if (this.near) return;
    this.near = true;
    schedule(this);
  }

  drawForPrint(): void {
    this.near = true;
    unschedule(this);
    this.applyChange(this.readChange());
    // Measured now: the size observer's report would come after the page is printed.
    if (this.box) this.size = { width: this.box.clientWidth, height: this.box.clientHeight };
    unqueueDraw(this);
    this.draw();
    // Its final frame, drawn now: an entrance animation's frames would come after the page is printed.
    this.chart?.stop();
    this.chart?.update('none');
  }

  /** Resolves once the chart asked for is drawn, or nothing is asked for (a build waits for its box's size). */
  settled(): Promise<void> {
    if (!this.busy()) return Promise.resolve();
    return new Promise((resolve) => this.onSettled.push(resolve));
  }

  private busy(): boolean {
    return isScheduled(this) || this.wanted !== undefined;
  }

  private settle(): void {
    if (this.busy() || this.onSettled.length === 0) return;
    const done = this.onSettled;
    this.onSettled = [];
    notifyOutsideResize(() => done.forEach((resolve) => resolve()));
  }

  readChange(): ChartChange {
    // Lit still updates an element removed before its first update: a chart built then would never be destroyed.
    // Far off screen there is no chart yet, and the configuration (its theme tokens) is not read until it comes near.
    if (!this.host.isConnected || (!this.near && !this.eager)) return this.chart ? 'destroy' : 'none';
    const config = this.options.config();
    const canvas = this.options.canvas();
    if (!config || !canvas) return 'destroy';
    if (this.chart?.canvas === canvas && this.drawn === config) return 'none';
    return { config, canvas };
  }

  /** Destroys the chart, or queues the chart to draw once its box's size is known. */
  applyChange(change: ChartChange): void {
    if (change === 'destroy') this.destroy();
    else if (change !== 'none') {
      this.wanted = change;
      const box = change.canvas.parentElement;
      if (box && box !== this.box) {
        if (this.box) unobserveSize(this.box);
        this.box = box;
        this.size = undefined;
        // Without an observer, the box is measured now, and the chart keeps that size.
        if (!observeSize(box, this)) this.size = { width: box.clientWidth, height: box.clientHeight };
      }
      if (this.size) queueDraw(this);
    }
    this.settle();
  }

  resizeTo(width: number, height: number): void {
    this.size = { width, height };
    if (this.wanted || this.chart) queueDraw(this);
  }

  /** Draws what is wanted at the box's size: builds the chart, updates it in place, or resizes it. */
  draw(): void {
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
        notifyOutsideResize(() => this.options.onFail('no-canvas-context'));
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
      if (step() !== false) notifyOutsideResize(this.options.onDraw);
    } catch (error) {
      this.destroy();
      // A Chart whose constructor threw is still registered to the canvas (and in Chart.instances).
      Chart.getChart(canvas)?.destroy();
      notifyOutsideResize(() => this.options.onFail('chart-failed', error));
    }
    this.settle();
  }

  private destroy(): void {
    unqueueDraw(this);
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
