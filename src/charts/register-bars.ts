import { BarController, BarElement, CategoryScale, LinearScale } from 'chart.js';
import { registration } from './register.js';

/** The bar charts' pieces (troops, breakdown, the outcome bars). */
export const registerBars = /* @__PURE__ */ registration(BarController, BarElement, CategoryScale, LinearScale);
