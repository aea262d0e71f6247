import type { Segment } from './segments.js';
import { canvasFallback, type CanvasToken } from './theme-tokens.js';

/** A fill for a chart.js element: a colour, or a pattern the element layer made from one. */
export type Fill = string | CanvasPattern;

/** Colours the builders use; the element reads them from CSS custom properties at run time. */
export interface Palette {
  downed: Fill;
  jammed: Fill;
  unaccounted: Fill;
  stillAttacking: Fill;
  notReported: Fill;
  /** Text drawn over each segment: must contrast with that segment's fill. */
  labelOn: Record<Segment, string>;
  text: string;
  grid: string;
  rate: string;
  /** Troop bars, and text written over them. */
  troops: string;
  onTroops: string;
}

/** What a chart takes from the theme tokens when it is drawn: its colours and its label font. */
export interface CanvasTheme {
  palette: Palette;
  font: string;
}

/** The palette of the canvas tokens' values (`value`, '' for unset), each unset one taking its fallback. */
export function canvasPalette(value: (token: CanvasToken) => string = () => ''): Palette {
  const v = (token: CanvasToken) => value(token) || canvasFallback(token);
  return {
    downed: v('color-downed'),
    jammed: v('color-jammed'),
    unaccounted: v('color-unaccounted'),
    stillAttacking: v('color-still-attacking'),
    notReported: v('color-not-reported'),
    labelOn: {
      downed: v('color-on-downed'),
      jammed: v('color-on-jammed'),
      unaccounted: v('color-on-unaccounted'),
      stillAttacking: v('color-on-still-attacking'),
      notReported: v('color-on-not-reported'),
    },
    text: v('color-text'),
    grid: v('color-grid'),
    rate: v('color-rate'),
    troops: v('color-troops'),
    onTroops: v('color-on-troops'),
  };
}

/** Fallbacks when a token is unset: Okabe–Ito based, distinct in the common colour-vision deficiencies and in greyscale. */
export const LIGHT_PALETTE: Palette = canvasPalette();

export const DEFAULT_FONT = '600 12px system-ui, sans-serif';

/** The theme with no tokens read (no DOM, or before the element is in a page). */
export const DEFAULT_THEME: CanvasTheme = { palette: LIGHT_PALETTE, font: DEFAULT_FONT };
