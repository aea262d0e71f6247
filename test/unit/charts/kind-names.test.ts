import { describe, expect, it } from 'vitest';
import { namingKinds } from '../../../src/charts/kind-names.js';
import { strikeChartView } from '../../../src/charts/strike-chart.js';
import { summaryView } from '../../../src/charts/summary.js';
import { summaryFigures } from '../../../src/data/compare.js';
import { bombsAllGuided } from '../../../src/data/kinds.js';
import { summarize } from '../../../src/data/summarize.js';
import type { AttackRecord } from '../../../src/data/types.js';
import { formatFor, messagesFor } from '../../../src/i18n/format.js';

const bomb = (model: string, category: AttackRecord['category'], launched: number): AttackRecord => ({
  row: 1, date: '2024-10-15', model, kind: 'bomb', category, launched, downed: 1,
});
const guided = [bomb('GBU', 'guided-bomb', 3)];
const mixed = [...guided, bomb('Aerial Bomb', 'unknown', 16)];
const report = { weapons: [{ kind: 'bomb' as const, launched: 3, downed: 1 }] };

/** The bomb tile's label and the summary's sentence over rows, in a language. */
function summaryOf(records: AttackRecord[], locale = 'en') {
  const view = summaryView(summaryFigures(records, {})!, formatFor(locale), namingKinds(messagesFor(locale), bombsAllGuided(records)));
  return { tile: view.tiles.find((t) => t.key === 'kind-bomb')!.label, sentence: view.sentence };
}

describe('namingKinds', () => {
  it('calls bombs guided bombs only when every bomb row is one', () => {
    expect(summaryOf(guided)).toMatchObject({ tile: 'Guided bombs' });
    expect(summaryOf(guided).sentence).toContain('3 guided bombs launched');
    expect(summaryOf(mixed)).toMatchObject({ tile: 'Bombs' });
    expect(summaryOf(mixed).sentence).toContain('19 bombs launched');
  });

  it('says it in Ukrainian, with the count forms', () => {
    expect(summaryOf(guided, 'uk')).toMatchObject({ tile: 'Керовані бомби' });
    expect(summaryOf(guided, 'uk').sentence).toContain('Запущено 3 керовані бомби');
    expect(summaryOf(mixed, 'uk')).toMatchObject({ tile: 'Бомби' });
    expect(summaryOf(mixed, 'uk').sentence).toContain('Запущено 19 бомб');
  });

  it('names the bombs of a report (no categories) "Bombs", unless its label says more', () => {
    const f = formatFor('en');
    const words = messagesFor('en');
    expect(strikeChartView(summarize(report), 'bar', { format: f, words, animate: false }).headlines).toEqual(['Bombs: 1 of 3 downed, 33% — 2 not reported']);
    const labelled = { weapons: [{ ...report.weapons[0], label: 'KAB guided bombs' }] };
    expect(strikeChartView(summarize(labelled), 'bar', { format: f, words, animate: false }).headlines).toEqual(['KAB guided bombs: 1 of 3 downed, 33% — 2 not reported']);
    expect(strikeChartView(summarize(report), 'bar', { format: f, words: namingKinds(words, true), animate: false }).headlines).toEqual([
      'Guided bombs: 1 of 3 downed, 33% — 2 not reported',
    ]);
  });

  it('leaves the words as they are otherwise', () => {
    const words = messagesFor('en');
    expect(namingKinds(words, false)).toBe(words);
    expect(namingKinds(words, true)).toBe(namingKinds(words, true));
  });
});
