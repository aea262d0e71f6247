import { StrikeTroops } from './strike-troops.component.js';

export { StrikeTroops };

if (typeof customElements !== 'undefined' && !customElements.get('strike-troops')) {
  customElements.define('strike-troops', StrikeTroops);
}

declare global {
  interface HTMLElementTagNameMap {
    'strike-troops': StrikeTroops;
  }
}
