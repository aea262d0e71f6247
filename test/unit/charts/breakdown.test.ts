import { describe, expect, it } from 'vitest';
import { breakdownView, entryLabel, fitLabel } from '../../../src/charts/breakdown.js';
import { DEFAULT_THEME } from '../../../src/charts/palette.js';
import { tableToCsv } from '../../../src/charts/table.js';
import { totalsBy } from '../../../src/data/totals.js';
import type { AttackRecord, WeaponCategory, WeaponKind } from '../../../src/data/types.js';
import { formatFor, messagesFor } from '../../../src/i18n/format.js';

const rec = (model: string, kind: WeaponKind, category: WeaponCategory, launched: number, downed: number, jammed?: number): AttackRecord => ({
  row: 1, date: '2024-11-13', model, kind, category, launched, downed, ...(jammed === undefined ? {} : { jammed }),
});
const records = [
  rec('Shahed-136/131', 'drone', 'strike-drone', 90, 37, 47),
  rec('Iskander-M', 'missile', 'ballistic', 4, 2),
  rec('Kalibr', 'missile', 'cruise', 6, 5),
  rec('Unknown UAV', 'drone', 'unknown', 3, 3),
  rec('Iskander-M and Kalibr', 'missile', 'mixed', 2, 1),
];
const options = (by: 'category' | 'model', top = 10) => ({
  format: formatFor('en'), words: messagesFor('en'), animate: false, by, top, title: 'By weapon category',
});

describe('breakdownView', () => {
  it('draws launched per category, most first, split into downed / jammed / unaccounted', () => {
    const view = breakdownView(totalsBy(records, 'category'), options('category'));
    expect(view.configure(DEFAULT_THEME).data.labels).toEqual(['Strike drones', 'Cruise missiles', 'Ballistic missiles', 'Other drones', 'Missiles of several classes']);
    const [downed, jammed, unaccounted, notReported] = view.configure(DEFAULT_THEME).data.datasets;
    expect(downed.data).toEqual([37, 5, 2, 3, 1]);
    expect(jammed.data).toEqual([47, 0, 0, 0, 0]);
    // The missiles' rows give no jammed figure: what they did not down is not reported, not unaccounted.
    expect(unaccounted.data).toEqual([6, 0, 0, 0, 0]);
    expect(notReported).toMatchObject({ label: 'Not reported', data: [0, 1, 2, 0, 1] });
    expect(view.configure(DEFAULT_THEME).options!.plugins!.strikeEndLabels!.texts[0]).toBe('90 · 93%');
    expect(view.legend.map((l) => l.label)).toEqual(['Downed', 'Jammed', 'Unaccounted', 'Not reported', 'Bar labels: launched · neutralized rate']);
  });

  it('draws the top models and keeps every entry in the table and CSV', () => {
    const view = breakdownView(totalsBy(records, 'model'), options('model', 2));
    expect(view.bars).toBe(2);
    expect(view.configure(DEFAULT_THEME).data.labels).toEqual(['Shahed-136/131', 'Kalibr']);
    expect(view.table.rows.map((r) => r.header)).toEqual(['Shahed-136/131', 'Kalibr', 'Iskander-M', 'Unknown UAV', 'Iskander-M and Kalibr']);
    expect(view.sentence).toMatch(/^By weapon category\. Shahed-136\/131: 90 launched, 37 downed, 47 jammed.*3 more entries in the table\.$/);
    const csv = tableToCsv(view.table).trim().split('\r\n');
    expect(csv[0]).toBe('Model,Launched,Downed,Jammed,Unaccounted,Not reported,Neutralized rate');
    expect(csv[2]).toBe('Kalibr,6,5,,0,1,83.3%');
  });

  it('labels the bars, the table and the sentence with the downed rate when asked', () => {
    const view = breakdownView(totalsBy(records, 'category'), { ...options('category'), rate: 'downed' });
    expect(view.configure(DEFAULT_THEME).options!.plugins!.strikeEndLabels!.texts[0]).toBe('90 · 41%');
    expect(view.table.columns.at(-1)).toBe('Downed rate');
    expect(view.legend.at(-1)).toEqual({ label: 'Bar labels: launched · downed rate' });
    expect(view.sentence).toContain('Strike drones: 90 launched, 37 downed, 47 jammed, 6 unaccounted; downed rate 41%.');
  });

  it('names categories by kind when the class is unknown or mixed', () => {
    const words = messagesFor('uk');
    expect(entryLabel({ kind: 'drone', category: 'unknown', launched: 1, downed: 0 }, 'category', words)).toBe('Інші дрони');
    expect(entryLabel({ kind: 'missile', category: 'cruise', launched: 1, downed: 0 }, 'category', words)).toBe('Крилаті ракети');
  });

  it('fits long names to 30 % of the chart width on two lines, cutting a line only when it is still too long', () => {
    expect(fitLabel('Missiles of several classes', 1000)).toBe('Missiles of several classes');
    expect(fitLabel('Missiles of several classes', 500)).toEqual(['Missiles of', 'several classes']);
    // Two names that one cut line would make the same stay apart.
    expect(fitLabel('X-101/X-555 and Kalibr', 700)).toBe('X-101/X-555 and Kalibr');
    expect(fitLabel('X-101/X-555 and Kalibr and Iskander-K', 700)).toEqual(['X-101/X-555 and', 'Kalibr and Iskander-K']);
    expect(fitLabel('Reconnaissance drones', 330)).toEqual(['Reconnaissance', 'drones']);
    expect(fitLabel('Reconnaissance drones', 200)).toEqual(['Reconna…', 'drones']);
    expect(fitLabel('X-101/X-555/Kalibr', 100)).toBe('X-101/X…');
  });

  it('puts the names above the bars, whole, in a compact chart', () => {
    const view = breakdownView(totalsBy(records, 'category'), { ...options('category'), compact: true });
    expect(view.configure(DEFAULT_THEME).options!.scales!.y!.display).toBe(false);
    expect(view.configure(DEFAULT_THEME).options!.plugins!.strikeEndLabels!.names).toEqual(view.configure(DEFAULT_THEME).data.labels);
    expect(breakdownView(totalsBy(records, 'category'), options('category')).configure(DEFAULT_THEME).options!.plugins!.strikeEndLabels!.names).toBeUndefined();
  });

    it('says so when there is nothing to draw', () => {
    expect(breakdownView([], options('category')).sentence).toBe('No figures to show yet.');
  });
});
