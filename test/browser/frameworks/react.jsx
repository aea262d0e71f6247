// The React example, mounted by test/browser/frameworks.test.ts (bundled by /__bundle__/, see bundles.mjs).
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { App } from '../../../examples/react/App.jsx';

export function mount(container, report) {
  const root = createRoot(container);
  const render = (next) => flushSync(() => root.render(<App report={next} />));
  render(report);
  return { rerender: render, unmount: () => root.unmount() };
}
