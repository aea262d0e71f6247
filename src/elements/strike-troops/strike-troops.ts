import { StrikeTroops } from './strike-troops.component.js';

export { StrikeTroops };
// What it fires, by name, for typed listeners and generated JSX types.
export type { StrikeErrorDetail, StrikeErrorEvent, StrikeLoadDetail, StrikeLoadEvent, StrikeRenderEvent } from '../events.js';

if (typeof customElements !== 'undefined' && !customElements.get('strike-troops')) {
  customElements.define('strike-troops', StrikeTroops);
}

declare global {
  interface HTMLElementTagNameMap {
    'strike-troops': StrikeTroops;
  }
}
