// A React 19 app as a strict TypeScript user writes it: the tags typed by strike-charts/types/react alone.
import type {} from 'strike-charts/types/react';
import 'strike-charts/strike-chart.js';
import type { StrikeChart } from 'strike-charts';
import { useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { report } from '../report.js';

function App() {
  const chart = useRef<StrikeChart>(null);
  return (
    <strike-chart
      ref={chart}
      eager
      heading="13 November 2024"
      heading-level={3}
      data={report}
      variant="doughnut"
      showTable
      onstrike-render={(event) => {
        const el = event.target as StrikeChart;
        window.rendered = { showTable: el.showTable, headingLevel: el.headingLevel, variant: el.variant };
      }}
      onstrike-error={(event) => (window.failed = event.detail.message)}
    />
  );
}

createRoot(document.getElementById('root')!).render(<App />);
