import { describe, expect, it, vi } from 'vitest';
import { en } from '../../../src/i18n/en.js';
import { defineLanguage, formatFor, loadLanguage, messagesFor, safeLocale } from '../../../src/i18n/format.js';

describe('formatFor', () => {
  it('formats counts, percents and dates per locale', () => {
    const en = formatFor('en');
    expect(en.count(10000)).toBe('10,000');
    expect(en.percent(84 / 90)).toBe('93%');
    expect(en.percent(null)).toBe('no rate (none launched)');
    expect(en.date('2024-11-13')).toBe('November 13, 2024');
    const uk = formatFor('uk');
    expect(uk.count(10000)).toBe('10\u00a0000');
    expect(uk.percent(0.5)).toBe('50%');
    expect(uk.date('2024-11-13')).toMatch(/^13 листопада 2024\sр\.$/u);
  });

  it('uses Ukrainian plural rules: 1 дрон, 2 дрони, 5 дронів', () => {
    const uk = formatFor('uk');
    const forms = messagesFor('uk').kindCount.drone;
    expect(uk.plural(1, forms)).toBe('1 дрон');
    expect(uk.plural(2, forms)).toBe('2 дрони');
    expect(uk.plural(5, forms)).toBe('5 дронів');
    expect(uk.plural(21, forms)).toBe('21 дрон');
  });

  it('caches one formatter per locale', () => {
    expect(formatFor('en-GB')).toBe(formatFor('en-GB'));
  });

  it('falls back to English for invalid tags', () => {
    expect(safeLocale('not a locale!')).toBe('en');
    expect(safeLocale('')).toBe('en');
    expect(formatFor('<script>').locale).toBe('en');
    expect(messagesFor('fr')).toBe(messagesFor('en'));
  });
});

describe('defineLanguage', () => {
  it('adds a language as one typed table, used for every locale of it', () => {
    expect(formatFor('de-AT').percent(null)).toBe('no rate (none launched)');
    defineLanguage('de', { ...en, noRate: 'keine Quote (nichts gestartet)', segment: { downed: 'Abgeschossen', jammed: 'Gestört', unaccounted: 'Unbekannt' } });
    expect(messagesFor('de-AT').segment.downed).toBe('Abgeschossen');
    expect(formatFor('de-AT').percent(null)).toBe('keine Quote (nichts gestartet)');
    expect(formatFor('de-DE').count(10000)).toBe('10.000');
  });
});

describe('loadLanguage', () => {
  /** The module as a page first has it: nothing but English loaded (this file's own copy has Ukrainian, see setup.ts). */
  const fresh = async () => {
    vi.resetModules();
    return import('../../../src/i18n/format.js');
  };

  it('resolves to the words of a built-in language, and to English for a language with none', async () => {
    expect((await loadLanguage('uk-UA')).showTable).toBe('Показати таблицю');
    expect(await loadLanguage('uk-UA')).toBe(messagesFor('uk'));
    expect(await loadLanguage('fr')).toBe(messagesFor('en'));
  });

  it('gives English for Ukrainian until the table is loaded, then Ukrainian, formats made before included', async () => {
    const i18n = await fresh();
    expect(i18n.messagesFor('uk').showTable).toBe('Show table');
    expect(i18n.formatFor('uk').period('2024-W46')).toMatch(/^Week of /);
    expect(i18n.wordsLoading('uk-UA')).toBeInstanceOf(Promise);
    expect(i18n.wordsLoading('en')).toBeUndefined();
    await i18n.loadLanguage('uk');
    expect(i18n.wordsLoading('uk-UA')).toBeUndefined();
    expect(i18n.messagesFor('uk-UA').showTable).toBe('Показати таблицю');
    expect(i18n.formatFor('uk').period('2024-W46')).toMatch(/^Тиждень від /);
  });

  it('keeps a table given to defineLanguage before the built-in one loaded', async () => {
    const i18n = await fresh();
    const mine = { ...en, showTable: 'Таблиця' };
    i18n.defineLanguage('uk', mine);
    expect(i18n.wordsLoading('uk')).toBeUndefined();
    expect(await i18n.loadLanguage('uk')).toBe(mine);
  });
});
