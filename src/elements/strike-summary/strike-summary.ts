import { StrikeSummary } from './strike-summary.component.js';

export { StrikeSummary };

if (typeof customElements !== 'undefined' && !customElements.get('strike-summary')) {
  customElements.define('strike-summary', StrikeSummary);
}

declare global {
  interface HTMLElementTagNameMap {
    'strike-summary': StrikeSummary;
  }
}
