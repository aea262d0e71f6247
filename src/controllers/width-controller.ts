import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isHydrating } from './hydration-controller.js';

/** Tells whether the host is narrower than `limit` px, and asks it to update when its width crosses that. */
export class WidthController implements ReactiveController {
  private watch?: ResizeObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly limit: number,
  ) {
    host.addController(this);
  }

  /**
   * Laid out and narrower than the limit (false before the first layout: width 0 says nothing yet; and while
   * taking over the server's DOM, which was rendered with no width).
   */
  get narrow(): boolean {
    if (isHydrating(this.host)) return false;
    const width = this.host.clientWidth;
    return width > 0 && width < this.limit;
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    let last = this.narrow;
    // A frame later: an update inside the observer's callback would resize what it observes.
    this.watch = new ResizeObserver(() =>
      requestAnimationFrame(() => {
        if (!this.host.isConnected || this.narrow === last) return;
        last = this.narrow;
        this.host.requestUpdate();
      }),
    );
    this.watch.observe(this.host);
  }

  hostDisconnected(): void {
    this.watch?.disconnect();
    this.watch = undefined;
  }
}
