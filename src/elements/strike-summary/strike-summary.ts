import { StrikeSummary } from './strike-summary.component.js';

export { StrikeSummary };
// The events' types, so a user of this entry alone (or generated JSX types) can name them.
export type * from '../events.js';

if (typeof customElements !== 'undefined' && !customElements.get('strike-summary')) {
  customElements.define('strike-summary', StrikeSummary);
}

declare global {
  interface HTMLElementTagNameMap {
    'strike-summary': StrikeSummary;
  }
}
