// The pure data API: no DOM, no Lit, no chart.js; safe to import in Node.
export * from './data/types.js';
export { validateReport } from './data/validate.js';
export { summarize, summarizeTally, sumTallies } from './data/summarize.js';
export type { TallySummary, EntrySummary, ReportSummary } from './data/summarize.js';
export { downedRate, jammedRate, neutralizedRate, unaccounted, isInconsistent } from './data/rates.js';
export { setWarningHandler } from './data/warn.js';
export type { WarningHandler } from './data/warn.js';
