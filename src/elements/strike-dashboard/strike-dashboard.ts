import { StrikeDashboard } from './strike-dashboard.component.js';

export { StrikeDashboard };
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

if (typeof customElements !== 'undefined' && !customElements.get('strike-dashboard')) {
  customElements.define('strike-dashboard', StrikeDashboard);
}

declare global {
  interface HTMLElementTagNameMap {
    'strike-dashboard': StrikeDashboard;
  }
}
