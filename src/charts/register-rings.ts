import { ArcElement, DoughnutController } from 'chart.js';
import { registration } from './register.js';

/** The doughnut's pieces (strike-chart). */
export const registerRings = /* @__PURE__ */ registration(DoughnutController, ArcElement);
