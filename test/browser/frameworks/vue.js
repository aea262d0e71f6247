// The Vue example, mounted by test/browser/frameworks.test.ts (bundled by /__bundle__/, see bundles.mjs).
import { createApp, h, nextTick, shallowRef } from 'vue';
import { App, isCustomElement } from '../../../examples/vue/App.js';

export function mount(container, report) {
  // A parent passes the report down as a prop, as in an app; shallowRef keeps it the caller's own object.
  const current = shallowRef(report);
  const app = createApp({ render: () => h(App, { report: current.value }) });
  app.config.compilerOptions.isCustomElement = isCustomElement;
  app.mount(container);
  return {
    rerender: (next) => {
      current.value = next;
      return nextTick();
    },
    unmount: () => app.unmount(),
  };
}
