import { StrikeTimeline } from './strike-timeline.component.js';

export { StrikeTimeline };
// The events' types, so a user of this entry alone (or generated JSX types) can name them.
export type * from '../events.js';

if (typeof customElements !== 'undefined' && !customElements.get('strike-timeline')) {
  customElements.define('strike-timeline', StrikeTimeline);
}

declare global {
  interface HTMLElementTagNameMap {
    'strike-timeline': StrikeTimeline;
  }
}
