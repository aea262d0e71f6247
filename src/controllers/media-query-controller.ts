import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Tracks one media query (colour scheme, reduced motion) and asks the host to update when it flips. */
export class MediaQueryController implements ReactiveController {
  matches = false;
  private list?: MediaQueryList;
  private readonly onChange = () => {
    this.matches = this.list?.matches ?? false;
    this.host.requestUpdate();
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly query: string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof matchMedia !== 'function') return;
    this.list = matchMedia(this.query);
    this.matches = this.list.matches;
    this.list.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    this.list?.removeEventListener('change', this.onChange);
    this.list = undefined;
  }
}
