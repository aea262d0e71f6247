import { css } from 'lit';

export const strikeTimelineStyles = css`
  [part~='plot'] {
    min-height: 220px;
  }
  canvas {
    cursor: pointer;
  }
  [part~='sound'] {
    margin: 0 0 calc(var(--strike-space) / 2);
  }
  [part~='play'] {
    margin-top: 0;
  }
  @media print {
    [part~='sound'] {
      display: none;
    }
  }
`;
