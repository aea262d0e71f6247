import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Hosts whose update now takes over DOM rendered on the server. */
const hydrating = new WeakSet<object>();

/**
 * Whether the host's update now takes over the DOM a server rendered (declarative shadow DOM, hydrated by
 * Lit's hydrate support): that render must give what the server's gave, so it knows no width, no page
 * language, and builds every stage at once.
 */
export const isHydrating = (host: unknown): boolean => typeof host === 'object' && host !== null && hydrating.has(host);

/**
 * Marks the host as hydrating from the moment its render root is made until its first update is done, then
 * asks for one more update: what the server could not know (the page's language, the element's width) is
 * rendered then, over DOM that Lit now owns.
 */
export class HydrationController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Called as the render root is made: a shadow root already there came with the page, from a server. */
  begin(): void {
    if (this.host.shadowRoot) hydrating.add(this.host);
  }

  hostUpdated(): void {
    if (!hydrating.delete(this.host)) return;
    // After this update has finished: an update asked for within one is a second pass of the same cycle.
    void this.host.updateComplete.then(() => this.host.requestUpdate());
  }
}
