// The pure data API: no DOM, no Lit, no chart.js; safe to import in Node.
export * from './data/types.js';
export { validateReport } from './data/validate.js';
export { summarize, summarizeTally, sumTallies } from './data/summarize.js';
export type { TallySummary, EntrySummary, ReportSummary } from './data/summarize.js';
export { downedRate, jammedRate, neutralizedRate, unaccounted, isInconsistent } from './data/rates.js';
export { setWarningHandler } from './data/warn.js';
export type { WarningHandler } from './data/warn.js';
export { parseAttacksCsv } from './data/csv.js';
export type { AttacksCsv, AttacksCsvOptions } from './data/csv.js';
export { classifyModel } from './data/weapons.js';
export type { WeaponClass, WeaponTable, Classification } from './data/weapons.js';
export { aggregate, periodKey, periodRange } from './data/aggregate.js';
export type { Period, Grouping, AggregateOptions } from './data/aggregate.js';
export { reportForDate } from './data/dataset.js';
export { filterRecords, periodSeries, rollingNeutralizedRate } from './data/series.js';
export type { RecordFilter, SeriesPoint } from './data/series.js';
export { validateRecords } from './data/records.js';
export { reportsToRecords } from './data/reports.js';
