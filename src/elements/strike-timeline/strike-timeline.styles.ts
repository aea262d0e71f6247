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
    font: inherit;
    font-size: 0.8125em;
    color: var(--strike-color-text);
    background: var(--strike-color-surface);
    border: 1px solid var(--strike-color-border);
    border-radius: var(--strike-radius);
    padding: 0.2em 0.6em;
    cursor: pointer;
  }
  @media print {
    [part~='sound'] {
      display: none;
    }
  }
`;
