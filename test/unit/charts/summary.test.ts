import { describe, expect, it } from 'vitest';
import { summaryView, windowLabel } from '../../../src/charts/summary.js';
import { summaryFigures } from '../../../src/data/compare.js';
import type { AttackRecord, WeaponKind } from '../../../src/data/types.js';
import { formatFor, messagesFor } from '../../../src/i18n/format.js';

const rec = (date: string, kind: WeaponKind, launched: number, downed: number, jammed?: number): AttackRecord => ({
  row: 1, date, model: kind === 'drone' ? 'Shahed-136/131' : 'Kalibr', kind, category: kind === 'drone' ? 'strike-drone' : 'cruise', launched, downed,
  ...(jammed === undefined ? {} : { jammed }),
});
// Every launched weapon's outcome is given (the November missiles were all downed), so every figure compares.
const records = [rec('2024-10-01', 'drone', 100, 50, 40), rec('2024-10-02', 'missile', 20, 10, 0), rec('2024-11-05', 'drone', 140, 80, 50), rec('2024-11-30', 'missile', 9, 9)];
// The same, but the October missiles' row gives no jammed: 10 of them not reported.
const unsplit = records.map((r) => (r.date === '2024-10-02' ? { ...r, jammed: undefined } : r));
const en = [formatFor('en'), messagesFor('en')] as const;

