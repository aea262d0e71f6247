import { describe, expect, it } from 'vitest';
import { DEFAULT_THEME } from '../../../src/charts/palette.js';
import { strikeChartView } from '../../../src/charts/strike-chart.js';
import { tableToCsv } from '../../../src/charts/table.js';
import { summarize } from '../../../src/data/summarize.js';
import { formatFor, messagesFor } from '../../../src/i18n/format.js';
import { referenceStrike } from '../../fixtures/samples.js';

const options = (locale = 'en') => ({
  format: formatFor(locale),
  words: messagesFor(locale),
  animate: false,
});

describe('strikeChartView', () => {
  const view = strikeChartView(summarize(referenceStrike), 'bar', options());

  it('gives the headline per entry', () => {
    expect(view.headlines).toEqual([
      'Ballistic and cruise missiles: 4 of 6 downed, 67% — 2 not reported',
      'Drones: 84 of 90 neutralized, 93% — 37 downed, 47 jammed, 6 unaccounted',
    ]);
  });

  it('states every figure and rate in the sentence', () => {
    expect(view.sentence).toBe(
      'Interception of the strike of November 13, 2024 across 8 regions. ' +
        'Ballistic and cruise missiles: 6 launched, 4 downed, 2 not reported; downed rate 67%. ' +
        'Drones: 90 launched, 37 downed, 47 jammed, 6 unaccounted; neutralized rate 93%, downed rate 41%.',
    );
  });

  it('draws one horizontal stacked bar per entry, as shares of launched', () => {
    const config = view.configure(DEFAULT_THEME);
    expect(config.type).toBe('bar');
    expect(config.options?.indexAxis).toBe('y');
    expect(config.options?.animation).toBe(false);
    expect(config.data.labels).toEqual(['Ballistic and cruise missiles', 'Drones']);
    // The missiles' report has no jammed figure: their 2 not downed are a part of their own, not unaccounted.
    expect(config.data.datasets.map((d) => d.label)).toEqual(['Downed', 'Jammed', 'Unaccounted', 'Not reported']);
    const [downed, jammed, rest, unreported] = config.data.datasets.map((d) => d.data as number[]);
    expect(downed[0]).toBeCloseTo((4 / 6) * 100);
    expect(jammed[1]).toBeCloseTo((47 / 90) * 100);
    expect(rest).toEqual([0, (6 / 90) * 100]);
    expect(unreported).toEqual([(2 / 6) * 100, 0]);
    expect((config.options?.scales?.x as { max?: number }).max).toBe(100);
    expect(config.options?.plugins?.strikeSegmentLabels?.texts).toEqual([
      ['4 (67%)', '37 (41%)'],
      ['', '47 (52%)'],
      ['', '6 (7%)'],
      ['2 (33%)', ''],
    ]);
  });

  it('tabulates the exact figures with a total row', () => {
    expect(view.table.columns).toEqual(['Weapon', 'Launched', 'Downed', 'Jammed', 'Unaccounted', 'Not reported', 'Downed rate', 'Neutralized rate']);
    expect(view.table.rows.map((r) => [r.header, ...r.cells])).toEqual([
      ['Ballistic and cruise missiles', '6', '4', 'not reported', '0', '2', '67%', '67%'],
      ['Drones', '90', '37', '47', '6', '0', '41%', '93%'],
      // Jammed is known for the drones only: the total says so.
      ['Total', '96', '41', '47 (partly reported)', '6', '2', '43%', '92%'],
    ]);
  });

  it('exports the same figures as CSV: rates as percentages with one decimal, or raw', () => {
    const csv = tableToCsv(view.table).split('\r\n');
    expect(csv[0]).toBe('Weapon,Launched,Downed,Jammed,Unaccounted,Not reported,Downed rate,Neutralized rate');
    expect(csv[1]).toBe('Ballistic and cruise missiles,6,4,,0,2,66.7%,66.7%');
    expect(csv[2]).toBe('Drones,90,37,47,6,0,41.1%,93.3%');
    const raw = tableToCsv(view.table, { raw: true }).split('\r\n');
    expect(raw[1]).toBe(`Ballistic and cruise missiles,6,4,,0,2,${4 / 6},${4 / 6}`);
    expect(raw[2]).toBe(`Drones,90,37,47,6,0,${37 / 90},${84 / 90}`);
  });

  it('draws rings with the same segments, outermost first', () => {
    const rings = strikeChartView(summarize(referenceStrike), 'doughnut', options());
    expect(rings.configure(DEFAULT_THEME).type).toBe('doughnut');
    expect(rings.configure(DEFAULT_THEME).data.labels).toEqual(['Downed', 'Jammed', 'Unaccounted', 'Not reported']);
    expect(rings.configure(DEFAULT_THEME).data.datasets.map((d) => d.data)).toEqual([
      [4, 0, 0, 2],
      [37, 47, 6, 0],
    ]);
    expect(rings.headlines.at(-1)).toBe('Rings from the outside in: Ballistic and cruise missiles and Drones');
  });

  it('keeps an inconsistent report, widens the axis and explains it', () => {
    const v = strikeChartView(summarize({ weapons: [{ kind: 'drone', launched: 50, downed: 40, jammed: 20 }] }), 'bar', options());
    expect((v.configure(DEFAULT_THEME).options?.scales?.x as { max?: number }).max).toBe(120);
    expect(v.notes).toEqual(['Drones: 60 downed and jammed is 10 more than the 50 launched. Shown as reported.']);
    expect(v.table.rows[0].flagged).toBe(true);
  });

  it('says "none launched" rather than a rate for an empty entry', () => {
    const v = strikeChartView(summarize({ weapons: [{ kind: 'bomb', launched: 0, downed: 0 }] }), 'bar', options());
    expect(v.headlines).toEqual(['Bombs: none launched']);
    expect(v.sentence).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('leads with the downed rate when asked', () => {
    const v = strikeChartView(summarize(referenceStrike), 'bar', { ...options(), rate: 'downed' });
    expect(v.headlines[1]).toBe('Drones: 37 of 90 downed, 41% — 47 jammed, 6 unaccounted');
    expect(v.sentence).toContain('Drones: 90 launched, 37 downed, 47 jammed, 6 unaccounted; downed rate 41%.');
    expect(strikeChartView(summarize(referenceStrike), 'bar', { ...options('uk'), rate: 'downed' }).headlines[1]).toBe(
      'Drones: збито 37 з 90, 41% — локаційно втрачено 47, не враховано 6',
    );
  });

  it('draws still in the air as its own part, and a summed entry that gives jammed for only part of it says so', () => {
    const report = {
      date: '2025-01-01',
      end: '2025-01-31',
      weapons: [{ kind: 'drone' as const, launched: 155, downed: 80, jammed: 32, stillAttacking: 3, notReported: 32 }],
    };
    const v = strikeChartView(summarize(report), 'bar', options());
    expect(v.legend?.map((l) => l.key)).toEqual(['downed', 'jammed', 'unaccounted', 'stillAttacking', 'notReported']);
    const data = v.configure!(DEFAULT_THEME).data.datasets.map((d) => d.data as number[]);
    expect(data.map((d) => Math.round((d[0] / 100) * 155))).toEqual([80, 32, 8, 3, 32]);
    expect(v.table.rows[0].cells).toEqual(['155', '80', '32 (partly reported)', '8', '3', '32', '52%', '72%']);
    expect(v.headlines[0]).toBe(
      'Drones: 112 of 155 neutralized, 72% — 80 downed, 32 jammed (reported for only part of them), 3 still in the air when reported, 8 unaccounted, 32 not reported',
    );
    expect(strikeChartView(summarize(report), 'bar', options('uk')).headlines[0]).toBe(
      'Дрони: знешкоджено 112 з 155, 72% — збито 80, локаційно втрачено 32 (дані лише про частину запущених), ще 3 у повітрі на час звіту, не враховано 8, не повідомлено про 32',
    );
  });

  it('speaks Ukrainian with locale uk', () => {
    const v = strikeChartView(summarize(referenceStrike), 'bar', options('uk'));
    expect(v.headlines[1]).toBe('Drones: знешкоджено 84 з 90, 93% — збито 37, локаційно втрачено 47, не враховано 6');
    expect(v.sentence).toContain('по 8 областях');
    expect(v.table.columns[0]).toBe('Засіб');
  });

  it('counts a weapon kind shown by its own name with its plural forms (1 дрон, 2 дрони, 5 дронів), a labelled entry by its label', () => {
    const report = (drones: number) => ({
      date: '2024-11-13',
      weapons: [
        { kind: 'drone' as const, launched: drones, downed: 1 },
        { kind: 'missile' as const, label: 'Kalibr', launched: 2, downed: 2 },
      ],
    });
    const uk = (n: number) => strikeChartView(summarize(report(n)), 'bar', options('uk')).sentence;
    expect(uk(1)).toMatch(/^Перехоплення атаки 13 листопада 2024\sр\. Запущено 1 дрон, збито 1; /u);
    expect(uk(2)).toContain('Запущено 2 дрони, збито 1');
    expect(uk(5)).toContain('Запущено 5 дронів, збито 1, не повідомлено про 4;');
    expect(uk(5)).toContain('Kalibr: запущено 2, збито 2');
    expect(uk(5)).not.toContain('р..');
    const en = strikeChartView(summarize(report(1)), 'bar', options()).sentence;
    expect(en).toContain('. 1 drone launched, 1 downed; downed rate 100%. Kalibr: 2 launched, 2 downed; downed rate 100%.');
  });
});
