import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { canvasPalette, DEFAULT_THEME, type CanvasTheme, type Fill, type Palette } from '../charts/palette.js';
import { tokenDefault } from '../charts/theme-tokens.js';

// One pattern per colour pair for the whole page: a tile canvas per element cost ~1 ms each.
const patterns = new Map<string, Fill>();

/** What is drawn over a segment's fill: stripes (jammed), dots (unaccounted), level lines (still in the air), a fine hatch the other way (not reported). */
type Mark = 'stripes' | 'dots' | 'lines' | 'hatch';

/** A small tile of the fill with a mark over it, so the segments differ without colour too. */
function patterned(color: string, overlay: string, mark: Mark): Fill {
  const key = `${color}|${overlay}|${mark}`;
  let fill = patterns.get(key);
  if (fill === undefined) patterns.set(key, (fill = drawPattern(color, overlay, mark)));
  return fill;
}

function drawPattern(color: string, overlay: string, mark: Mark): Fill {
  if (typeof document === 'undefined') return color;
  const tile = document.createElement('canvas');
  tile.width = tile.height = 8;
  const ctx = tile.getContext('2d');
  if (!ctx) return color;
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, 8, 8);
  ctx.fillStyle = ctx.strokeStyle = overlay;
  ctx.globalAlpha = 0.45;
  if (mark === 'stripes' || mark === 'hatch') {
    // Jammed: broad strokes rising to the right; not reported: fine ones falling, the tile mirrored.
    ctx.lineWidth = mark === 'stripes' ? 2 : 1.25;
    if (mark === 'hatch') ctx.setTransform(-1, 0, 0, 1, 8, 0);
    ctx.beginPath();
    ctx.moveTo(-2, 10);
    ctx.lineTo(10, -2);
    ctx.moveTo(-2, 2);
    ctx.lineTo(2, -2);
    ctx.moveTo(6, 10);
    ctx.lineTo(10, 6);
    ctx.stroke();
  } else if (mark === 'lines') {
    ctx.fillRect(0, 1, 8, 1.5);
    ctx.fillRect(0, 5, 8, 1.5);
  } else {
    ctx.beginPath();
    ctx.arc(2, 2, 1.2, 0, Math.PI * 2);
    ctx.arc(6, 6, 1.2, 0, Math.PI * 2);
    ctx.fill();
  }
  return ctx.createPattern(tile, 'repeat') ?? color;
}

/**
 * Reads the theme tokens (`--strike-color-…`) and the font the canvas needs when they may have changed, and
 * asks the host to update then: the element is connected, the colour scheme or forced colours flip, or a
 * class, style or theme attribute changes on the host or the page. Reading them forces the page's style, so
 * they are not read again while nothing says they changed, and the chart controller reads every element's
 * theme in one go, after all of them rendered.
 */
export class ThemeController implements ReactiveController {
  private observer?: MutationObserver;
  private media: MediaQueryList[] = [];
  private signature = '';
  private cached: CanvasTheme = DEFAULT_THEME;
  private stale = true;
  private readonly onChange = () => {
    this.stale = true;
    this.host.requestUpdate();
  };

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.stale = true;
    // Watched from the end of the first update on: that update reflects `theme`, and a reflected default is
    // no change of the tokens (watching it would render every new element twice).
    if ((this.host as { hasUpdated?: boolean }).hasUpdated) this.watch();
    if (typeof matchMedia === 'function') {
      this.media = ['(prefers-color-scheme: dark)', '(forced-colors: active)'].map((query) => matchMedia(query));
      for (const list of this.media) list.addEventListener('change', this.onChange);
    }
  }

  hostUpdated(): void {
    if (!this.observer && this.host.isConnected) this.watch();
  }

  private watch(): void {
    if (typeof MutationObserver !== 'undefined') {
      this.observer = new MutationObserver(this.onChange);
      const attributeFilter = ['class', 'style', 'theme', 'data-theme'];
      // The host, the hosts it sits in (a dashboard's parts inherit its tokens), and the page.
      for (let node: Node | undefined = this.host; node; node = (node.getRootNode() as ShadowRoot).host) {
        this.observer.observe(node, { attributes: true, attributeFilter });
      }
      this.observer.observe(document.documentElement, { attributes: true, attributeFilter });
      if (document.body) this.observer.observe(document.body, { attributes: true, attributeFilter });
    }
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    for (const list of this.media) list.removeEventListener('change', this.onChange);
    this.media = [];
  }

  /** The colours and font for the canvas now; the same object for as long as no token changed. */
  read(): CanvasTheme {
    if (typeof getComputedStyle !== 'function' || !this.host.isConnected) return DEFAULT_THEME;
    if (!this.stale) return this.cached;
    this.stale = false;
    const style = getComputedStyle(this.host);
    const palette = canvasPalette((name) => style.getPropertyValue(`--strike-${name}`).trim());
    const family = style.fontFamily;
    const signature = `${JSON.stringify(palette)}|${family}`;
    if (signature === this.signature) return this.cached;
    this.signature = signature;
    this.cached = { palette: withMarks(palette), font: canvasFont(family) };
    return this.cached;
  }
}

const canvasFont = (family: string): string => (family ? `600 12px ${family}` : DEFAULT_THEME.font);

/** The palette with each outcome's mark drawn over its fill, so the segments differ without colour too. */
function withMarks(palette: Palette): Palette {
  palette.jammed = patterned(palette.jammed as string, palette.labelOn.jammed, 'stripes');
  palette.unaccounted = patterned(palette.unaccounted as string, palette.labelOn.unaccounted, 'dots');
  palette.stillAttacking = patterned(palette.stillAttacking as string, palette.labelOn.stillAttacking, 'lines');
  palette.notReported = patterned(palette.notReported as string, palette.labelOn.notReported, 'hatch');
  return palette;
}

/** The canvas theme of the built-in `light` or `dark` tokens in `family`: an image in a theme other than the page's. */
export const builtInTheme = (theme: 'light' | 'dark', family: string): CanvasTheme => ({
  palette: withMarks(canvasPalette((name) => tokenDefault(name, theme))),
  font: canvasFont(family),
});
