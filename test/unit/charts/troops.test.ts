import { describe, expect, it } from 'vitest';
import { DEFAULT_THEME } from '../../../src/charts/palette.js';
import { troopRatio } from '../../../src/charts/ratio.js';
import { tableToCsv } from '../../../src/charts/table.js';
import { twoLines } from '../../../src/charts/category-labels.js';
import { troopsView } from '../../../src/charts/troops.js';
import type { Qualifier, TroopFigure } from '../../../src/data/types.js';
import { formatFor, messagesFor } from '../../../src/i18n/format.js';
import { kurskTroops } from '../../fixtures/samples.js';

const options = (locale = 'en') => ({
  format: formatFor(locale),
  words: messagesFor(locale),
  animate: false,
});

/** A figure around `value`: a range spans ±20 %. */
const figure = (label: string, value: number, qualifier: Qualifier): TroopFigure =>
  qualifier === 'range' ? { label, qualifier, low: value * 0.8, high: value * 1.2 } : { label, value, qualifier };

const ratioText = (r: ReturnType<typeof troopRatio>, locale = 'en') => (r ? messagesFor(locale).troops.ratio(r, formatFor(locale)) : undefined);

describe('troopRatio', () => {
  // A = 50,000 (a range: 40,000–60,000) against B = 10,000 (8,000–12,000), every pair of qualifiers.
  const cases: [Qualifier, Qualifier, string][] = [
    ['exact', 'exact', 'A: 5 times as many as B'],
    ['exact', 'about', 'A: about 5 times as many as B'],
    ['exact', 'more-than', 'A: at most 5 times as many as B'],
    ['exact', 'fewer-than', 'A: at least 5 times as many as B'],
    ['exact', 'range', 'A: between 4.1 and 6.3 times as many as B'],
    ['about', 'exact', 'A: about 5 times as many as B'],
    ['about', 'about', 'A: about 5 times as many as B'],
    ['about', 'more-than', 'A: at most about 5 times as many as B'],
    ['about', 'fewer-than', 'A: at least about 5 times as many as B'],
    ['about', 'range', 'A: between about 4.1 and 6.3 times as many as B'],
    ['more-than', 'exact', 'A: at least 5 times as many as B'],
    ['more-than', 'about', 'A: at least about 5 times as many as B'],
    ['more-than', 'more-than', 'These figures do not tell whether there are more A or B'],
    ['more-than', 'fewer-than', 'A: at least 5 times as many as B'],
    ['more-than', 'range', 'A: at least 4.1 times as many as B'],
    ['fewer-than', 'exact', 'A: at most 5 times as many as B'],
    ['fewer-than', 'about', 'A: at most about 5 times as many as B'],
    ['fewer-than', 'more-than', 'A: at most 5 times as many as B'],
    ['fewer-than', 'fewer-than', 'These figures do not tell whether there are more A or B'],
    ['fewer-than', 'range', 'A: at most 6.3 times as many as B'],
    ['range', 'exact', 'A: between 4 and 6 times as many as B'],
    ['range', 'about', 'A: between about 4 and 6 times as many as B'],
    ['range', 'more-than', 'A: at most 6 times as many as B'],
    ['range', 'fewer-than', 'A: at least 4 times as many as B'],
    ['range', 'range', 'A: between 3.3 and 7.5 times as many as B'],
  ];
  it.each(cases)('A %s 50,000 against B %s 10,000: %s', (qa, qb, expected) => {
    const a = figure('A', 50000, qa);
    const b = figure('B', 10000, qb);
    expect(ratioText(troopRatio(a, b))).toBe(expected);
    // The order of the figures does not change which is called larger.
    expect(ratioText(troopRatio(b, a))).toBe(expected);
  });

  it('words the Kursk figures as an upper bound: a lower bound is the divisor', () => {
    const [nk, ru] = kurskTroops.figures;
    const r = troopRatio(nk, ru);
    expect(r).toEqual({ larger: 'Russian troops', smaller: 'North Korean troops', bound: 'at-most', approximate: true, times: 5 });
    expect(ratioText(r)).toBe('Russian troops: at most about 5 times as many as North Korean troops');
    expect(ratioText(r, 'uk')).toBe('Russian troops: щонайбільше приблизно у 5 разів більше, ніж North Korean troops');
  });

  it('rounds a point ratio and says "about" when digits are hidden', () => {
    expect(ratioText(troopRatio(figure('A', 7, 'exact'), figure('B', 3, 'exact')))).toBe('A: about 2.3 times as many as B');
    expect(ratioText(troopRatio(figure('A', 1_000_000, 'exact'), figure('B', 30_000, 'exact')))).toBe('A: about 33 times as many as B');
    expect(ratioText(troopRatio(figure('A', 10_400, 'exact'), figure('B', 10_000, 'exact')))).toBe('A: about as many as B');
    expect(ratioText(troopRatio(figure('A', 500, 'exact'), figure('B', 500, 'exact')))).toBe('A: as many as B');
  });

  it('rounds bounds outwards so that they stay true', () => {
    // 7,000 / 3,000 = 2.33…: "at least 2.3" and "at most 2.4", never the other way round.
    expect(troopRatio(figure('A', 7000, 'more-than'), figure('B', 3000, 'exact'))).toMatchObject({ bound: 'at-least', times: 2.3 });
    expect(troopRatio(figure('A', 7000, 'fewer-than'), figure('B', 3000, 'exact'))).toMatchObject({ bound: 'at-most', times: 2.4 });
  });

  it('gives no ratio when the other figure may be larger without limit in either direction, or is zero', () => {
    expect(troopRatio(figure('A', 50000, 'more-than'), { label: 'B', qualifier: 'range', low: 40000, high: 55000 })).toMatchObject({ bound: 'unknown' });
    // The same range the other way: its upper end is all that bounds the ratio.
    expect(troopRatio(figure('A', 50000, 'more-than'), { label: 'B', qualifier: 'range', low: 45000, high: 60000 })).toMatchObject({ bound: 'at-most', times: 1.2 });
    expect(troopRatio(figure('A', 50, 'exact'), figure('B', 0, 'exact'))).toBeUndefined();
    expect(troopRatio(figure('A', 0, 'about'), figure('B', 0, 'exact'))).toBeUndefined();
  });

  it('uses Ukrainian plural forms for "times"', () => {
    const uk = (a: number, b: number) => ratioText(troopRatio(figure('A', a, 'exact'), figure('B', b, 'exact')), 'uk');
    expect(uk(2, 1)).toBe('A: у 2 рази більше, ніж B');
    expect(uk(5, 1)).toBe('A: у 5 разів більше, ніж B');
    expect(uk(21, 1)).toBe('A: у 21 раз більше, ніж B');
    expect(uk(5, 2)).toBe('A: у 2,5 раза більше, ніж B');
    expect(ratioText(troopRatio(figure('A', 5, 'more-than'), figure('B', 5, 'fewer-than')), 'uk')).toBe('A: щонайменше стільки ж, скільки B');
  });
});

