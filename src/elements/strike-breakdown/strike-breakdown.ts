import { StrikeBreakdown } from './strike-breakdown.component.js';

export { StrikeBreakdown };

if (typeof customElements !== 'undefined' && !customElements.get('strike-breakdown')) {
  customElements.define('strike-breakdown', StrikeBreakdown);
}

declare global {
  interface HTMLElementTagNameMap {
    'strike-breakdown': StrikeBreakdown;
  }
}
