// What a TypeScript user writes. It must compile; each `@ts-expect-error` line is a misuse the types must
// reject (the compiler fails if one of them stops being an error).
import 'strike-charts';
import type { StrikeErrorEvent, StrikeReport, TroopComparison } from 'strike-charts';
import { neutralizedRate, parseAttacksCsv, validateReport } from 'strike-charts/data';
import { StrikeChart } from 'strike-charts/strike-chart.js';

// Tags: createElement and querySelector know the element classes.
const chart = document.createElement('strike-chart');
const asClass: StrikeChart = chart;
const found: StrikeChart | null = document.querySelector('strike-chart');
chart.showTable = true;
chart.variant = 'doughnut';
chart.theme = 'dark';
chart.locale = 'uk';
// @ts-expect-error `variant` is 'bar' or 'doughnut'.
chart.variant = 'pie';
// @ts-expect-error `theme` is 'auto', 'light' or 'dark'.
chart.theme = 'sepia';
// @ts-expect-error `showTable` is a boolean; the attribute is `show-table`.
chart.showTable = 'yes';
const csvText: string = chart.toCSV();
const png: Promise<Blob | null> = chart.toPNG();

// Events: listeners get the detail's type without casts.
chart.addEventListener('strike-error', (event) => {
  const message: string = event.detail.message;
  const where: string[] = event.detail.issues.map((issue) => issue.path);
  // @ts-expect-error the error detail has no url.
  void event.detail.url;
  void [message, where];
});
chart.addEventListener('strike-load', (event) => event.detail.url.startsWith('https:'));
document.addEventListener('strike-select', (event) => {
  const period: string = event.detail.period;
  void period;
});
const onError = (event: StrikeErrorEvent) => event.detail.issues.length;
chart.addEventListener('strike-error', onError);
// @ts-expect-error a strike-load listener cannot take a StrikeErrorEvent.
chart.addEventListener('strike-load', onError);

// Data shapes: a report in the public JSON shape, and the data API over it.
const report: StrikeReport = {
  date: '2024-11-13',
  regions: 8,
  source: { name: 'Ukrainian Air Force', url: 'https://example.org/post' },
  weapons: [
    { kind: 'missile', label: 'Ballistic and cruise missiles', launched: 6, downed: 4 },
    { kind: 'drone', label: 'Drones', launched: 90, downed: 37, jammed: 47 },
  ],
};
chart.data = report;
const rate: number | null = neutralizedRate(report.weapons[1]);
const checked = validateReport(JSON.parse('{}') as unknown);
if (checked.ok) {
  const valid: StrikeReport = checked.value;
  void valid;
} else {
  const paths: string[] = checked.issues.map((issue) => issue.path);
  void paths;
}
const parsed = parseAttacksCsv('time_start,time_end,model,launched,destroyed\n');
const launched: number[] = parsed.records.map((record) => record.launched);

const troops: TroopComparison = {
  title: 'Troops in the Kursk region',
  unit: 'troops',
  figures: [{ label: 'North Korean troops', value: 10000, qualifier: 'more-than', source: { name: 'Pentagon' } }],
};

const wrongKind: StrikeReport = {
  date: '2024-11-13',
  // @ts-expect-error `kind` is missile, drone, bomb or unknown.
  weapons: [{ kind: 'plane', launched: 1, downed: 0 }],
};
const wrongCount: StrikeReport = {
  date: '2024-11-13',
  // @ts-expect-error counts are numbers, not text.
  weapons: [{ kind: 'drone', launched: '90', downed: 37 }],
};
const wrongQualifier: TroopComparison = {
  title: 'Troops',
  // @ts-expect-error `qualifier` is exact, about, more-than, fewer-than or range.
  figures: [{ label: 'Troops', value: 1, qualifier: 'roughly' }],
};

export { asClass, found, csvText, png, rate, launched, troops, wrongKind, wrongCount, wrongQualifier };
