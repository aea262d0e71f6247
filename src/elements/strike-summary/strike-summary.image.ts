import type { ImageOptions } from '../chart-image.js';

/**
 * The summary's tiles as a PNG image, drawn from their layout on the page at `scale` (2), on a solid
 * background: each tile's border and accent, each line of text where the page shows it, in its own font and
 * colour, and a small credit under them. In the theme the page shows.
 */
export function tilesImage(host: HTMLElement, root: ParentNode, credit: string, o: Pick<ImageOptions, 'scale' | 'background'> = {}): Promise<Blob | null> {
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
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * ratio);
  canvas.height = Math.ceil(height * ratio);
  const ctx = canvas.getContext('2d');
  if (!ctx || width <= 0 || height <= 0) return Promise.resolve(null);
  ctx.scale(ratio, ratio);
  const hostStyle = getComputedStyle(host);
  ctx.fillStyle = o.background ?? (hostStyle.getPropertyValue('--strike-color-surface').trim() || '#fff');
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
    ctx.fillText(text.textContent!.replace(/\s+/g, ' ').trim(), b.x, b.y + lineHeight / 2, b.w);
  }
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}
