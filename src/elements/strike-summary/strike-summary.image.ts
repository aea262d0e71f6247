import type { ImageOptions } from '../chart-image.js';
import { wrap } from '../text-wrap.js';

/** How the summary's image is drawn: `card` makes it a 1200 x 630 share card (the size social posts show). */
export type TilesImageOptions = Pick<ImageOptions, 'scale' | 'background'> & { card?: boolean };

const CARD = { width: 1200, height: 630, margin: 48 };

/** The tiles' image centred on a share card, as large as the card's margins let it be. */
function shareCard(tiles: HTMLCanvasElement, background: string): HTMLCanvasElement {
  const card = tiles.ownerDocument.createElement('canvas');
  [card.width, card.height] = [CARD.width, CARD.height];
  const ctx = card.getContext('2d')!;
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, CARD.width, CARD.height);
  const k = Math.min((CARD.width - 2 * CARD.margin) / tiles.width, (CARD.height - 2 * CARD.margin) / tiles.height);
  const [w, h] = [tiles.width * k, tiles.height * k];
  ctx.drawImage(tiles, (CARD.width - w) / 2, (CARD.height - h) / 2, w, h);
  return card;
}

/**
 * The summary's tiles as a PNG image, drawn from their layout on the page at `scale` (2), on a solid
 * background: each tile's border and accent, each line of text where the page shows it, in its own font and
 * colour, and a small credit under them. In the theme the page shows.
 */
export function tilesImage(host: HTMLElement, root: ParentNode, credit: string, o: TilesImageOptions = {}): Promise<Blob | null> {
  const area = [root.querySelector<HTMLElement>('[part~="window"]'), ...root.querySelectorAll<HTMLElement>('[part~="tiles"]')].filter((e): e is HTMLElement => !!e);
  if (area.length === 0 || typeof document === 'undefined') return Promise.resolve(null);
  const rects = area.map((e) => e.getBoundingClientRect());
  const pad = 12;
  const left = Math.min(...rects.map((r) => r.left)) - pad;
  const top = Math.min(...rects.map((r) => r.top)) - pad;
  const width = Math.max(...rects.map((r) => r.right)) - left + pad;
  const tilesBottom = Math.max(...rects.map((r) => r.bottom)) - top;
  const height = tilesBottom + pad + 16;
  const ratio = o.scale && o.scale > 0 ? o.scale : 2;
  // The host's own document: in an iframe, its Blob is the one the page there knows.
  const canvas = host.ownerDocument.createElement('canvas');
  canvas.width = Math.ceil(width * ratio);
  canvas.height = Math.ceil(height * ratio);
  const ctx = canvas.getContext('2d');
  if (!ctx || width <= 0 || height <= 0) return Promise.resolve(null);
  ctx.scale(ratio, ratio);
  const hostStyle = getComputedStyle(host);
  const background = o.background ?? (hostStyle.getPropertyValue('--strike-color-surface').trim() || '#fff');
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, width, height);
  ctx.font = `400 11px ${hostStyle.fontFamily}`;
  ctx.fillStyle = hostStyle.getPropertyValue('--strike-color-muted').trim() || '#555';
  ctx.textBaseline = 'middle';
  ctx.fillText(credit, pad, tilesBottom + pad / 2 + 8);
  const box = (e: Element) => {
    const r = e.getBoundingClientRect();
    return { x: r.left - left, y: r.top - top, w: r.width, h: r.height };
  };
  for (const tile of root.querySelectorAll('[part~="tile"]')) {
    const b = box(tile);
    const style = getComputedStyle(tile);
    ctx.strokeStyle = style.borderTopColor;
    ctx.strokeRect(b.x + 0.5, b.y + 0.5, b.w - 1, b.h - 1);
    ctx.fillStyle = getComputedStyle(tile, '::before').backgroundColor;
    ctx.fillRect(b.x, b.y, 4, b.h);
  }
  // Each line of text where the page shows it, in its own font and colour.
  for (const text of root.querySelectorAll('[part~="window"], dt, dd')) {
    const b = box(text);
    const style = getComputedStyle(text);
    ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    ctx.fillStyle = style.color;
    ctx.textBaseline = 'middle';
    const lineHeight = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.4;
    // Wrapped where the page wraps it: a line as wide as the box it has there.
    const lines = wrap(ctx, text.textContent!.replace(/\s+/g, ' ').trim(), b.w + 1);
    lines.forEach((line, i) => ctx.fillText(line, b.x, b.y + lineHeight * (i + 0.5), b.w));
  }
  const image = o.card ? shareCard(canvas, background) : canvas;
  return new Promise((resolve) => image.toBlob(resolve, 'image/png'));
}
