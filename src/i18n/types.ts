import type { TroopFigure, WeaponKind } from '../data/types.js';

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
  /** `n` with the right noun form: "1 drone", "5 дронів", "1,5 раза" (at most one decimal). */
  plural(n: number, forms: PluralForms): string;
  /** A number with at most one decimal: "2.5", "2,5". */
  decimal(n: number): string;
  list(items: readonly string[]): string;
  /** A period key (`2025`, `2025-01`, `2025-W03`, `2025-01-13`) as a readable label. */
  period(key: string): string;
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

/** How many times one troop figure is the other, as far as the qualifiers allow; numbers already rounded. */
export interface RatioWords {
  larger: string;
  smaller: string;
  /** `unknown`: the figures do not even tell which is larger. */
  bound: 'point' | 'at-least' | 'at-most' | 'between' | 'unknown';
  /** A figure is "about", or the rounding hides digits. */
  approximate: boolean;
  /** The ratio (the upper end for `between`); 1 reads "as many as". */
  times: number;
  /** Lower end, for `between` only. */
  low?: number;
}

/** The words of `<strike-troops>`. */
export interface TroopWords {
  /** Caption when the data has no title. */
  title: string;
  column: { figure: string; number: string; source: string };
  noSource: string;
  /** A figure with its qualifier in words: "more than 10,000". */
  stated(figure: Pick<TroopFigure, 'qualifier' | 'value' | 'low' | 'high'>, f: Format): string;
  figureSentence(label: string, stated: string, source: string | undefined): string;
  ratio(r: RatioWords, f: Format): string;
  sentence(title: string, clauses: string[]): string;
  /** The footnote: one source for all figures (`labels` absent), or each source with the figures it gave. */
  sources(items: { source: string; labels?: string[] }[], f: Format): string;
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
  weekOf(date: string): string;
  periodName: Record<'day' | 'week' | 'month' | 'year', PluralForms>;
  noReport: string;
  rollingRate(window: number): string;
  column2: { period: string; rolling: string };
  timelineSentence(t: {
    periods: string;
    first: string;
    last: string;
    total: TallyWords;
    highest?: { label: string; rate: number };
    lowest?: { label: string; rate: number };
    gaps: number;
  }, f: Format): string;
  troops: TroopWords;
}
