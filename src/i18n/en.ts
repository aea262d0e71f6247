import type { Messages } from './types.js';

export const en: Messages = {
  segment: { downed: 'Downed', jammed: 'Jammed', unaccounted: 'Unaccounted' },
  kind: { missile: 'Missiles', drone: 'Drones', bomb: 'Guided bombs', unknown: 'Other weapons' },
  kindCount: {
    missile: { one: 'missile', other: 'missiles' },
    drone: { one: 'drone', other: 'drones' },
    bomb: { one: 'guided bomb', other: 'guided bombs' },
    unknown: { one: 'other weapon', other: 'other weapons' },
  },
  rate: { downed: 'downed rate', jammed: 'jammed rate', neutralized: 'neutralized rate' },
  column: { weapon: 'Weapon', launched: 'Launched', total: 'Total', downedRate: 'Downed rate', neutralizedRate: 'Neutralized rate' },
  ringOrder: (labels, f) => `Rings from the outside in: ${f.list(labels)}`,
  noRate: 'no rate (none launched)',
  notReported: 'not reported',
  shareAxis: 'Share of launched',
  headline: (t, f) =>
    t.launched === 0
      ? `${t.label}: none launched`
      : t.jammedReported
        ? `${t.label}: ${f.count(t.downed + t.jammed)} of ${f.count(t.launched)} neutralized, ${f.percent(t.neutralizedRate)} — ` +
          `${f.count(t.downed)} downed, ${f.count(t.jammed)} jammed, ${f.count(t.unaccounted)} unaccounted`
        : `${t.label}: ${f.count(t.downed)} of ${f.count(t.launched)} downed, ${f.percent(t.downedRate)}`,
  entrySentence: (t, f) =>
    `${t.label}: ${f.count(t.launched)} launched, ${f.count(t.downed)} downed` +
    (t.jammedReported ? `, ${f.count(t.jammed)} jammed` : '') +
    `, ${f.count(t.unaccounted)} unaccounted; ` +
    (t.jammedReported
      ? `neutralized rate ${f.percent(t.neutralizedRate)}, downed rate ${f.percent(t.downedRate)}`
      : `downed rate ${f.percent(t.downedRate)}`),
  chartSentence: ({ date, regions, entries }, f) =>
    `Interception of the strike` +
    (date ? ` of ${f.date(date)}` : '') +
    (regions !== undefined ? ` across ${f.plural(regions, { one: 'region', other: 'regions' })}` : '') +
    `. ${entries.join('. ')}.`,
  inconsistent: (t, f) =>
    `${t.label}: ${f.count(t.downed + t.jammed)} downed and jammed is ${f.count(t.excess)} more than the ` +
    `${f.count(t.launched)} launched. Shown as reported.`,
  source: (name, date, f) => `Source: ${name}${date ? `, ${f.date(date)}` : ''}`,
  loading: 'Loading figures…',
  empty: 'No figures to show yet.',
  error: (n) => (n === 1 ? 'The chart cannot be drawn: its data has a problem.' : `The chart cannot be drawn: its data has ${n} problems.`),
  showTable: 'Show table',
  hideTable: 'Hide table',
  segmentValue: (count, share) => `${count} (${share})`,
};
