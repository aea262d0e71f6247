import { StrikeChart } from './strike-chart.component.js';

export { StrikeChart };

if (typeof customElements !== 'undefined' && !customElements.get('strike-chart')) {
  customElements.define('strike-chart', StrikeChart);
}

declare global {
  interface HTMLElementTagNameMap {
    'strike-chart': StrikeChart;
  }
}
