import { css } from 'lit';
import { partTokens } from '../../styles/tokens.js';

export const strikeDashboardStyles = css`
  :host {
    --strike-dashboard-gap: 1rem;
    --strike-dashboard-panel-padding: 1rem;
    container-type: inline-size;
  }
  /* Each part has its own token defaults on its host: hand it the dashboard's, so one rule themes them all. */
  .part {
    ${partTokens}
  }
  /* The tiles carry the headline figures: the strike chart's own headlines stay, but quieter. */
  strike-chart::part(headlines) {
    font-size: 0.875em;
    color: var(--strike-color-muted);
  }
  [part~='controls'] {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: calc(var(--strike-space) * 0.75) var(--strike-space);
    margin: 0 0 calc(var(--strike-space) * 0.5);
    padding: calc(var(--strike-space) * 0.75) var(--strike-dashboard-panel-padding);
    background: var(--strike-color-surface);
    border: 1px solid var(--strike-color-border);
    border-radius: var(--strike-radius);
  }
  [part~='field'] {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    min-width: 0;
  }
  [part~='field'] label {
    font-size: 0.8125em;
    font-weight: 600;
    color: var(--strike-color-muted);
  }
  select,
  input,
  button {
    font: inherit;
    font-size: 0.9375em;
    color: var(--strike-color-text);
    background: var(--strike-color-surface);
    border: 1px solid var(--strike-color-border);
    border-radius: var(--strike-radius);
    min-height: 2.25rem;
    padding: 0.25em 0.6em;
  }
  /* A date that makes no range (typed, or the page's): marked as its message beneath says. */
  input[aria-invalid='true'] {
    border-color: var(--strike-color-error);
    box-shadow: inset 0 0 0 1px var(--strike-color-error);
  }
  /* Lines that say more of a control, read right after the controls; under their row (and Reset), when in one. */
  [part~='field-problem'],
  [part~='field-note'] {
    order: 1;
    flex-basis: 100%;
    margin: 0;
    font-size: 0.875em;
  }
  [part~='field-problem'] {
    color: var(--strike-color-error);
    font-weight: 600;
  }
  [part~='field-note'] {
    color: var(--strike-color-muted);
  }
  [part~='field-problem']:empty,
  [part~='field-note']:empty {
    display: none;
  }
  select:focus-visible,
  input:focus-visible {
    outline: 2px solid var(--strike-color-focus);
    outline-offset: 1px;
  }
  button {
    cursor: pointer;
  }
  button[aria-disabled='true'] {
    cursor: default;
    opacity: 0.55;
  }
  button:not([aria-disabled='true']):hover {
    border-color: var(--strike-color-muted);
  }
  [part~='reset'] {
    margin-left: auto;
  }
  /* Instead of the panels, while the page's dates make no range. */
  .no-range {
    margin: 0;
    padding: var(--strike-dashboard-panel-padding);
    background: var(--strike-color-surface);
    border: 1px solid var(--strike-color-border);
    border-radius: calc(var(--strike-radius) * 1.5);
    color: var(--strike-color-muted);
  }
  [part~='meta'] {
    margin: 0 0 var(--strike-dashboard-gap);
    /* In line with the text in the boxes, and off the edge when the dashboard paints a background of its own. */
    padding: 0 var(--strike-dashboard-panel-padding);
    color: var(--strike-color-muted);
    font-size: 0.8125em;
  }
  .grid {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    gap: var(--strike-dashboard-gap);
  }
  [part~='panel'] {
    min-width: 0;
    padding: var(--strike-dashboard-panel-padding);
    background: var(--strike-color-surface);
    border: 1px solid var(--strike-color-border);
    border-radius: calc(var(--strike-radius) * 1.5);
  }
  [part~='panel-summary'],
  [part~='panel-timeline'],
  [part~='panel-strike'] {
    grid-column: 1 / -1;
  }
  [part~='panel'] header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--strike-space);
    margin: 0 0 calc(var(--strike-space) * 0.75);
  }
  [part~='panel-title'] {
    margin: 0;
    font-size: 1em;
    font-weight: 650;
    min-width: 0;
  }
  [part~='downloads'] {
    display: flex;
    gap: 0.375rem;
    flex: none;
  }
  [part~='download'] {
    min-height: 2rem;
    padding: 0.125em 0.55em;
    font-size: 0.8125em;
    font-weight: 600;
    color: var(--strike-color-muted);
  }
  [part~='hint'],
  [part~='selection'] {
    margin: 0 0 calc(var(--strike-space) * 0.75);
    font-size: 0.8125em;
    color: var(--strike-color-muted);
  }
  [part~='selection'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    color: var(--strike-color-text);
    font-weight: 600;
  }
  [part~='selection'] button {
    min-height: 1.75rem;
    font-size: 0.9em;
    font-weight: 500;
  }
  [part~='loading'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em;
  }
  [part~='progress'] {
    width: min(16rem, 100%);
  }
  .pending {
    height: 16rem;
    border-radius: var(--strike-radius);
    background: var(--strike-color-border);
    opacity: 0.35;
  }
  [part~='panel-summary'] .pending {
    height: 9rem;
  }
  [part~='panel-timeline'] .pending {
    height: 24rem;
  }
  [part~='panel-strike'] .pending {
    height: 10rem;
  }
  @container (max-width: 44rem) {
    .grid {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  @container (max-width: 30rem) {
    :host {
      --strike-dashboard-panel-padding: 0.75rem;
      --strike-dashboard-gap: 0.75rem;
    }
    [part~='controls'] {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
    [part~='reset'],
    [part~='field-problem'],
    [part~='field-note'] {
      grid-column: 1 / -1;
      order: 0;
    }
    [part~='reset'] {
      margin-left: 0;
    }
    select,
    input {
      width: 100%;
    }
    [part~='panel'] header {
      align-items: flex-start;
    }
  }
  @media print {
    [part~='panel'] {
      break-inside: avoid;
    }
    [part~='downloads'] {
      display: none;
    }
  }
`;
