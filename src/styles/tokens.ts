import { css } from 'lit';

const dark = css`
  --strike-color-downed: #5aa9e6;
  --strike-color-jammed: #f0b840;
  --strike-color-unaccounted: #6b6f76;
  --strike-color-on-downed: #0b0c0e;
  --strike-color-on-jammed: #0b0c0e;
  --strike-color-on-unaccounted: #ffffff;
  --strike-color-rate: #f48fb1;
  --strike-color-text: #e8eaed;
  --strike-color-muted: #b0b4ba;
  --strike-color-background: #17181b;
  --strike-color-surface: #222327;
  --strike-color-border: #3c3f45;
  --strike-color-grid: rgba(255, 255, 255, 0.16);
  --strike-color-error: #f28b82;
  --strike-color-note: #3a2e12;
  --strike-color-focus: #8ab4f8;
  color-scheme: dark;
`;

/** Theme tokens: every colour, font and spacing an element uses, overridable per page or per element. */
export const tokens = css`
  :host {
    --strike-color-downed: #0b4f8a;
    --strike-color-jammed: #e69f00;
    --strike-color-unaccounted: #c9c9c9;
    --strike-color-on-downed: #ffffff;
    --strike-color-on-jammed: #111111;
    --strike-color-on-unaccounted: #111111;
    --strike-color-rate: #7a1f5c;
    --strike-color-text: #1d1d1f;
    --strike-color-muted: #55575d;
    --strike-color-background: transparent;
    --strike-color-surface: #ffffff;
    --strike-color-border: #d7d9de;
    --strike-color-grid: rgba(0, 0, 0, 0.12);
    --strike-color-error: #b3261e;
    --strike-color-note: #fff4e0;
    --strike-color-focus: #1a5fd6;
    --strike-font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    --strike-font-size: 0.9375rem;
    --strike-space: 0.75rem;
    --strike-radius: 6px;
    --strike-bar-size: 44px;
    color-scheme: light;
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }
  @media (forced-colors: active) {
    :host {
      --strike-color-downed: CanvasText;
      --strike-color-jammed: Highlight;
      --strike-color-unaccounted: GrayText;
      --strike-color-on-downed: Canvas;
      --strike-color-on-jammed: HighlightText;
      --strike-color-on-unaccounted: Canvas;
      --strike-color-rate: LinkText;
      --strike-color-text: CanvasText;
      --strike-color-muted: CanvasText;
      --strike-color-grid: GrayText;
      --strike-color-error: CanvasText;
      --strike-color-focus: Highlight;
    }
  }
`;
