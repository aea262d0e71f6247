import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Per document (an element may be moved into an iframe's): the hosts in it, and the one observer serving them.
 * Weak: an iframe removed with elements still in it tells them nothing, and must not be kept alive by this.
 */
const pages = new WeakMap<Document, { hosts: Set<ReactiveControllerHost>; observer: MutationObserver }>();

/**
 * The host's language: its `locale` when set, else the nearest `lang` attribute, else the browser's. It asks
 * the host to update when a `lang` attribute changes anywhere in its page (a language switcher), so an
 * element without `locale` speaks the page's new language. One observer per document serves every element,
 * and goes when the last one leaves.
 */
export class LangController implements ReactiveController {
  /** The document the host was counted in: by the time it is told it left, it may belong to another. */
  private page?: Document;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** `explicit` when given, else the nearest `lang` attribute (across shadow roots), else the browser's. */
  resolve(explicit: string | undefined): string {
    if (explicit) return explicit;
    // With no DOM (server rendering) there is no tree to find a `lang` in.
    for (let node: Node | null = typeof Element === 'undefined' ? null : this.host; node; ) {
      if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang') as string;
      node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
    }
    return typeof navigator === 'undefined' ? 'en' : navigator.language;
  }

  hostConnected(): void {
    if (typeof MutationObserver === 'undefined') return;
    const page = (this.page = this.host.ownerDocument);
    let watched = pages.get(page);
    if (!watched) {
      const hosts = new Set<ReactiveControllerHost>();
      const observer = new MutationObserver(() => hosts.forEach((host) => host.requestUpdate()));
      observer.observe(page.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
      pages.set(page, (watched = { hosts, observer }));
    }
    watched.hosts.add(this.host);
  }

  hostDisconnected(): void {
    const watched = this.page && pages.get(this.page);
    if (!watched) return;
    watched.hosts.delete(this.host);
    if (watched.hosts.size === 0) {
      watched.observer.disconnect();
      pages.delete(this.page!);
    }
    this.page = undefined;
  }
}