describe('summaryView', () => {
  it('says how much of a month the data holds, and compares it with nothing', () => {
    const april = [rec('2025-03-10', 'drone', 300, 200, 50), rec('2025-04-01', 'drone', 40, 20, 10), rec('2025-04-05', 'drone', 10, 5, 0)];
    // Asked for April of a file that ends on 5 April: 5 of its 30 days.
    const view = summaryView(summaryFigures(april, { from: '2025-04-01', to: '2025-04-30' })!, ...en);
    expect(view.title).toBe('Apr 2025 so far, 5 of 30 days');
    expect(view.previous).toBeUndefined();
    expect(view.tiles.every((t) => t.change === undefined)).toBe(true);
    expect(view.sentence).toMatch(/^Apr 2025 so far, 5 of 30 days: 50 launched/);
    expect(view.table.columns).toEqual(['Figure', 'Apr 2025 so far, 5 of 30 days']);
    // The latest month alone in the data, as period="month" shows it.
    const only = summaryView(summaryFigures(april.slice(1), { period: 'month' })!, formatFor('uk'), messagesFor('uk'));
    expect(only.title).toBe('квіт. 2025 р., поки що 5 з 30 днів');
    // A month the data starts inside of says from when.
    const late = summaryView(summaryFigures([rec('2025-03-29', 'drone', 5, 5, 0), rec('2025-03-31', 'drone', 5, 5, 0)], { from: '2025-03-01', to: '2025-03-31' })!, ...en);
    expect(late.title).toBe('Mar 2025 from Mar 29, 2025, 3 of 31 days');
  });

  it('shows each headline figure with its change on the previous period', () => {
    const view = summaryView(summaryFigures(records, { from: '2024-11-01', to: '2024-11-30' })!, ...en);
    expect(view.title).toBe('Nov 2024');
    const tile = (key: string) => view.tiles.find((t) => t.key === key)!;
    // 149 launched against 120: +24 %.
    expect(tile('launched')).toMatchObject({ value: '149', change: { text: '+24% on Oct 2024', trend: 'up' } });
    // 139 / 149 = 93.3 % against 100 / 120 = 83.3 %: ten points up.
    expect(tile('neutralized-rate')).toMatchObject({ value: '93%', change: { text: '+10 points on Oct 2024', trend: 'up' } });
    expect(tile('kind-missile')).toMatchObject({ value: '9', detail: '100% neutralized', change: { text: '−55% on Oct 2024', trend: 'down' } });
    expect(view.sentence).toBe(
      'Nov 2024: 149 launched, 89 downed, 50 jammed, 10 unaccounted; neutralized rate 93%. Launched +24% on Oct 2024; ' +
        'neutralized rate +10 points. 9 missiles launched, neutralized rate 100%. 140 drones launched, neutralized rate 93%.',
    );
  });

  it('puts the same figures in a table with a column per window and raw values for CSV', () => {
    const { table } = summaryView(summaryFigures(records, { from: '2024-11-01', to: '2024-11-30' })!, ...en);
    expect(table.columns).toEqual(['Figure', 'Nov 2024', 'Oct 2024', 'Change']);
    expect(table.rows[0]).toMatchObject({ header: 'Launched', cells: ['149', '120', '+24%'] });
    expect(table.rows[0].values[2]).toBeCloseTo(29 / 120);
    expect(table.rows[4].header).toBe('Neutralized rate');
    expect(table.rows[4].values[0]).toBeCloseTo(139 / 149);
  });

  it('shows no change when the data has no previous window', () => {
    const view = summaryView(summaryFigures(records, {})!, ...en);
    expect(view.title).toBe('Oct 2024 – Nov 2024');
    expect(view.tiles.every((t) => t.change === undefined)).toBe(true);
    expect(view.table.columns).toEqual(['Figure', 'Oct 2024 – Nov 2024']);
  });

  it('gives jammed no change when the previous window did not report it (unknown is not zero)', () => {
    const unreported = [rec('2024-10-01', 'drone', 100, 50), rec('2024-11-05', 'drone', 140, 80, 50), rec('2024-11-30', 'drone', 0, 0, 0)];
    const view = summaryView(summaryFigures(unreported, { from: '2024-11-01', to: '2024-11-30' })!, ...en);
    const tile = (key: string) => view.tiles.find((t) => t.key === key)!;
    expect(tile('jammed')).toMatchObject({ value: '50' });
    expect(tile('jammed').change).toBeUndefined();
    expect(tile('launched').change).toMatchObject({ text: '+40% on Oct 2024' });
  });

  it('compares no figure that needs every outcome against a window with a part not reported', () => {
    const view = summaryView(summaryFigures(unsplit, { from: '2024-11-01', to: '2024-11-30' })!, ...en);
    const tile = (key: string) => view.tiles.find((t) => t.key === key)!;
    expect(tile('launched').change).toMatchObject({ text: '+24% on Oct 2024' });
    expect(tile('downed').change).toBeDefined();
    expect(tile('neutralized-rate').change).toBeUndefined();
    expect(tile('jammed').change).toBeUndefined();
    const rows = Object.fromEntries(view.table.rows.map((r) => [r.header, r.cells]));
    expect(rows['Unaccounted']).toEqual(['10', '10', '']);
    expect(rows['Not reported']).toEqual(['0', '10', '−100%']);
    expect(rows['Neutralized rate'].at(-1)).toBe('');
    expect(rows['Missiles: Neutralized rate'].at(-1)).toBe('');
    // The drones gave every outcome in both months: their rate compares.
    expect(rows['Drones: Neutralized rate'].at(-1)).toBe('+2.9 points');
    expect(view.sentence).not.toContain('points');
  });

  it('says where jammed is known for only part of a window, and what is not reported', () => {
    const view = summaryView(summaryFigures(unsplit, { from: '2024-10-01', to: '2024-10-31' })!, ...en);
    const tile = (key: string) => view.tiles.find((t) => t.key === key)!;
    expect(tile('launched').detail).toBe('10 unaccounted, 10 not reported');
    expect(tile('jammed')).toMatchObject({ value: '40', detail: '33% of launched (partly reported)' });
    expect(view.sentence).toMatch(/^Oct 2024: 120 launched, 60 downed, 40 jammed \(reported for only part of them\), 10 unaccounted, 10 not reported; /);
    expect(view.table.rows.find((r) => r.header === 'Jammed')!.cells[0]).toBe('40 (partly reported)');
  });

  it('shows the downed rate when asked, compared also beside a part not reported', () => {
    const view = summaryView(summaryFigures(unsplit, { from: '2024-11-01', to: '2024-11-30' })!, ...en, 'downed');
    const rate = view.tiles[1];
    // 89 / 149 = 59.7 % against 60 / 120 = 50 %.
    expect(rate).toMatchObject({ key: 'downed-rate', label: 'Downed rate', value: '60%', detail: '89 downed', change: { text: '+9.7 points on Oct 2024' } });
    expect(view.tiles.find((t) => t.key === 'kind-missile')!.detail).toBe('100% downed');
    expect(view.table.rows.map((r) => r.header)).toContain('Downed rate');
    expect(view.table.rows.map((r) => r.header)).not.toContain('Neutralized rate');
    expect(view.sentence).toContain('; downed rate 60%. Launched +24% on Oct 2024; downed rate +9.7 points. 9 missiles launched, downed rate 100%.');
    const uk = summaryView(summaryFigures(unsplit, { from: '2024-11-01', to: '2024-11-30' })!, formatFor('uk'), messagesFor('uk'), 'downed');
    expect(uk.tiles[1]).toMatchObject({ label: 'Частка збитих', detail: 'збито 89' });
    expect(uk.sentence).toContain('частка збитих 60%');
  });

  it('says in Ukrainian what changed', () => {
    const view = summaryView(summaryFigures(records, { from: '2024-11-01', to: '2024-11-30' })!, formatFor('uk'), messagesFor('uk'));
    expect(view.tiles[0].label).toBe('Запущено');
    expect(view.tiles[1].change!.text).toMatch(/^\+10 відсоткових пунктів порівняно з /);
    // The kinds counted in the accusative after «Запущено»: 9 ракет, 1 ракету.
    expect(view.sentence).toContain(' Запущено 9 ракет, частка знешкоджених 100%.');
    const one = summaryView(summaryFigures([...records, rec('2024-12-02', 'missile', 1, 1)], { from: '2024-12-01', to: '2024-12-31' })!, formatFor('uk'), messagesFor('uk'));
    expect(one.sentence).toContain(' Запущено 1 ракету, ');
  });

  it('ends a Ukrainian sentence that closes on a month («р.») with one full stop', () => {
    // Nothing launched now, so no rate change: the launched change ends the sentence, on the previous month.
    const quiet = [...records, rec('2024-12-03', 'drone', 0, 0), rec('2024-12-31', 'drone', 0, 0)];
    const view = summaryView(summaryFigures(quiet, { from: '2024-12-01', to: '2024-12-31' })!, formatFor('uk'), messagesFor('uk'));
    expect(view.sentence).toMatch(/порівняно з лист\. 2024 р\.$/);
    expect(view.sentence).not.toContain('р..');
  });

  it('shows a dash, not a sentence, for the rate of a window where nothing was launched', () => {
    const view = summaryView(summaryFigures(records, { from: '2024-10-10', to: '2024-10-20' })!, ...en);
    expect(view.tiles.find((t) => t.key === 'neutralized-rate')).toMatchObject({ value: '—', detail: 'no rate (none launched)' });
    expect(view.tiles.find((t) => t.key === 'launched')!.value).toBe('0');
  });

    it('names a window of days by its first and last day', () => {
    expect(windowLabel({ start: '2024-11-10', end: '2024-11-19' }, formatFor('en'))).toBe('November 10, 2024 – November 19, 2024');
  });
});
