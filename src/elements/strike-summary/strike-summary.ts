import { StrikeSummary } from './strike-summary.component.js';

export { StrikeSummary };
// What it fires, by name, for typed listeners and generated JSX types.
export type { StrikeErrorDetail, StrikeErrorEvent, StrikeLoadDetail, StrikeLoadEvent, StrikeRenderEvent } from '../events.js';

if (typeof customElements !== 'undefined' && !customElements.get('strike-summary')) {
  customElements.define('strike-summary', StrikeSummary);
}

declare global {
  interface HTMLElementTagNameMap {
    'strike-summary': StrikeSummary;
  }
}
