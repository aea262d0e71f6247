import { Chart, type ChartComponentLike } from 'chart.js';

/**
 * The one way chart.js pieces are registered: each chart builder's configuration registers what it draws with
 * when it is made (register-bars.ts, register-rings.ts, register-lines.ts), so a page or bundle that uses bars
 * alone never loads the line or doughnut code. The pieces are in a module of their own each so that the
 * code-split build (dist/chunks/) can load them with the elements that draw with them, and no sooner.
 * Titles, legends and tooltips are HTML (smaller, and read by screen readers), so no chart.js plugin is registered.
 */
export function registration(...pieces: ChartComponentLike[]): () => void {
  let done = false;
  return () => {
    if (done) return;
    Chart.register(...pieces);
    done = true;
  };
}

export { Chart };
