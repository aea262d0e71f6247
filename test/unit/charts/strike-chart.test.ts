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
      'Ballistic and cruise missiles: 4 of 6 downed, 67%',
      'Drones: 84 of 90 neutralized, 93% — 37 downed, 47 jammed, 6 unaccounted',
    ]);
  });

  it('states every figure and rate in the sentence', () => {
    expect(view.sentence).toBe(
      'Interception of the strike of November 13, 2024 across 8 regions. ' +
        'Ballistic and cruise missiles: 6 launched, 4 downed, 2 unaccounted; downed rate 67%. ' +
        'Drones: 90 launched, 37 downed, 47 jammed, 6 unaccounted; neutralized rate 93%, downed rate 41%.',
    );
  });

  it('draws one horizontal stacked bar per entry, as shares of launched', () => {
    const config = view.configure(DEFAULT_THEME);
    expect(config.type).toBe('bar');
    expect(config.options?.indexAxis).toBe('y');
    expect(config.options?.animation).toBe(false);
    expect(config.data.labels).toEqual(['Ballistic and cruise missiles', 'Drones']);
    expect(config.data.datasets.map((d) => d.label)).toEqual(['Downed', 'Jammed', 'Unaccounted']);
    const [downed, jammed, rest] = config.data.datasets.map((d) => d.data as number[]);
    expect(downed[0]).toBeCloseTo((4 / 6) * 100);
    expect(jammed[1]).toBeCloseTo((47 / 90) * 100);
    expect(rest[1]).toBeCloseTo((6 / 90) * 100);
    expect((config.options?.scales?.x as { max?: number }).max).toBe(100);
    expect(config.options?.plugins?.strikeSegmentLabels?.texts).toEqual([
      ['4 (67%)', '37 (41%)'],
      ['', '47 (52%)'],
      ['2 (33%)', '6 (7%)'],
    ]);
  });

  it('tabulates the exact figures with a total row', () => {
    expect(view.table.columns).toEqual(['Weapon', 'Launched', 'Downed', 'Jammed', 'Unaccounted', 'Downed rate', 'Neutralized rate']);
    expect(view.table.rows.map((r) => [r.header, ...r.cells])).toEqual([
      ['Ballistic and cruise missiles', '6', '4', 'not reported', '2', '67%', '67%'],
      ['Drones', '90', '37', '47', '6', '41%', '93%'],
      ['Total', '96', '41', '47', '8', '43%', '92%'],
    ]);
  });

  it('exports the same figures as CSV, raw', () => {
    const csv = tableToCsv(view.table).split('\r\n');
    expect(csv[0]).toBe('Weapon,Launched,Downed,Jammed,Unaccounted,Downed rate,Neutralized rate');
    expect(csv[2]).toBe(`Drones,90,37,47,6,${37 / 90},${84 / 90}`);
  });

  it('draws rings with the same segments, outermost first', () => {
    const rings = strikeChartView(summarize(referenceStrike), 'doughnut', options());
    expect(rings.configure(DEFAULT_THEME).type).toBe('doughnut');
    expect(rings.configure(DEFAULT_THEME).data.datasets.map((d) => d.data)).toEqual([
      [4, 0, 2],
      [37, 47, 6],
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
    expect(uk(1)).toMatch(/^Перехоплення атаки 13 листопада 2024\sр\. Запущено 1 дрон, збито 1, /u);
    expect(uk(2)).toContain('Запущено 2 дрони, збито 1');
    expect(uk(5)).toContain('Запущено 5 дронів, збито 1');
    expect(uk(5)).toContain('Kalibr: запущено 2, збито 2');
    expect(uk(5)).not.toContain('р..');
    const en = strikeChartView(summarize(report(1)), 'bar', options()).sentence;
    expect(en).toContain('. 1 drone launched, 1 downed, 0 unaccounted; downed rate 100%. Kalibr: 2 launched, 2 downed');
  });
});