describe('troopsView', () => {
  const view = troopsView(kurskTroops, options());

  it('states each figure with its qualifier and source, and the ratio, in the sentence', () => {
    expect(view.sentence).toBe(
      'Troops in the Kursk region. North Korean troops: more than 10,000 (source: Pentagon). ' +
        'Russian troops: about 50,000 (source: Officials in Kyiv). ' +
        'Russian troops: at most about 5 times as many as North Korean troops.',
    );
    expect(view.headlines).toEqual(['Russian troops: at most about 5 times as many as North Korean troops']);
  });

  it('tabulates each figure with its source, and keeps the qualifier in the CSV', () => {
    expect(view.table.columns).toEqual(['Figure', 'Number', 'Source']);
    expect(view.table.rows.map((r) => [r.header, ...r.cells])).toEqual([
      ['North Korean troops', 'more than 10,000', 'Pentagon'],
      ['Russian troops', 'about 50,000', 'Officials in Kyiv'],
    ]);
    expect(tableToCsv(view.table).split('\r\n')).toEqual(['Figure,Number,Source', 'North Korean troops,>10000,Pentagon', 'Russian troops,~50000,Officials in Kyiv', '']);
  });

  it('names every source in one footnote', () => {
    expect(view.source).toEqual({ text: 'Sources: Pentagon (North Korean troops); Officials in Kyiv (Russian troops)' });
  });

  it('draws one horizontal bar per figure, to its value, with the qualifier marks and words for the plugin', () => {
    const config = view.configure(DEFAULT_THEME);
    expect(config.options?.indexAxis).toBe('y');
    expect(config.options?.animation).toBe(false);
    expect(config.data.labels).toEqual(['North Korean troops', 'Russian troops']);
    expect(config.data.datasets[0].data).toEqual([10000, 50000]);
    expect(config.data.datasets[0].backgroundColor).toEqual(['#0b4f8a', '#0b4f8a']);
    expect(config.options?.plugins?.strikeTroopMarks?.marks).toEqual([
      { qualifier: 'more-than', text: 'more than 10,000' },
      { qualifier: 'about', text: 'about 50,000' },
    ]);
    const x = config.options?.scales?.x as { suggestedMax?: number; title?: { text?: string } };
    // Headroom for the extension of "more than", and room on the right for the longest words.
    expect(x.suggestedMax).toBeGreaterThan(50000);
    expect(x.title?.text).toBe('troops');
    const padding = config.options?.layout?.padding as (c: { chart: { width: number } }) => { right: number };
    expect(padding({ chart: { width: 800 } }).right).toBeGreaterThan('more than 10,000'.length * 6);
    expect(padding({ chart: { width: 300 } }).right).toBe(90);
  });

  it('splits long labels in two at the space nearest the middle', () => {
    expect(twoLines('North Korean troops')).toEqual(['North Korean', 'troops']);
    expect(twoLines('Russian troops')).toBe('Russian troops');
    expect(twoLines('Northkoreantroopsnearkursk')).toBe('Northkoreantroopsnearkursk');
    expect(twoLines('Troops of the Russian Federation')).toEqual(['Troops of the', 'Russian Federation']);
  });

  it('draws a range to its high end, marking low and the stated value, and a soft end for "fewer than"', () => {
    const v = troopsView(
      {
        figures: [
          { label: 'A', qualifier: 'range', low: 20000, high: 40000, value: 30000, source: { name: 'X', url: 'https://x.org/a' } },
          { label: 'B', qualifier: 'fewer-than', value: 5000, source: { name: 'X', url: 'https://x.org/a' } },
        ],
      },
      options(),
    );
    expect(v.configure(DEFAULT_THEME).data.datasets[0].data).toEqual([40000, 5000]);
    expect(v.configure(DEFAULT_THEME).data.datasets[0].backgroundColor).toEqual(['transparent', 'transparent']);
    expect(v.configure(DEFAULT_THEME).options?.plugins?.strikeTroopMarks?.marks).toEqual([
      { qualifier: 'range', lowShare: 0.5, valueShare: 0.75, text: '30,000 (range 20,000 to 40,000)' },
      { qualifier: 'fewer-than', text: 'fewer than 5,000' },
    ]);
    expect(v.sentence).toContain('Comparison. A: 30,000 (range 20,000 to 40,000) (source: X). B: fewer than 5,000 (source: X)');
    expect(v.source).toEqual({ text: 'Source: X', url: 'https://x.org/a' });
    expect(v.table.rows.map((r) => r.values[0])).toEqual(['30000 (20000-40000)', '<5000']);
  });

  it('gives no ratio for other than two figures, and says when a source is missing', () => {
    const v = troopsView({ figures: [{ label: 'A', value: 1, qualifier: 'exact' }, { label: 'B', value: 2, qualifier: 'exact' }, { label: 'C', value: 3, qualifier: 'exact', source: { name: 'S' } }] }, options());
    expect(v.headlines).toEqual([]);
    expect(v.table.rows[0].cells[1]).toBe('not given');
    expect(v.source).toEqual({ text: 'Sources: S (C)' });
  });

  it('speaks Ukrainian with locale uk', () => {
    const v = troopsView(kurskTroops, options('uk'));
    expect(v.sentence).toBe(
      'Troops in the Kursk region. North Korean troops: понад 10\u00a0000 (джерело: Pentagon). ' +
        'Russian troops: близько 50\u00a0000 (джерело: Officials in Kyiv). ' +
        'Russian troops: щонайбільше приблизно у 5 разів більше, ніж North Korean troops.',
    );
    expect(v.table.columns).toEqual(['Показник', 'Кількість', 'Джерело']);
    expect(v.source?.text).toBe('Джерела: Pentagon (North Korean troops); Officials in Kyiv (Russian troops)');
  });
});
