import { css } from 'lit';

export const strikeBreakdownStyles = css`
  :host {
    --strike-breakdown-bar-size: 30px;
  }
`;
