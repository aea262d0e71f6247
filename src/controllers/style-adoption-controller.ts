import { adoptStyles, type CSSResultOrNative, type ReactiveController, type ReactiveElement } from 'lit';

const cssText = (s: CSSResultOrNative) => (s instanceof CSSStyleSheet ? [...s.cssRules].map((r) => r.cssText).join('\n') : s.cssText);

/**
 * Adopts the element's styles into its shadow root with sheets made by the window of the element's document:
 * a document allows no other window's sheets, so an element created in (or moved into) an iframe's document
 * would otherwise lose them.
 */
export function adoptStylesHere(host: ReactiveElement, root: ShadowRoot): void {
  const styles = (host.constructor as typeof ReactiveElement).elementStyles;
  const view = host.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  if (!view || view === window) {
    adoptStyles(root, styles);
    return;
  }
  root.adoptedStyleSheets = styles.map((s) => {
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(cssText(s));
    return sheet;
  });
}

/** Moved into another document (an iframe's), the shadow root lost its style sheets: this adopts them again. */
export class StyleAdoptionController implements ReactiveController {
  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    const root = this.host.shadowRoot;
    if (root?.adoptedStyleSheets.length === 0) adoptStylesHere(this.host, root);
  }
}
