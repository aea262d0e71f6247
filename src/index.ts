// Registers every element and re-exports the whole API.
export * from './data.js';
export * from './elements/strike-chart/strike-chart.js';
export * from './elements/strike-timeline/strike-timeline.js';
export type * from './elements/events.js';
