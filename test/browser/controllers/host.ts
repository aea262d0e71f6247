import { LitElement, type TemplateResult } from 'lit';

/** A bare element to attach one controller to: renders `content`, counts its updates and can await the next. */
export class Host extends LitElement {
  content?: TemplateResult;
  updates = 0;
  private waiting: (() => void)[] = [];

  protected override render(): TemplateResult | undefined {
    return this.content;
  }

  protected override updated(): void {
    this.updates++;
    for (const resolve of this.waiting.splice(0)) resolve();
  }

  /** Resolves after the next update (one the host asks for itself or a controller asks for). */
  nextUpdate(): Promise<void> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }
}
customElements.define('controller-host', Host);

/** A new host with what `attach` adds to it (a controller), connected to the page and updated once. */
export async function hosted<C>(attach: (host: Host) => C, parent: Element = document.body): Promise<{ host: Host; controller: C }> {
  const host = new Host();
  const controller = attach(host);
  parent.append(host);
  await host.updateComplete;
  return { host, controller };
}
