import { StrikeTroops } from './strike-troops.component.js';

export { StrikeTroops };
// The events' types, so a user of this entry alone (or generated JSX types) can name them.
export type * from '../events.js';

if (typeof customElements !== 'undefined' && !customElements.get('strike-troops')) {
  customElements.define('strike-troops', StrikeTroops);
}

declare global {
  interface HTMLElementTagNameMap {
    'strike-troops': StrikeTroops;
  }
}
