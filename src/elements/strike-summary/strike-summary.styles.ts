import { css } from 'lit';

export const strikeSummaryStyles = css`
  :host {
    --strike-tile-min-width: 10.5rem;
    --strike-tile-value-size: 1.625rem;
    container-type: inline-size;
  }
  [part~='window'] {
    margin: 0 0 calc(var(--strike-space) * 0.75);
    color: var(--strike-color-muted);
    font-size: 0.875em;
  }
  [part~='context'] {
    margin: 0 0 calc(var(--strike-space) * 0.75);
    max-width: 70ch;
  }
  [part~='window'] strong {
    color: var(--strike-color-text);
    font-weight: 650;
  }
  [part~='tiles'] {
    display: grid;
    --gap: calc(var(--strike-space) * 0.75);
    /* At most four columns, so the kind tiles line up under the headline ones. */
    grid-template-columns: repeat(auto-fill, minmax(min(100%, max(var(--strike-tile-min-width), (100% - 3 * var(--gap)) / 4)), 1fr));
    gap: var(--gap);
    margin: 0;
  }
  [part~='kinds'] {
    margin-top: calc(var(--strike-space) * 0.75);
  }
  [part~='kinds'] [part~='tile-value'] {
    font-size: calc(var(--strike-tile-value-size) * 0.75);
  }
  [part~='tile'] {
    position: relative;
    min-width: 0;
    padding: calc(var(--strike-space) * 0.875) var(--strike-space) calc(var(--strike-space) * 0.75);
    background: var(--strike-color-surface);
    border: 1px solid var(--strike-color-border);
    border-radius: var(--strike-radius);
    overflow: hidden;
  }
  [part~='tile']::before {
    content: '';
    position: absolute;
    inset: 0 auto 0 0;
    width: 4px;
    background: var(--strike-color-border);
  }
  [part~='tile-launched']::before {
    background: var(--strike-color-text);
  }
  [part~='tile-neutralized-rate']::before,
  [part~='tile-downed-rate']::before {
    background: var(--strike-color-rate);
  }
  [part~='tile-downed']::before {
    background: var(--strike-color-downed);
  }
  [part~='tile-jammed']::before {
    background: var(--strike-color-jammed);
  }
  dd {
    margin: 0;
  }
  [part~='tile-label'] {
    color: var(--strike-color-muted);
    font-size: 0.8125em;
    font-weight: 600;
    letter-spacing: 0.01em;
  }
  [part~='tile-value'] {
    font-size: var(--strike-tile-value-size);
    font-weight: 700;
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  [part~='tile-detail'],
  [part~='tile-change'] {
    color: var(--strike-color-muted);
    font-size: 0.8125em;
    font-variant-numeric: tabular-nums;
  }
  [part~='tile-change'] {
    margin-top: 0.125em;
    color: var(--strike-color-text);
    font-weight: 600;
  }
  [part~='tile-change'] span {
    font-size: 0.75em;
    color: var(--strike-color-muted);
  }
  [part~='summary'] {
    display: none;
  }
  /* A narrow column reads better as a list: label and change on the left, the figure on the right. */
  @container (max-width: 26rem) {
    [part~='tiles'] {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
      border: 1px solid var(--strike-color-border);
      border-radius: var(--strike-radius);
      background: var(--strike-color-surface);
    }
    [part~='tile'] {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      column-gap: var(--strike-space);
      align-items: baseline;
      border: 0;
      border-radius: 0;
      background: transparent;
      padding: calc(var(--strike-space) * 0.5) var(--strike-space) calc(var(--strike-space) * 0.5) calc(var(--strike-space) + 2px);
    }
    [part~='kinds'] [part~='tile-value'] {
      font-size: 1.0625rem;
    }
    [part~='tile'] + [part~='tile'] {
      border-top: 1px solid var(--strike-color-border);
    }
    [part~='tile-label'] {
      grid-column: 1;
      grid-row: 1;
      font-size: 0.875em;
      color: var(--strike-color-text);
    }
    [part~='tile-value'] {
      grid-column: 2;
      grid-row: 1 / span 2;
      align-self: center;
      text-align: right;
      font-size: 1.25rem;
    }
    [part~='tile-detail'] {
      grid-column: 1;
    }
    [part~='tile-change'] {
      grid-column: 1;
      margin: 0;
    }
  }
  /* Narrower still (a grid cell on a phone): no room for two columns, so each tile reads top to bottom. */
  @container (max-width: 15rem) {
    [part~='tile'] {
      display: block;
    }
    [part~='tile-value'] {
      text-align: left;
    }
  }
`;
