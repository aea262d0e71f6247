import { CategoryScale, LinearScale, LineController, LineElement, PointElement } from 'chart.js';
import { registration } from './register.js';

/** The timeline's line pieces. */
export const registerLines = /* @__PURE__ */ registration(LineController, LineElement, PointElement, CategoryScale, LinearScale);
