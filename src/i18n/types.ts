import type { TallySummary } from '../data/summarize.js';
import type { ReadingProblem, TroopFigure, WeaponCategory, WeaponKind } from '../data/types.js';
import type { WarningCounts } from '../data/warn.js';

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
  /** A moment as the reader's clock shows it: "14:05", "2:05 PM". */
  time(moment: Date): string;
}

/** Headline figures of one entry, as the message functions need them. */
export interface TallyWords
  extends Pick<TallySummary, 'launched' | 'downed' | 'jammed' | 'jammedReported' | 'unaccounted' | 'excess' | 'downedRate' | 'neutralizedRate'> {
  label: string;
  /** The noun of what was launched when the entry is a whole weapon kind ("90 drones launched"); else the label says it. */
  counted?: PluralForms;
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

/** What an element says about input it could not read, or read with warnings. */
export interface ReadingWords {
  /** Why a text could not be read at all: from the file at `url`, or from the `data` attribute when none. */
  problem(p: ReadingProblem, url: string | undefined, f: Format): string;
  /** The line over the list of warnings: "3 rows skipped, 1 inconsistent". */
  warnings(counts: WarningCounts, f: Format): string;
}

/** One language's every word. Adding a language is one object of this type. */
export interface Messages {
  segment: { downed: string; jammed: string; unaccounted: string };
  kind: Record<WeaponKind, string>;
  /** A kind's noun after a count of launched, as the sentences use it: "90 drones launched", «Запущено 1 ракету» (accusative). */
  kindCount: Record<WeaponKind, PluralForms>;
  rate: { downed: string; jammed: string; neutralized: string };
  column: { weapon: string; launched: string; total: string; downedRate: string; neutralizedRate: string };
  ringOrder(labels: string[], f: Format): string;
  noRate: string;
  /** A report where nothing at all was launched, instead of an empty chart. */
  noAttacks(date: string | undefined, f: Format): string;
  notReported: string;
  shareAxis: string;
  headline(t: TallyWords, f: Format): string;
  /** The figures of one entry as a clause of the chart's sentence. */
  entrySentence(t: TallyWords, f: Format): string;
  /** `end` after `date` when the report spans several days (a period summed). */
  chartSentence(parts: { date?: string; end?: string; regions?: number; entries: string[] }, f: Format): string;
  inconsistent(t: TallyWords, f: Format): string;
  source(name: string, date: string | undefined, f: Format): string;
  loading: string;
  empty: string;
  error(count: number): string;
  showTable: string;
  hideTable: string;
  segmentValue(count: string, share: string): string;
  weekOf(date: string): string;
  /** The as-of line of figures that are refreshed: "Updated 14:05". */
  asOf(time: string): string;
  /** Said once, politely, when a refresh brought new figures. */
  newFigures(time: string): string;
  /** A refresh failed; the figures shown are the last ones loaded. */
  checkFailed(reason: string): string;
  /** A period the shown range cuts (a week of which only Nov 1–3 are in range): its name and the days it holds. */
  periodPart(period: string, first: string, last: string): string;
  periodName: Record<'day' | 'week' | 'month' | 'year', PluralForms>;
  noReport: string;
  rollingRate(window: number): string;
  /** Table headers only the timeline has: its period column, and the rolling rate when one is drawn. */
  timelineColumns: { period: string; rolling: string };
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
  reading: ReadingWords;
  summary: SummaryWords;
  breakdown: BreakdownWords;
  dashboard: DashboardWords;
}

/** A change against the previous window, already signed and formatted ("+24 %", "−3 points"). */
export interface ChangeWords {
  /** Signed text of the change. */
  change: string;
  /** The previous window, as a label ("Oct 2024"). */
  previous: string;
}

/** The words of `<strike-summary>`. */
export interface SummaryWords {
  tile: { launched: string; downed: string; jammed: string; neutralizedRate: string };
  /** "46 % of launched". */
  ofLaunched(share: string): string;
  /** Under launched: "3,793 unaccounted". */
  unaccounted(count: string): string;
  /** "3,900 downed or jammed". */
  neutralized(count: string): string;
  /** Launched of one kind, under the kind's tile: "91 % neutralized". */
  kindDetail(rate: string): string;
  /** "+24 % on Oct 2024". */
  change(c: ChangeWords): string;
  /** "+3 points on Oct 2024". */
  rateChange(c: ChangeWords, f: Format): string;
  /** Change of a rate in points, signed: "+3 points". */
  points(points: number, f: Format): string;
  /** Nothing was launched in the previous window: no ratio. */
  fromNothing(previous: string): string;
  /** No previous window in the data. */
  noPrevious: string;
  /** Above the tiles: what the changes are measured against ("change on Oct 2024"). */
  versus(previous: string): string;
  column: { figure: string; change: string };
  /** The text version of the tiles. */
  sentence(
    s: { window: string; total: TallyWords; previous?: string; launchedChange?: string; rateChange?: string; kinds: (TallyWords & { counted: PluralForms })[] },
    f: Format,
  ): string;
}

/** The words of `<strike-breakdown>`. */
export interface BreakdownWords {
  category: Record<Exclude<WeaponCategory, 'unknown' | 'mixed'>, string>;
  /** Entries of a kind whose category is not known: "Other drones". */
  otherOfKind: Record<WeaponKind, string>;
  /** Combinations of several classes within a kind: "Missiles of several classes". */
  mixedOfKind: Record<WeaponKind, string>;
  title: { category: string; model: string };
  column: { category: string; model: string };
  /** Text at the end of a bar: launched and neutralized rate. */
  barLabel(launched: string, rate: string): string;
  /** The chart's sentence: the title, then the entries. */
  sentence(title: string, entries: string[], more: number, f: Format): string;
}

/** The words of `<strike-dashboard>`. */
export interface DashboardWords {
  controls: string;
  period: string;
  periodOption: Record<'day' | 'week' | 'month' | 'year', string>;
  kind: string;
  allKinds: string;
  from: string;
  to: string;
  reset: string;
  /** The timeline panel's title: "Launched and neutralized rate, by month". */
  timelineTitle: Record<'day' | 'week' | 'month' | 'year', string>;
  categoryTitle: string;
  modelsTitle(top: number): string;
  /** The strike chart's title for the scope: "Nov 2024 by weapon kind". */
  strikeTitle(scope: string): string;
  summaryTitle: string;
  /** What the timeline's bars do. */
  hint: string;
  selected(label: string): string;
  clear: string;
  /** "Download the timeline as PNG". */
  download(what: string, format: 'PNG' | 'CSV'): string;
  /** What was loaded: "2,614 rows, 28 Sep 2022 to 1 Jul 2025". */
  loaded(rows: number, first: string, last: string, f: Format): string;
}
