import { css } from 'lit';

export const strikeTroopsStyles = css`
  :host {
    /* The bars follow the main series colour unless a page sets its own; forced colours and dark mode follow too. */
    --strike-color-troops: var(--strike-color-downed);
    --strike-color-on-troops: var(--strike-color-on-downed);
  }
  [part~='headlines'] li {
    margin: 0.125em 0;
    font-weight: 550;
  }
`;
