// React 19 sets properties on custom elements, so `data={report}` hands over the object itself (no JSON), and
// `onstrike-render` / `onstrike-error` listen to the element's events by their exact names.
import { useState } from 'react';
import 'strike-charts/strike-chart.js';

export function App({ report }) {
  const [variant, setVariant] = useState('bar');
  const [drawn, setDrawn] = useState(0);
  const [problem, setProblem] = useState('');
  return (
    <section>
      <strike-chart
        data={report}
        variant={variant}
        showTable={true}
        heading="Drones and missiles launched at Ukraine"
        onstrike-render={() => {
          setDrawn((n) => n + 1);
          setProblem('');
        }}
        onstrike-error={(event) => setProblem(event.detail.message)}
      ></strike-chart>
      <button type="button" onClick={() => setVariant((v) => (v === 'bar' ? 'doughnut' : 'bar'))}>
        {variant === 'bar' ? 'Show as rings' : 'Show as bars'}
      </button>
      <p className="status">{problem ? `Not drawn: ${problem}` : `Draws so far: ${drawn}`}</p>
    </section>
  );
}
