import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isHydrating } from './hydration-controller.js';

// Hosts connected and not yet measured: the first to ask reads every one's width, so the page is laid out once
// for all of them, not once per element between one element's render and the next one's.
const unmeasured = new Set<WidthController>();

function measureAll(): void {
  for (const c of unmeasured) c.resized(c.host.clientWidth);
  unmeasured.clear();
}

// One observer for every host. Its entries carry the widths the browser's layout found: no script reads them.
const watched = new WeakMap<Element, WidthController>();
let observer: ResizeObserver | undefined;

/** Tells whether the host is narrower than `limit` px, and asks it to update when its width crosses that. */
export class WidthController implements ReactiveController {
  private width?: number;
  /** What `narrow` last told the host. */
  private told?: boolean;

  constructor(
    readonly host: ReactiveControllerHost & HTMLElement,
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
    if (unmeasured.has(this)) measureAll();
    // Without an observer, the width is read at each update.
    const width = this.width ?? this.host.clientWidth;
    return (this.told = width > 0 && width < this.limit);
  }

  /** The host is now `width` px wide; it updates (a frame later, as one inside the observer's callback would resize what it observes) if that crosses the limit. */
  resized(width: number): void {
    const first = this.width === undefined;
    unmeasured.delete(this);
    this.width = width;
    if (first) return;
    requestAnimationFrame(() => {
      const told = this.told;
      if (this.host.isConnected && told !== undefined && this.narrow !== told) this.host.requestUpdate();
    });
  }

  hostConnected(): void {
    this.width = undefined;
    if (typeof ResizeObserver === 'undefined') return;
    unmeasured.add(this);
    observer ??= new ResizeObserver((entries) => {
      for (const entry of entries) watched.get(entry.target)?.resized(entry.contentRect.width);
    });
    watched.set(this.host, this);
    observer.observe(this.host);
  }

  hostDisconnected(): void {
    unmeasured.delete(this);
    watched.delete(this.host);
    observer?.unobserve(this.host);
  }
}
