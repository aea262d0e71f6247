import { StrikeTimeline } from './strike-timeline.component.js';

export { StrikeTimeline };

if (typeof customElements !== 'undefined' && !customElements.get('strike-timeline')) {
  customElements.define('strike-timeline', StrikeTimeline);
}

declare global {
  interface HTMLElementTagNameMap {
    'strike-timeline': StrikeTimeline;
  }
}
