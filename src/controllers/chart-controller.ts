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

// Charts are built once every element updating in this task has rendered: building each one between two
// elements' DOM writes would force a style and layout pass per element (chart.js reads the canvas size).
const pending = new Set<ChartController>();
function schedule(controller: ChartController): void {
  if (pending.size === 0) queueMicrotask(buildPending);
  pending.add(controller);
}
function buildPending(): void {
  const batch = [...pending];
  pending.clear();
  for (const controller of batch) controller.sync();
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

/** Without ResizeObserver chart.js cannot follow its box (its constructor throws): draw at the box's size instead. */
function fitted(config: ChartConfiguration, canvas: HTMLCanvasElement): ChartConfiguration {
  if (typeof ResizeObserver === 'function') return config;
  const box = canvas.parentElement;
  if (box && !canvas.hasAttribute('width')) {
    canvas.width = box.clientWidth;
    canvas.height = box.clientHeight;
  }
  return { ...config, options: { ...config.options, responsive: false } };
}

/**
 * Owns the element's Chart: builds it once the canvas is near the viewport, updates it in place when the
 * configuration changes, destroys it on disconnect and builds it again on reconnect.
 */
export class ChartController implements ReactiveController {
  chart?: Chart;
  private drawn?: ChartConfiguration;
  private near = false;

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

  /** Builds, updates or destroys the chart to match the host's configuration now. */
  sync(): void {
    const config = this.options.config();
    const canvas = this.options.canvas();
    if (!config || !canvas) {
      this.destroy();
      return;
    }
    // Lit still updates an element removed before its first update: a chart built then would never be destroyed.
    if (!this.host.isConnected || (!this.near && !this.options.eager())) return;
    if (this.chart?.canvas === canvas && this.drawn === config) return;
    try {
      if (this.chart?.canvas === canvas && (this.chart.config as { type?: string }).type === config.type) {
        this.chart.data = config.data;
        this.chart.options = fitted(config, canvas).options ?? {};
        this.chart.update();
      } else {
        this.destroy();
        const context = canvas.getContext('2d');
        if (!context) {
          this.options.onFail('no-canvas-context');
          return;
        }
        this.chart = new Chart(context, fitted(config, canvas));
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

  private destroy(): void {
    this.chart?.destroy();
    this.chart = undefined;
    this.drawn = undefined;
  }
}
