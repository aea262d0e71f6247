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

/**
 * Owns the element's Chart: builds it once the canvas is near the viewport, updates it in place when the
 * configuration changes, destroys it on disconnect and builds it again on reconnect.
 */
export class ChartController implements ReactiveController {
  chart?: Chart;
  private drawn?: ChartConfiguration;
  private near = false;
  private observer?: IntersectionObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ChartControllerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof IntersectionObserver === 'undefined') {
      this.near = true;
      return;
    }
    // Charts far below the fold cost nothing until the reader scrolls near them.
    this.observer = new IntersectionObserver(
      (entries) => {
        const near = entries.some((e) => e.isIntersecting);
        if (near && !this.near) {
          this.near = true;
          this.sync();
        }
      },
      { rootMargin: '300px' },
    );
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.near = false;
    this.destroy();
  }

  hostUpdated(): void {
    this.sync();
  }

  private sync(): void {
    const config = this.options.config();
    const canvas = this.options.canvas();
    if (!config || !canvas) {
      this.destroy();
      return;
    }
    if (!this.near && !this.options.eager()) return;
    if (this.chart?.canvas === canvas && this.drawn === config) return;
    try {
      if (this.chart?.canvas === canvas && (this.chart.config as { type?: string }).type === config.type) {
        this.chart.data = config.data;
        this.chart.options = config.options ?? {};
        this.chart.update();
      } else {
        this.destroy();
        const context = canvas.getContext('2d');
        if (!context) {
          this.options.onFail('no-canvas-context');
          return;
        }
        this.chart = new Chart(context, config);
      }
      this.drawn = config;
    } catch (error) {
      this.destroy();
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
