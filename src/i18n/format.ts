import { periodRange } from '../data/calendar.js';
import { warn } from '../data/warn.js';
import { en } from './en.js';
import type { Format, Messages, PluralForms } from './types.js';

const tables: Record<string, Messages> = Object.assign(Object.create(null) as Record<string, Messages>, { en });

// The built-in tables besides English, loaded on first use: a page in English never downloads them.
const builtIn: Record<string, () => Promise<Messages>> = { uk: () => import('./uk.js').then((m) => m.uk) };
const loads = new Map<string, Promise<Messages>>();
const failed = new Set<string>();

const languageOf = (locale: string): string => locale.split('-')[0].toLowerCase();

/**
 * Adds (or replaces) the words of a language, by its BCP 47 language subtag (`de`, `pl`): one typed table.
 * Elements pick it up for every locale of that language on their next render.
 */
export function defineLanguage(language: string, words: Messages): void {
  tables[language.toLowerCase()] = words;
  for (const key of [...cache.keys()]) if (languageOf(key) === language.toLowerCase()) cache.delete(key);
}

/** The words for a locale: its language's table, else English (also while a built-in table is still loading). */
export const messagesFor = (locale: string): Messages => tables[languageOf(locale)] ?? en;

/**
 * Loads the built-in table of a locale's language (`uk`) if it is not loaded yet, and resolves to the words
 * for that locale (English for a language with none); rejects when the table cannot be loaded. A table given
 * to defineLanguage first is kept.
 */
export function loadLanguage(locale: string): Promise<Messages> {
  const language = languageOf(locale);
  const load = builtIn[language];
  if (tables[language] || !load) return Promise.resolve(messagesFor(locale));
  let loading = loads.get(language);
  if (!loading) {
    loading = load().then((words) => {
      if (!tables[language]) defineLanguage(language, words);
      return tables[language];
    });
    loading.catch((error: unknown) => {
      failed.add(language);
      warn(`the "${language}" words could not be loaded (${error instanceof Error ? error.message : String(error)}): English is shown instead`);
    });
    loads.set(language, loading);
  }
  return loading;
}

/**
 * While the built-in table of a locale's language is loading (started here if need be): a promise that
 * settles when it is in (or failed, and English stays); else undefined, the words are in.
 */
export function wordsLoading(locale: string): Promise<unknown> | undefined {
  const language = languageOf(locale);
  if (tables[language] || !builtIn[language] || failed.has(language)) return undefined;
  return loadLanguage(language).catch(() => undefined);
}

/** A BCP 47 tag Intl accepts; anything else (typos, hostile strings) becomes "en". */
export function safeLocale(locale: string | undefined | null): string {
  if (!locale) return 'en';
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

const cache = new Map<string, Format>();
// Every element asks for its format on each update: canonicalising the same tag again is wasted work.
const canonical = new Map<string, string>();

/** A value made on first use: a page that never shows a month never builds that formatter. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/** Cached per locale: Intl constructors are slow and charts format hundreds of figures. */
export function formatFor(requested: string | undefined | null): Format {
  let locale = canonical.get(requested ?? '');
  if (locale === undefined) canonical.set(requested ?? '', (locale = safeLocale(requested)));
  let f = cache.get(locale);
  if (f) return f;
  const tag = locale;
  const count = lazy(() => new Intl.NumberFormat(tag, { maximumFractionDigits: 0 }));
  const decimal = lazy(() => new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }));
  const percent = lazy(() => new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 }));
  const date = lazy(() => new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }));
  const plural = lazy(() => new Intl.PluralRules(tag));
  const list = lazy(() => new Intl.ListFormat(tag, { type: 'conjunction' }));
  const month = lazy(() => new Intl.DateTimeFormat(tag, { month: 'short', year: 'numeric', timeZone: 'UTC' }));
  const day = lazy(() => new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }));
  const clock = lazy(() => new Intl.DateTimeFormat(tag, { hour: 'numeric', minute: '2-digit' }));
  const words = messagesFor(locale);
  f = {
    locale,
    count: (n) => count().format(n),
    percent: (r) => (r === null ? words.noRate : percent().format(r)),
    date: (iso) => {
      const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
      return Number.isNaN(d.getTime()) ? iso : date().format(d);
    },
    plural: (n, forms: PluralForms) => `${decimal().format(n)} ${forms[plural().select(n)] ?? forms.other}`,
    decimal: (n) => decimal().format(n),
    list: (items) => list().format(items),
    period: (key) => {
      if (/^\d{4}$/.test(key)) return key;
      const week = /^\d{4}-W\d{2}$/.test(key);
      let start = key.length === 7 ? `${key}-01` : key;
      try {
        if (week) start = periodRange(key).start;
      } catch {
        return key;
      }
      const d = new Date(`${start}T00:00:00Z`);
      if (Number.isNaN(d.getTime())) return key;
      return week ? words.weekOf(day().format(d)) : key.length === 7 ? month().format(d) : day().format(d);
    },
    time: (moment) => clock().format(moment),
  };
  cache.set(locale, f);
  return f;
}
