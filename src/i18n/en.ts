import { breakdown, dashboard, summary } from './en-overview.js';
import { outcome, rate } from './en-outcomes.js';
import { ledByNeutralized, outcomePhrases, rateValue } from './sentence.js';
import { reading } from './en-reading.js';
import { attack } from './en-attack.js';
import type { Messages } from './types.js';

export const en: Messages = {
  segment: { downed: 'Downed', jammed: 'Jammed', unaccounted: 'Unaccounted', stillAttacking: 'Still in the air', notReported: 'Not reported' },
  outcome,
  kind: { missile: 'Missiles', drone: 'Drones', bomb: 'Bombs', unknown: 'Other weapons' },
  kindCount: {
    missile: { one: 'missile', other: 'missiles' },
    drone: { one: 'drone', other: 'drones' },
    bomb: { one: 'bomb', other: 'bombs' },
    unknown: { one: 'other weapon', other: 'other weapons' },
  },
  guidedBomb: { kind: 'Guided bombs', count: { one: 'guided bomb', other: 'guided bombs' } },
  rate,
  column: { weapon: 'Weapon', launched: 'Launched', total: 'Total', downedRate: 'Downed rate', neutralizedRate: 'Neutralized rate' },
  ringOrder: (labels, f) => `Rings from the outside in: ${f.list(labels)}`,
  noRate: 'no rate (none launched)',
  noAttacks: (date, f) => `No attacks recorded${date ? ` on ${f.date(date)}` : ''}: nothing was launched.`,
  notReported: 'not reported',
  partlyReported: (count) => `${count} (partly reported)`,
  shareAxis: 'Share of launched',
  headline: (t, f, shown) => {
    if (t.launched === 0) return `${t.label}: none launched`;
    const neutralized = ledByNeutralized(t, shown);
    const lead = neutralized
      ? `${t.label}: ${f.count(t.downed + t.jammed)} of ${f.count(t.launched)} neutralized, ${f.percent(t.neutralizedRate)}`
      : `${t.label}: ${f.count(t.downed)} of ${f.count(t.launched)} downed, ${f.percent(t.downedRate)}`;
    const details = outcomePhrases(outcome, t, f, neutralized);
    return details.length ? `${lead} — ${details.join(', ')}` : lead;
  },
  entrySentence: (t, f, shown) =>
    (t.counted ? `${f.plural(t.launched, t.counted)} launched` : `${t.label}: ${f.count(t.launched)} launched`) +
    `, ${outcomePhrases(outcome, t, f).join(', ')}; ` +
    (ledByNeutralized(t, shown)
      ? `neutralized rate ${f.percent(t.neutralizedRate)}, downed rate ${f.percent(t.downedRate)}`
      : `downed rate ${f.percent(t.downedRate)}`),
  chartSentence: ({ date, end, regions, entries }, f) =>
    (date && end && end !== date ? `Interception from ${f.date(date)} to ${f.date(end)}` : `Interception of the strike` + (date ? ` of ${f.date(date)}` : '')) +
    (regions !== undefined ? ` across ${f.plural(regions, { one: 'region', other: 'regions' })}` : '') +
    `. ${entries.join('. ')}.`,
  inconsistent: (t, f) =>
    `${t.label}: ${f.count(t.launched + t.excess)} ` +
    `${t.stillAttacking || t.notReported ? 'downed, jammed, still in the air or not reported' : 'downed and jammed'} ` +
    `is ${f.count(t.excess)} more than the ${f.count(t.launched)} launched. Shown as reported.`,
  source: (name, date, f) => `Source: ${name}${date ? `, ${f.date(date)}` : ''}`,
  loading: 'Loading figures…',
  empty: 'No figures to show yet.',
  error: (n) => (n === 1 ? 'The chart cannot be drawn: its data has a problem.' : `The chart cannot be drawn: its data has ${n} problems.`),
  showTable: 'Show table',
  hideTable: 'Hide table',
  segmentValue: (count, share) => `${count} (${share})`,
  weekOf: (date) => `Week of ${date}`,
  asOf: (time) => `Updated ${time}`,
  newFigures: (time) => `New figures at ${time}.`,
  checkFailed: (reason) => `Could not check for newer figures (${reason}); these are the last loaded.`,
  periodPart: (period, p) => `${period} (${p.first === p.last ? p.first : `${p.first} – ${p.last}`} only: ${p.days} of ${p.of} days)`,
  partialLegend: 'Partial period',
  credit: 'Chart: strike-charts',
  audio: {
    play: 'Play as sound',
    pause: 'Pause',
    resume: 'Resume',
    describe: (first, last) =>
      `Plays launched per period as tones, ${first} to ${last}: the higher the tone, the more launched; a period without a report is silent. Space plays and pauses; the arrow keys step one period, Home and End go to the ends, Escape stops.`,
    playing: (first, last) => `Playing launched as tones, ${first} to ${last}.`,
    ended: 'End of the periods.',
  },
  partDays: (p) => `${p.days} of ${p.of} days`,
  periodName: {
    day: { one: 'day', other: 'days' },
    week: { one: 'week', other: 'weeks' },
    month: { one: 'month', other: 'months' },
    year: { one: 'year', other: 'years' },
  },
  noReport: 'no report',
  rollingRate: (n, name) => `${name}, ${n}-period rolling`,
  timelineColumns: { period: 'Period' },
  markerColumn: { annotation: 'Annotations', record: 'Records' },
  largestShown: (launched) => `largest attack shown, ${launched} launched`,
  marked: (kind, items) => `${kind === 'record' ? 'Records' : 'Marked'}: ${items.join('; ')}.`,
  timelineSentence: (t, f) =>
    `Interception over ${t.periods}, ${t.first} to ${t.last}: ${f.count(t.total.launched)} launched, ` +
    `${outcomePhrases(outcome, t.total, f).join(', ')}; ${rate[t.rate]} ${f.percent(rateValue(t.total, t.rate))}.` +
    (t.highest && t.lowest
      ? ` Highest ${rate[t.rate]} ${f.percent(t.highest.rate)} (${t.highest.label}), lowest ${f.percent(t.lowest.rate)} (${t.lowest.label}).`
      : '') +
    (t.gaps > 0 ? ` ${f.plural(t.gaps, { one: 'period has', other: 'periods have' })} no report.` : '') +
    (t.partial.length > 0
      ? ` ${t.partial.map((p) => `${p.label} holds only ${p.days} of ${p.of} days`).join('; ')}, so ${t.partial.length > 1 ? 'they are' : 'it is'} not ranked highest or lowest.`
      : ''),
  troops: {
    title: 'Comparison',
    column: { figure: 'Figure', number: 'Number', source: 'Source' },
    noSource: 'not given',
    stated: ({ qualifier, value, low, high }, f) => {
      const n = f.count(value ?? 0);
      if (qualifier === 'range') {
        const [from, to] = [f.count(low ?? 0), f.count(high ?? 0)];
        return value === undefined ? `between ${from} and ${to}` : `${n} (range ${from} to ${to})`;
      }
      return qualifier === 'about' ? `about ${n}` : qualifier === 'more-than' ? `more than ${n}` : qualifier === 'fewer-than' ? `fewer than ${n}` : n;
    },
    figureSentence: (label, stated, source) => `${label}: ${stated}${source ? ` (source: ${source})` : ''}`,
    ratio: (r, f) => {
      if (r.bound === 'unknown') return `These figures do not tell whether there are more ${r.larger} or ${r.smaller}`;
      const about = r.approximate ? 'about ' : '';
      const times = (n: number) => f.plural(n, { one: 'time', other: 'times' });
      const howMany =
        r.bound === 'between'
          ? `between ${about}${f.decimal(r.low ?? 0)} and ${times(r.times)} as many as`
          : `${r.bound === 'at-least' ? 'at least ' : r.bound === 'at-most' ? 'at most ' : ''}${about}${r.times === 1 ? 'as many as' : `${times(r.times)} as many as`}`;
      return `${r.larger}: ${howMany} ${r.smaller}`;
    },
    sentence: (title, clauses) => `${title}. ${clauses.join('. ')}.`,
    sources: (items, f) =>
      items.length === 1 && !items[0].labels
        ? `Source: ${items[0].source}`
        : `Sources: ${items.map((i) => (i.labels ? `${i.source} (${f.list(i.labels)})` : i.source)).join('; ')}`,
  },
  reading,
  summary,
  attack,
  breakdown,
  dashboard,
};
