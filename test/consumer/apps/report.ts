// The reference strike, typed by the package's own StrikeReport, for each framework's app.
import type { StrikeReport } from 'strike-charts';

export const report: StrikeReport = {
  date: '2024-11-13',
  regions: 8,
  weapons: [
    { kind: 'missile', label: 'Ballistic and cruise missiles', launched: 6, downed: 4 },
    { kind: 'drone', label: 'Drones', launched: 90, downed: 37, jammed: 47 },
  ],
};

declare global {
  interface Window {
    /** Set by the app's own strike-render handler, with what the element was given. */
    rendered?: { showTable: boolean; headingLevel: number; variant: string };
    /** Set by the app's own strike-error handler. */
    failed?: string;
  }
}
