import { StrikeChart } from './strike-chart.component.js';

export { StrikeChart };
// What it fires, by name, for typed listeners and generated JSX types.
export type { StrikeErrorDetail, StrikeErrorEvent, StrikeLoadDetail, StrikeLoadEvent, StrikeRenderEvent } from '../events.js';

if (typeof customElements !== 'undefined' && !customElements.get('strike-chart')) {
  customElements.define('strike-chart', StrikeChart);
}

declare global {
  interface HTMLElementTagNameMap {
    'strike-chart': StrikeChart;
  }
}
