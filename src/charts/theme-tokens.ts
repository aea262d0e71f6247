/**
 * Every theme token (a CSS custom property `--strike-<name>`), once: the CSS defaults (src/styles/tokens.ts),
 * the dashboard's hand-down to its parts, the tokens the canvas reads and their fallbacks are all made from it.
 * Pure data, so both the chart builders and the styles can import it.
 */
export interface ThemeToken {
  readonly name: string;
  /** The default on `:host`; none for a token an element gives a default of its own. */
  readonly light?: string;
  readonly dark?: string;
  /** Under `forced-colors: active`: a system colour. */
  readonly forced?: string;
  /** What a dashboard's part takes instead of the dashboard's own value (`inherit`). */
  readonly inPart?: string;
  /** Read by the canvas: its fallback when unset, `true` for the light default. */
  readonly canvas?: string | true;
}

export const THEME_TOKENS = [
  { name: 'color-downed', light: '#0b4f8a', dark: '#5aa9e6', forced: 'CanvasText', canvas: true },
  { name: 'color-jammed', light: '#e69f00', dark: '#f0b840', forced: 'Highlight', canvas: true },
  { name: 'color-unaccounted', light: '#c9c9c9', dark: '#6b6f76', forced: 'GrayText', canvas: true },
  { name: 'color-on-downed', light: '#ffffff', dark: '#0b0c0e', forced: 'Canvas', canvas: true },
  { name: 'color-on-jammed', light: '#111111', dark: '#0b0c0e', forced: 'HighlightText', canvas: true },
  { name: 'color-on-unaccounted', light: '#111111', dark: '#ffffff', forced: 'Canvas', canvas: true },
  // Still in the air: Okabe–Ito vermillion, lined. Not reported: a light neutral, hatched, so it reads as
  // unknown and never as unaccounted's grey (in forced colours: the background, hatched in text colour).
  { name: 'color-still-attacking', light: '#d55e00', dark: '#f08a4b', forced: 'Mark', canvas: true },
  { name: 'color-not-reported', light: '#f3f3f1', dark: '#2a2c30', forced: 'Canvas', canvas: true },
  { name: 'color-on-still-attacking', light: '#111111', dark: '#0b0c0e', forced: 'MarkText', canvas: true },
  { name: 'color-on-not-reported', light: '#45474d', dark: '#c9ccd1', forced: 'CanvasText', canvas: true },
  { name: 'color-rate', light: '#7a1f5c', dark: '#f48fb1', forced: 'LinkText', canvas: true },
  { name: 'color-text', light: '#1d1d1f', dark: '#e8eaed', forced: 'CanvasText', canvas: true },
  { name: 'color-muted', light: '#55575d', dark: '#b0b4ba', forced: 'CanvasText' },
  // A part paints no background of its own: the dashboard's panel shows through.
  { name: 'color-background', light: 'transparent', dark: '#17181b', inPart: 'transparent' },
  { name: 'color-surface', light: '#ffffff', dark: '#222327' },
  { name: 'color-border', light: '#d7d9de', dark: '#3c3f45' },
  { name: 'color-grid', light: 'rgba(0, 0, 0, 0.12)', dark: 'rgba(255, 255, 255, 0.16)', forced: 'GrayText', canvas: true },
  { name: 'color-error', light: '#b3261e', dark: '#f28b82', forced: 'CanvasText' },
  { name: 'color-note', light: '#fff4e0', dark: '#3a2e12' },
  { name: 'color-focus', light: '#1a5fd6', dark: '#8ab4f8', forced: 'Highlight' },
  { name: 'font-family', light: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" },
  { name: 'font-size', light: '0.9375rem' },
  { name: 'space', light: '0.75rem' },
  { name: 'radius', light: '6px' },
  { name: 'bar-size', light: '44px' },
  // <strike-troops> defaults these to the downed colours in its own styles.
  { name: 'color-troops', canvas: '#0b4f8a' },
  { name: 'color-on-troops', canvas: '#ffffff' },
] as const satisfies readonly ThemeToken[];

/** A token the canvas reads. */
export type CanvasToken = Extract<(typeof THEME_TOKENS)[number], { canvas: unknown }>['name'];

const tokens: readonly ThemeToken[] = THEME_TOKENS;

/** What the canvas takes when `token` is unset. */
export function canvasFallback(token: CanvasToken): string {
  const { light, canvas } = tokens.find((t) => t.name === token) as ThemeToken;
  return canvas === true ? (light as string) : (canvas as string);
}

/** The built-in value of `token` in the `light` or `dark` theme ('' when it has none). */
export function tokenDefault(token: string, theme: 'light' | 'dark'): string {
  const found = tokens.find((t) => t.name === token);
  return (theme === 'dark' ? (found?.dark ?? found?.light) : found?.light) ?? '';
}
