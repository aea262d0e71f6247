import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LIGHT_PALETTE, type Fill, type Palette } from '../charts/palette.js';

const TOKENS = ['downed', 'jammed', 'unaccounted', 'on-downed', 'on-jammed', 'on-unaccounted', 'text', 'grid', 'rate'] as const;
type Token = (typeof TOKENS)[number];

// One pattern per colour pair for the whole page: a tile canvas per element cost ~1 ms each.
const patterns = new Map<string, Fill>();

/** A small tile of the fill with stripes or dots over it, so the segments differ without colour too. */
function patterned(color: string, overlay: string, mark: 'stripes' | 'dots'): Fill {
  const key = `${color}|${overlay}|${mark}`;
  let fill = patterns.get(key);
  if (fill === undefined) patterns.set(key, (fill = drawPattern(color, overlay, mark)));
  return fill;
}

function drawPattern(color: string, overlay: string, mark: 'stripes' | 'dots'): Fill {
  if (typeof document === 'undefined') return color;
  const tile = document.createElement('canvas');
  tile.width = tile.height = 8;
  const ctx = tile.getContext('2d');
  if (!ctx) return color;
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, 8, 8);
  ctx.fillStyle = ctx.strokeStyle = overlay;
  ctx.globalAlpha = 0.45;
  if (mark === 'stripes') {
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.moveTo(-2, 10);
    ctx.lineTo(10, -2);
    ctx.moveTo(-2, 2);
    ctx.lineTo(2, -2);
    ctx.moveTo(6, 10);
    ctx.lineTo(10, 6);
    ctx.stroke();
  } else {
    ctx.beginPath();
    ctx.arc(2, 2, 1.2, 0, Math.PI * 2);
    ctx.arc(6, 6, 1.2, 0, Math.PI * 2);
    ctx.fill();
  }
  return ctx.createPattern(tile, 'repeat') ?? color;
}

/**
 * Reads the theme tokens (`--strike-color-…`) the canvas needs, and asks the host to update when they may
 * have changed: the colour scheme flips, or a class, style or theme attribute changes on the host or the page.
 */
export class ThemeController implements ReactiveController {
  private observer?: MutationObserver;
  private scheme?: MediaQueryList;
  private signature = '';
  private cached: Palette = LIGHT_PALETTE;
  private readonly onChange = () => this.host.requestUpdate();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof MutationObserver !== 'undefined') {
      this.observer = new MutationObserver(this.onChange);
      const attributeFilter = ['class', 'style', 'theme', 'data-theme'];
      this.observer.observe(this.host, { attributes: true, attributeFilter });
      this.observer.observe(document.documentElement, { attributes: true, attributeFilter });
      if (document.body) this.observer.observe(document.body, { attributes: true, attributeFilter });
    }
    if (typeof matchMedia === 'function') {
      this.scheme = matchMedia('(prefers-color-scheme: dark)');
      this.scheme.addEventListener('change', this.onChange);
    }
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.scheme?.removeEventListener('change', this.onChange);
    this.scheme = undefined;
  }

  /** The token values now, as one string: equal strings mean the same palette. */
  read(): string {
    if (typeof getComputedStyle !== 'function' || !this.host.isConnected) return '';
    const style = getComputedStyle(this.host);
    return TOKENS.map((t) => style.getPropertyValue(`--strike-color-${t}`).trim()).join('|') + `|${style.fontFamily}`;
  }

  /** The palette for the canvas; rebuilt (patterns included) only when a token changed. */
  palette(): Palette {
    const signature = this.read();
    if (signature === this.signature) return this.cached;
    this.signature = signature;
    if (!signature) return (this.cached = LIGHT_PALETTE);
    const values = signature.split('|');
    const token = (name: Token, fallback: string) => values[TOKENS.indexOf(name)] || fallback;
    const on = {
      downed: token('on-downed', LIGHT_PALETTE.labelOn.downed),
      jammed: token('on-jammed', LIGHT_PALETTE.labelOn.jammed),
      unaccounted: token('on-unaccounted', LIGHT_PALETTE.labelOn.unaccounted),
    };
    this.cached = {
      downed: token('downed', LIGHT_PALETTE.downed as string),
      jammed: patterned(token('jammed', LIGHT_PALETTE.jammed as string), on.jammed, 'stripes'),
      unaccounted: patterned(token('unaccounted', LIGHT_PALETTE.unaccounted as string), on.unaccounted, 'dots'),
      labelOn: on,
      text: token('text', LIGHT_PALETTE.text),
      grid: token('grid', LIGHT_PALETTE.grid),
      rate: token('rate', LIGHT_PALETTE.rate),
    };
    return this.cached;
  }

  /** A length token in CSS pixels (`--strike-bar-size`); the fallback when unset, or with no DOM (server rendering). */
  length(name: string, fallback: number): number {
    if (typeof getComputedStyle !== 'function' || !this.host.isConnected) return fallback;
    return parseFloat(getComputedStyle(this.host).getPropertyValue(name)) || fallback;
  }

  /** The font the canvas uses for labels: the element's own. */
  font(): string {
    const family = typeof getComputedStyle === 'function' && this.host.isConnected ? getComputedStyle(this.host).fontFamily : '';
    return `600 12px ${family || 'system-ui, sans-serif'}`;
  }
}
