import { css, unsafeCSS } from 'lit';
import { THEME_TOKENS, type ThemeToken } from '../charts/theme-tokens.js';

type Column = 'light' | 'dark' | 'forced' | 'inPart';

/** What a dashboard's part takes: the dashboard's value, unless the table gives it one of its own. */
const inPart = (t: ThemeToken): string | undefined => t.inPart ?? (t.light === undefined ? undefined : 'inherit');

/** `--strike-<name>: <value>;` for each token with a value in `column`. */
const declarations = (column: Column) =>
  unsafeCSS(
    (THEME_TOKENS as readonly ThemeToken[])
      .map((t) => [t.name, column === 'inPart' ? inPart(t) : t[column]])
      .filter(([, value]) => value !== undefined)
      .map(([name, value]) => `--strike-${name}: ${value};`)
      .join(''),
  );

const dark = declarations('dark');

/** Theme tokens: every colour, font and spacing an element uses, overridable per page or per element. */
export const tokens = css`
  :host {
    ${declarations('light')}
    color-scheme: light;
  }
  :host([theme='dark']) {
    ${dark}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
      color-scheme: dark;
    }
  }
  /* As specific as the theme rules above, and after them: a high-contrast theme wins in a dark scheme too. */
  @media (forced-colors: active) {
    :host,
    :host([theme='dark']),
    :host(:not([theme='light'])) {
      ${declarations('forced')}
    }
  }
`;

/** A dashboard's part's tokens: each part has its own defaults on its host, so it is handed the dashboard's. */
export const partTokens = /* @__PURE__ */ declarations('inPart');
