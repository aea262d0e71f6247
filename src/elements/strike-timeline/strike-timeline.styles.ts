import { css } from 'lit';

export const strikeTimelineStyles = css`
  [part~='plot'] {
    min-height: 220px;
  }
  canvas {
    cursor: pointer;
  }
`;
