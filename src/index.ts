// Registers every element and re-exports the whole API.
export * from './data.js';
export * from './elements/strike-chart/strike-chart.js';
export * from './elements/strike-troops/strike-troops.js';
export * from './elements/strike-timeline/strike-timeline.js';
export * from './elements/strike-summary/strike-summary.js';
export * from './elements/strike-breakdown/strike-breakdown.js';
export * from './elements/strike-dashboard/strike-dashboard.js';
export type * from './elements/events.js';
export { defineLanguage, formatFor, loadLanguage, messagesFor } from './i18n/format.js';
export type { Messages, Format, PluralForms, TallyWords } from './i18n/types.js';
