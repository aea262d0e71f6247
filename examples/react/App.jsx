// strike-charts/react wraps each element in a React component (with @lit/react): props such as `data` are set
// as properties (the object itself, no JSON), and `onStrikeRender` / `onStrikeError` / `onStrikeSelect` listen
// for the element's own events. Importing it defines the elements.
import { useState } from 'react';
import { StrikeChart } from 'strike-charts/react';

export function App({ report }) {
  const [variant, setVariant] = useState('bar');
  const [drawn, setDrawn] = useState(0);
  const [problem, setProblem] = useState('');
  return (
    <section>
      <StrikeChart
        data={report}
        variant={variant}
        showTable={true}
        heading="Drones and missiles launched at Ukraine"
        onStrikeRender={() => {
          setDrawn((n) => n + 1);
          setProblem('');
        }}
        onStrikeError={(event) => setProblem(event.detail.message)}
      />
      <button type="button" onClick={() => setVariant((v) => (v === 'bar' ? 'doughnut' : 'bar'))}>
        {variant === 'bar' ? 'Show as rings' : 'Show as bars'}
      </button>
      <p className="status">{problem ? `Not drawn: ${problem}` : `Draws so far: ${drawn}`}</p>
    </section>
  );
}
