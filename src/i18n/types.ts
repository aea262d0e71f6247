import type { WeaponKind } from '../data/types.js';

/** Noun forms by `Intl.PluralRules` category; `other` is required, the rest fall back to it. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Locale-bound formatting, handed to every message function. */
export interface Format {
  readonly locale: string;
  count(n: number): string;
  /** A rate in [0, 1] (or above, for inconsistent reports); null reads as "no rate". */
  percent(rate: number | null): string;
  /** `YYYY-MM-DD` as a readable date. */
  date(iso: string): string;
  /** `n` with the right noun form: "1 drone", "5 дронів". */
  plural(n: number, forms: PluralForms): string;
  list(items: readonly string[]): string;
}

/** Headline figures of one entry, as the message functions need them. */
export interface TallyWords {
  label: string;
  launched: number;
  downed: number;
  jammed: number;
  jammedReported: boolean;
  unaccounted: number;
  excess: number;
  downedRate: number | null;
  neutralizedRate: number | null;
}

/** One language's every word. Adding a language is one object of this type. */
export interface Messages {
  segment: { downed: string; jammed: string; unaccounted: string };
  kind: Record<WeaponKind, string>;
  kindCount: Record<WeaponKind, PluralForms>;
  rate: { downed: string; jammed: string; neutralized: string };
  column: { weapon: string; launched: string; total: string; downedRate: string; neutralizedRate: string };
  ringOrder(labels: string[], f: Format): string;
  noRate: string;
  notReported: string;
  shareAxis: string;
  headline(t: TallyWords, f: Format): string;
  /** The figures of one entry as a clause of the chart's sentence. */
  entrySentence(t: TallyWords, f: Format): string;
  chartSentence(parts: { date?: string; regions?: number; entries: string[] }, f: Format): string;
  inconsistent(t: TallyWords, f: Format): string;
  source(name: string, date: string | undefined, f: Format): string;
  loading: string;
  empty: string;
  error(count: number): string;
  showTable: string;
  hideTable: string;
  segmentValue(count: string, share: string): string;
}
