import { StrikeBreakdown } from './strike-breakdown.component.js';

export { StrikeBreakdown };
// What it fires, by name, for typed listeners and generated JSX types.
export type { StrikeErrorDetail, StrikeErrorEvent, StrikeLoadDetail, StrikeLoadEvent, StrikeRenderEvent } from '../events.js';

if (typeof customElements !== 'undefined' && !customElements.get('strike-breakdown')) {
  customElements.define('strike-breakdown', StrikeBreakdown);
}

declare global {
  interface HTMLElementTagNameMap {
    'strike-breakdown': StrikeBreakdown;
  }
}
