// strike-charts/react's components in React 19, for test/browser/frameworks-react.test.ts (bundled by
// /__bundle__/, see bundles.mjs; `strike-charts/react` is the built dist/react.js, which defines the elements).
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import * as wrappers from 'strike-charts/react';

/** A React root in `container` that renders one wrapper, by its export name, with the props given. */
export function mount(container) {
  const root = createRoot(container);
  return {
    render(name, props) {
      const Wrapper = wrappers[name];
      flushSync(() => root.render(<Wrapper {...props} />));
    },
    unmount: () => root.unmount(),
  };
}
