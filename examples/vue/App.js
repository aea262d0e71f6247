// Vue 3: `:data.prop` (or `.data`) sets the property, so the object arrives as it is; `@strike-render` listens
// to the element's event. Vue must know `strike-*` tags are custom elements (compilerOptions.isCustomElement).
import { defineComponent, ref } from 'vue';
import 'strike-charts/strike-chart.js';

export const App = defineComponent({
  props: { report: { type: Object, required: true } },
  setup() {
    return { variant: ref('bar'), drawn: ref(0), problem: ref('') };
  },
  template: `
    <section>
      <strike-chart
        :data.prop="report"
        :variant="variant"
        show-table
        heading="Drones and missiles launched at Ukraine"
        @strike-render="drawn++; problem = ''"
        @strike-error="problem = $event.detail.message"
      ></strike-chart>
      <button type="button" @click="variant = variant === 'bar' ? 'doughnut' : 'bar'">
        {{ variant === 'bar' ? 'Show as rings' : 'Show as bars' }}
      </button>
      <p class="status">{{ problem ? 'Not drawn: ' + problem : 'Draws so far: ' + drawn }}</p>
    </section>`,
});

/** Tells Vue's template compiler that these tags are custom elements, not Vue components. */
export const isCustomElement = (tag) => tag.startsWith('strike-');
