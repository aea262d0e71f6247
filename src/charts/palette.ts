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

/** Fallbacks when a token is unset: Okabe–Ito based, distinct in the common colour-vision deficiencies and in greyscale. */
export const LIGHT_PALETTE: Palette = {
  downed: '#0b4f8a',
  jammed: '#e69f00',
  unaccounted: '#c9c9c9',
  labelOn: { downed: '#ffffff', jammed: '#111111', unaccounted: '#111111' },
  text: '#1d1d1f',
  grid: 'rgba(0, 0, 0, 0.12)',
  rate: '#7a1f5c',
  troops: '#0b4f8a',
  onTroops: '#ffffff',
};

export const DEFAULT_FONT = '600 12px system-ui, sans-serif';

/** The theme with no tokens read (no DOM, or before the element is in a page). */
export const DEFAULT_THEME: CanvasTheme = { palette: LIGHT_PALETTE, font: DEFAULT_FONT };
