import { StrikeTimeline } from './strike-timeline.component.js';

export { StrikeTimeline };
// What it fires, by name, for typed listeners and generated JSX types.
export type {
  StrikeErrorDetail,
  StrikeErrorEvent,
  StrikeLoadDetail,
  StrikeLoadEvent,
  StrikeRenderEvent,
  StrikeSelectDetail,
  StrikeSelectEvent,
} from '../events.js';

if (typeof customElements !== 'undefined' && !customElements.get('strike-timeline')) {
  customElements.define('strike-timeline', StrikeTimeline);
}

declare global {
  interface HTMLElementTagNameMap {
    'strike-timeline': StrikeTimeline;
  }
}
