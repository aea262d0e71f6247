import { CANVAS_TOKENS, type CanvasToken } from './theme-tokens.js';

/** A fill for a chart.js element: a colour, or a pattern the element layer made from one. */
export type Fill = string | CanvasPattern;

/** Colours the builders use; the element reads them from CSS custom properties at run time. */
export interface Palette {
  downed: Fill;
  jammed: Fill;
  unaccounted: Fill;
  /** Text drawn over each segment: must contrast with that segment's fill. */
  labelOn: { downed: string; jammed: string; unaccounted: string };
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

/** The palette made of the canvas tokens' values. */
export function canvasPalette(value: (token: CanvasToken) => string): Palette {
  return {
    downed: value('color-downed'),
    jammed: value('color-jammed'),
    unaccounted: value('color-unaccounted'),
    labelOn: { downed: value('color-on-downed'), jammed: value('color-on-jammed'), unaccounted: value('color-on-unaccounted') },
    text: value('color-text'),
    grid: value('color-grid'),
    rate: value('color-rate'),
    troops: value('color-troops'),
    onTroops: value('color-on-troops'),
  };
}

const fallbacks = new Map(CANVAS_TOKENS.map(({ name, fallback }) => [name, fallback]));

/** Fallbacks when a token is unset: Okabe–Ito based, distinct in the common colour-vision deficiencies and in greyscale. */
export const LIGHT_PALETTE: Palette = canvasPalette((token) => fallbacks.get(token) as string);

export const DEFAULT_FONT = '600 12px system-ui, sans-serif';

/** The theme with no tokens read (no DOM, or before the element is in a page). */
export const DEFAULT_THEME: CanvasTheme = { palette: LIGHT_PALETTE, font: DEFAULT_FONT };
