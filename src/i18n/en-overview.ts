import { outcome, rate } from './en-outcomes.js';
import { outcomePhrases, rateValue } from './sentence.js';
import type { BreakdownWords, DashboardWords, Format, SummaryWords } from './types.js';

const points = (p: number, f: Format) =>
  `${p > 0 ? '+' : p < 0 ? '−' : '±'}${f.plural(Math.abs(Math.round(p * 1000) / 10), { one: 'point', other: 'points' })}`;

export const summary: SummaryWords = {
  tile: { launched: 'Launched', downed: 'Downed', jammed: 'Jammed', neutralizedRate: 'Neutralized rate', downedRate: 'Downed rate' },
  ofLaunched: (share) => `${share} of launched`,
  rateDetail: (shown, count) => (shown === 'downed' ? `${count} downed` : `${count} downed or jammed`),
  kindDetail: (shown, share) => `${share} ${shown === 'downed' ? 'downed' : 'neutralized'}`,
  change: ({ change, previous }) => `${change} on ${previous}`,
  rateChange: ({ change, previous }) => `${change} on ${previous}`,
  points,
  fromNothing: (previous) => `none launched in ${previous}`,
  noPrevious: 'no earlier period in the data to compare with',
  versus: (previous) => `change on ${previous}`,
  column: { figure: 'Figure', change: 'Change' },
  partialWindow: (window, p, soFar) => (soFar ? `${window} so far, ${p.days} of ${p.of} days` : `${window} from ${p.first}, ${p.days} of ${p.of} days`),
  sentence: (s, f) =>
    `${s.window}: ${f.count(s.total.launched)} launched, ${outcomePhrases(outcome, s.total, f).join(', ')}; ` +
    `${rate[s.rate]} ${f.percent(rateValue(s.total, s.rate))}.` +
    (s.previous && s.launchedChange ? ` Launched ${s.launchedChange} on ${s.previous}` : '') +
    (s.previous && s.rateChange ? `${s.launchedChange ? ';' : ` On ${s.previous},`} ${rate[s.rate]} ${s.rateChange}` : '') +
    (s.previous && (s.launchedChange || s.rateChange) ? '.' : '') +
    s.kinds.map((k) => ` ${f.plural(k.launched, k.counted)} launched, ${rate[s.rate]} ${f.percent(rateValue(k, s.rate))}.`).join(''),
};

export const breakdown: BreakdownWords = {
  category: {
    'strike-drone': 'Strike drones',
    'recon-drone': 'Reconnaissance drones',
    ballistic: 'Ballistic missiles',
    cruise: 'Cruise missiles',
    'air-defence': 'Air-defence missiles',
    'guided-bomb': 'Guided bombs',
  },
  otherOfKind: { drone: 'Other drones', missile: 'Other missiles', bomb: 'Other bombs', unknown: 'Unclassified weapons' },
  mixedOfKind: {
    drone: 'Drones of several classes',
    missile: 'Missiles of several classes',
    bomb: 'Bombs of several classes',
    unknown: 'Mixed salvos',
  },
  title: { category: 'By weapon category', model: 'By weapon model' },
  column: { category: 'Category', model: 'Model' },
  barLabel: (launched, share) => `${launched} · ${share}`,
  barLabelKey: (name) => `Bar labels: launched · ${name}`,
  sentence: (title, entries, more, f) =>
    `${title}. ${entries.join('. ')}.${more > 0 ? ` ${f.plural(more, { one: 'more entry', other: 'more entries' })} in the table.` : ''}`,
};

export const dashboard: DashboardWords = {
  controls: 'View',
  period: 'Period',
  periodOption: { day: 'Day', week: 'Week', month: 'Month', year: 'Year' },
  kind: 'Weapons',
  allKinds: 'All weapons',
  from: 'From',
  to: 'To',
  reset: 'Reset',
  timelineTitle: (period, name) => `Launched and ${name}, by ${period}`,
  categoryTitle: 'By weapon category',
  modelsTitle: (top) => `Top ${top} weapon models`,
  strikeTitle: (scope) => `${scope}, by weapon kind`,
  summaryTitle: 'Headline figures',
  hint: 'Select a bar (or focus the chart and press Enter) to look at one period.',
  selected: (label) => `Selected: ${label}`,
  clear: 'Show the whole range',
  download: (what, format) => `Download ${what} as ${format}`,
  loaded: (rows, first, last, f) => `${f.plural(rows, { one: 'row', other: 'rows' })}, ${first} to ${last}`,
  dateProblem: (p, f) =>
    p.reason === 'no-such-day'
      ? `There is no ${p.value === undefined ? 'such day' : `day ${p.value}`} on the calendar.`
      : p.reason === 'end-before-start'
        ? `The end is before the start, ${f.date(p.other)}.`
        : p.reason === 'start-after-end'
          ? `The start is after the end, ${f.date(p.other)}.`
          : `Dates can be picked from ${f.date(p.bounds.start)} to ${f.date(p.bounds.end)}.`,
  stillShowing: (range) => `Still showing ${range}.`,
  noRange: 'Choose dates that make a range to see the figures.',
  kindsAbsent: (nouns) => `The data has no ${nouns.map((n) => n.other).join(' and no ')}.`,
};
