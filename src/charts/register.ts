import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
} from 'chart.js';

/**
 * The one place chart.js pieces are registered. Each chart builder's configuration registers what it draws
 * with when it is made, so a page (or bundle) that uses bars alone never loads the line or doughnut code.
 * Titles, legends and tooltips are HTML (smaller, and read by screen readers), so no chart.js plugin is registered.
 * The builders import this module first: a bundle then holds chart.js right after lit, which gzips about
 * 0.1 kB smaller than chart.js after the data modules.
 */
let bars = false;
let rings = false;
let lines = false;

export function registerBars(): void {
  if (bars) return;
  Chart.register(BarController, BarElement, CategoryScale, LinearScale);
  bars = true;
}

export function registerRings(): void {
  if (rings) return;
  Chart.register(DoughnutController, ArcElement);
  rings = true;
}

export function registerLines(): void {
  if (lines) return;
  Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale);
  lines = true;
}

export { Chart };
