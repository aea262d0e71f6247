import { StrikeChart } from './strike-chart.component.js';

export { StrikeChart };
// The events' types, so a user of this entry alone (or generated JSX types) can name them.
export type * from '../events.js';

if (typeof customElements !== 'undefined' && !customElements.get('strike-chart')) {
  customElements.define('strike-chart', StrikeChart);
}

declare global {
  interface HTMLElementTagNameMap {
    'strike-chart': StrikeChart;
  }
}
