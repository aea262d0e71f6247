import type { ChartConfiguration } from 'chart.js';
import type { CanvasTheme } from '../charts/palette.js';
import { Chart } from '../charts/register.js';
import type { LegendItem } from '../charts/strike-chart.js';
import { tokenDefault } from '../charts/theme-tokens.js';
import { builtInTheme } from '../controllers/theme-controller.js';
import { wrap } from './text-wrap.js';

/** How `toPNG()` draws its image. */
export interface ImageOptions {
  /** Image pixels per CSS pixel; 2 by default, sharp on a phone and in print. */
  scale?: number;
  /** `light` (the default, whatever the page shows) or `dark`. */
  theme?: 'light' | 'dark';
  /** A solid CSS colour behind everything; the theme's surface by default. */
  background?: string;
  /** The image's heading; the element's `heading` by default (the dashboard gives its panel's title). */
  heading?: string;
}

/** The words around the chart in the image, each where the element shows it. */
export interface ImageText {
  heading?: string;
  legend?: LegendItem[];
  source?: string;
  asOf?: string;
  credit: string;
}

interface Colours {
  canvas: CanvasTheme;
  text: string;
  muted: string;
  background: string;
}

const PAD = 16;
const see = (colour: string): string | undefined => (colour && colour !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(colour) ? colour : undefined);

/**
 * The colours of the image: the host's own tokens when it shows the theme asked for (a page's own colours
 * stay), else the built-in tokens of that theme, which a dark page's near-white text would vanish without.
 */
function coloursFor(host: HTMLElement, shown: CanvasTheme, o: ImageOptions): Colours {
  const view = host.ownerDocument.defaultView ?? window;
  const style = view.getComputedStyle(host);
  const theme = o.theme ?? 'light';
  const attribute = host.getAttribute('theme');
  const dark = attribute === 'dark' || (attribute !== 'light' && view.matchMedia('(prefers-color-scheme: dark)').matches);
  const own = (dark ? 'dark' : 'light') === theme;
  const token = (name: string) => (own ? style.getPropertyValue(`--strike-${name}`).trim() : '') || tokenDefault(name, theme);
  return {
    canvas: own ? shown : builtInTheme(theme, style.fontFamily),
    text: token('color-text'),
    muted: token('color-muted'),
    background: o.background ?? see(token('color-background')) ?? token('color-surface'),
  };
}

type Step = (ctx: CanvasRenderingContext2D, y: number, draw: boolean) => number;

/** A block of wrapped text in `font` and `colour`: draws it at `y` (when `draw`) and gives its height. */
const textBlock = (text: string | undefined, font: string, colour: string, lineHeight: number, width: number): Step => (ctx, y, draw) => {
  if (!text) return 0;
  ctx.font = font;
  const lines = wrap(ctx, text, width - 2 * PAD);
  if (draw) {
    ctx.fillStyle = colour;
    ctx.textBaseline = 'middle';
    lines.forEach((l, i) => ctx.fillText(l, PAD, y + lineHeight * (i + 0.5)));
  }
  return lines.length * lineHeight + 6;
};

/** The legend's items in rows, each swatch filled as the chart fills its segment. */
const legendBlock = (items: LegendItem[] | undefined, c: Colours, family: string, width: number): Step => (ctx, y, draw) => {
  if (!items?.length) return 0;
  ctx.font = `400 13px ${family}`;
  let x = PAD;
  let row = 0;
  for (const item of items) {
    const w = (item.key ? 18 : 0) + ctx.measureText(item.label).width + 16;
    if (x > PAD && x + w > width - PAD) [x, row] = [PAD, row + 1];
    const top = y + row * 20;
    if (draw) drawItem(ctx, item, c, x, top);
    x += w;
  }
  return (row + 1) * 20 + 6;
};

function drawItem(ctx: CanvasRenderingContext2D, item: LegendItem, c: Colours, x: number, top: number): void {
  const { key } = item;
  if (key === 'rate') {
    ctx.fillStyle = c.canvas.palette.rate;
    ctx.fillRect(x, top + 9, 12, 3);
  } else if (key === 'partial') {
    ctx.strokeStyle = c.text;
    ctx.setLineDash([3, 2]);
    ctx.strokeRect(x + 0.5, top + 4.5, 11, 11);
    ctx.setLineDash([]);
  } else if (key) {
    ctx.fillStyle = c.canvas.palette[key];
    ctx.fillRect(x, top + 4, 12, 12);
  }
  ctx.fillStyle = c.muted;
  ctx.textBaseline = 'middle';
  ctx.fillText(item.label, x + (key ? 18 : 0), top + 10);
}

/**
 * A PNG to post as it is: the heading, the legend, the chart (drawn anew in the theme asked for, at `scale`),
 * the source and as-of lines and a small credit, on a solid background; `width` x `height` is the chart's CSS size.
 */
export function chartImage(
  host: HTMLElement,
  configure: (theme: CanvasTheme) => ChartConfiguration,
  size: { width: number; height: number },
  words: ImageText,
  shown: CanvasTheme,
  o: ImageOptions = {},
): Promise<Blob | null> {
  const scale = o.scale && o.scale > 0 ? o.scale : 2;
  const c = coloursFor(host, shown, o);
  // The host's own document: in an iframe, its Blob is the one the page there knows.
  const doc = host.ownerDocument;
  const family = (doc.defaultView ?? window).getComputedStyle(host).fontFamily;
  const { width } = size;
  const above: Step[] = [textBlock(words.heading, `700 18px ${family}`, c.text, 24, width), legendBlock(words.legend, c, family, width)];
  const below: Step[] = [
    textBlock(words.source, `400 12px ${family}`, c.muted, 16, width),
    textBlock(words.asOf, `400 12px ${family}`, c.muted, 16, width),
    textBlock(words.credit, `400 11px ${family}`, c.muted, 14, width),
  ];
  const image = doc.createElement('canvas');
  const ctx = image.getContext('2d');
  if (!ctx) return Promise.resolve(null);
  const heightOf = (steps: Step[]) => steps.reduce((h, step) => h + step(ctx, 0, false), 0);
  const top = PAD + heightOf(above);
  const height = top + size.height + 8 + heightOf(below) + PAD;
  image.width = Math.round(width * scale);
  image.height = Math.round(height * scale);
  ctx.scale(scale, scale);
  ctx.fillStyle = c.background;
  ctx.fillRect(0, 0, width, height);
  let y = PAD;
  for (const step of above) y += step(ctx, y, true);
  drawChart(ctx, doc.createElement('canvas'), configure(c.canvas), size, scale, y);
  y += size.height + 8;
  for (const step of below) y += step(ctx, y, true);
  return new Promise((resolve) => image.toBlob(resolve, 'image/png'));
}

/** Draws the chart once, off the page, at the image's scale and with no animation, into `ctx` at `y`. */
function drawChart(ctx: CanvasRenderingContext2D, canvas: HTMLCanvasElement, config: ChartConfiguration, size: { width: number; height: number }, scale: number, y: number): void {
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d');
  if (!context) return;
  const options = { ...config.options, animation: false, responsive: false, maintainAspectRatio: false, devicePixelRatio: scale, events: [] };
  const chart = new Chart(context, { ...config, options } as ChartConfiguration);
  ctx.drawImage(canvas, 0, y, size.width, size.height);
  chart.destroy();
}
