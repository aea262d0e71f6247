import { css } from 'lit';

/** Layout and parts every element shares: error, warnings, loading, notes, legend, plot, table. */
export const base = css`
  :host {
    display: block;
    /* A grid or flex item may shrink below the canvas's 300px default width: the chart is drawn at its box's. */
    min-width: 0;
    box-sizing: border-box;
    color: var(--strike-color-text);
    background: var(--strike-color-background);
    font-family: var(--strike-font-family);
    font-size: var(--strike-font-size);
    line-height: 1.4;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [part~='heading'] {
    margin: 0 0 calc(var(--strike-space) / 2);
    font-size: 1.125em;
    font-weight: 650;
  }
  [part~='error'] {
    border-left: 4px solid var(--strike-color-error);
    padding: calc(var(--strike-space) / 2) var(--strike-space);
    margin: 0 0 var(--strike-space);
    color: var(--strike-color-text);
    /* URLs and column names are long words: they break rather than leave a narrow box. */
    overflow-wrap: anywhere;
  }
  [part~='error'] strong {
    color: var(--strike-color-error);
  }
  [part~='error'] ul {
    margin: 0.25em 0 0;
    padding-left: 1.25em;
    font-family: ui-monospace, monospace;
    font-size: 0.875em;
  }
  [part~='warnings'] {
    margin: 0 0 calc(var(--strike-space) / 2);
    color: var(--strike-color-muted);
    font-size: 0.8125em;
  }
  [part~='warnings'] summary {
    width: fit-content;
    max-width: 100%;
    cursor: pointer;
  }
  [part~='warnings'] ul {
    margin: 0.25em 0 0;
    padding-left: 1.25em;
    color: var(--strike-color-text);
    overflow-wrap: anywhere;
  }
  [part~='loading'] {
    color: var(--strike-color-muted);
    margin: 0 0 var(--strike-space);
  }
  [part~='note'] {
    background: var(--strike-color-note);
    border-radius: var(--strike-radius);
    padding: 0.375em 0.625em;
    margin: 0 0 calc(var(--strike-space) / 2);
  }
  [part~='headlines'] {
    list-style: none;
    margin: 0 0 calc(var(--strike-space) / 2);
    padding: 0;
  }
  [part~='legend'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    list-style: none;
    margin: 0 0 calc(var(--strike-space) / 2);
    padding: 0;
    color: var(--strike-color-muted);
    font-size: 0.875em;
  }
  .swatch {
    display: inline-block;
    width: 0.9em;
    height: 0.9em;
    margin-right: 0.35em;
    vertical-align: -0.1em;
    border: 1px solid var(--strike-color-border);
    border-radius: 2px;
  }
  .swatch-downed {
    background: var(--strike-color-downed);
  }
  .swatch-jammed {
    background: repeating-linear-gradient(-45deg, var(--strike-color-jammed) 0 3px, var(--strike-color-on-jammed) 3px 4px);
  }
  .swatch-unaccounted {
    background: radial-gradient(var(--strike-color-on-unaccounted) 25%, transparent 30%) 0 0 / 4px 4px, var(--strike-color-unaccounted);
  }
  .swatch-partial {
    border: 1.5px dashed var(--strike-color-text);
    background: transparent;
  }
  .swatch-stillAttacking {
    background: repeating-linear-gradient(0deg, var(--strike-color-still-attacking) 0 3px, var(--strike-color-on-still-attacking) 3px 4px);
  }
  .swatch-notReported {
    background: repeating-linear-gradient(45deg, var(--strike-color-not-reported) 0 3px, var(--strike-color-on-not-reported) 3px 4px);
  }
  .swatch-rate {
    height: 3px;
    border: 0;
    vertical-align: 0.2em;
    background: var(--strike-color-rate);
  }
  @media (forced-colors: active) {
    .swatch {
      forced-color-adjust: none;
    }
  }
  [part~='plot'] {
    position: relative;
    width: 100%;
    min-width: 0;
  }
  canvas {
    display: block;
    max-width: 100%;
  }
  [part~='tooltip'] {
    position: absolute;
    z-index: 1;
    pointer-events: none;
    max-width: min(22rem, 100%);
    padding: 0.4em 0.6em;
    border: 1px solid var(--strike-color-border);
    border-radius: var(--strike-radius);
    background: var(--strike-color-surface);
    color: var(--strike-color-text);
    box-shadow: 0 2px 8px rgba(0, 0, 0, 0.18);
    font-size: 0.8125em;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  canvas:focus-visible,
  button:focus-visible,
  summary:focus-visible,
  a:focus-visible,
  .figure-wrap:focus-visible {
    outline: 2px solid var(--strike-color-focus);
    outline-offset: 2px;
  }
  [part~='source'],
  [part~='as-of'] {
    margin: calc(var(--strike-space) / 2) 0 0;
    color: var(--strike-color-muted);
    font-size: 0.8125em;
  }
  [part~='source'] a {
    color: inherit;
  }
  /* The element's own buttons: the table's toggle, and the timeline's audio graph. */
  [part~='table-toggle'],
  [part~='play'] {
    font: inherit;
    font-size: 0.8125em;
    color: var(--strike-color-text);
    background: var(--strike-color-surface);
    border: 1px solid var(--strike-color-border);
    border-radius: var(--strike-radius);
    padding: 0.2em 0.6em;
    margin-top: calc(var(--strike-space) / 2);
    cursor: pointer;
  }
  [part~='table'] {
    border-collapse: collapse;
    margin-top: calc(var(--strike-space) / 2);
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  [part~='table'] caption {
    text-align: left;
    color: var(--strike-color-muted);
    padding-bottom: 0.25em;
  }
  [part~='table'] th,
  [part~='table'] td {
    border-bottom: 1px solid var(--strike-color-border);
    padding: 0.25em 0.6em;
    text-align: right;
  }
  [part~='table'] th[scope='row'],
  [part~='table'] thead th:first-child {
    text-align: left;
  }
  [part~='table'] tr.flagged th::after {
    content: ' ⚠';
  }
  .visually-hidden,
  :host(:not([show-table])) .figure-wrap {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .figure-wrap {
    overflow-x: auto;
  }
  /*
   * A shown table wider than its box scrolls; its caption stays in view, wrapped to the box's width. Only when
   * shown: a hidden table has no box to fit, and a container is a layout boundary to compute for nothing.
   */
  :host([show-table]) .figure-wrap {
    container-type: inline-size;
  }
  :host([show-table]) .figure-wrap caption {
    position: sticky;
    inset-inline-start: 0;
    max-width: 100cqi;
  }
  @media print {
    :host {
      break-inside: avoid;
    }
    /* Paper is narrower than most screens: the drawing scales down with the page, keeping its proportions. */
    canvas {
      max-width: 100%;
      height: auto !important;
    }
    [part~='table-toggle'],
    [part~='tooltip'] {
      display: none;
    }
  }
`;
