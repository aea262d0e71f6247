import { StrikeDashboard } from './strike-dashboard.component.js';

export { StrikeDashboard };
// The events' types, so a user of this entry alone (or generated JSX types) can name them.
export type * from '../events.js';

if (typeof customElements !== 'undefined' && !customElements.get('strike-dashboard')) {
  customElements.define('strike-dashboard', StrikeDashboard);
}

declare global {
  interface HTMLElementTagNameMap {
    'strike-dashboard': StrikeDashboard;
  }
}
