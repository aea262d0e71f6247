import { StrikeDashboard } from './strike-dashboard.component.js';

export { StrikeDashboard };

if (typeof customElements !== 'undefined' && !customElements.get('strike-dashboard')) {
  customElements.define('strike-dashboard', StrikeDashboard);
}

declare global {
  interface HTMLElementTagNameMap {
    'strike-dashboard': StrikeDashboard;
  }
}
