import { StrikeBreakdown } from './strike-breakdown.component.js';

export { StrikeBreakdown };
// The events' types, so a user of this entry alone (or generated JSX types) can name them.
export type * from '../events.js';

if (typeof customElements !== 'undefined' && !customElements.get('strike-breakdown')) {
  customElements.define('strike-breakdown', StrikeBreakdown);
}

declare global {
  interface HTMLElementTagNameMap {
    'strike-breakdown': StrikeBreakdown;
  }
}
