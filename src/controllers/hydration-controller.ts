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
 * Marks the host as hydrating when it comes with a shadow root of its own (declarative shadow DOM, from a
 * server) until its first update is done, then asks for one more update: what the server could not know (the
 * page's language, the element's width) is rendered then, over DOM that Lit now owns.
 */
export class HydrationController implements ReactiveController {
  /** The language the server rendered in: the `lang` of the first element in its DOM that has one. */
  private readonly lang?: string;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
    // Made as the element is created or upgraded: a shadow root already there came with the page's HTML.
    const root = host.shadowRoot;
    if (!root) return;
    hydrating.add(host);
    this.lang = root.querySelector('[lang]')?.getAttribute('lang') ?? undefined;
  }

  /** While hydrating, the language the server rendered in; else undefined. */
  get serverLocale(): string | undefined {
    return isHydrating(this.host) ? this.lang : undefined;
  }

  hostUpdated(): void {
    if (!hydrating.delete(this.host)) return;
    // After this update has finished: an update asked for within one is a second pass of the same cycle.
    void this.host.updateComplete.then(() => this.host.requestUpdate());
  }
}
