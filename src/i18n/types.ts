import type { MarkerKind } from '../data/annotations.js';
import type { RateName } from '../data/rates.js';
import type { TallySummary } from '../data/summarize.js';
import type { ReadingProblem, TroopFigure, WeaponKind } from '../data/types.js';
import type { WarningCounts } from '../data/warn.js';
import type { AttackWords, BreakdownWords, DashboardWords, SummaryWords } from './element-words.js';

export type { AttackWords, StandingPhrase, BreakdownWords, ChangeWords, DashboardWords, SummaryWords } from './element-words.js';

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
  extends Pick<
    TallySummary,
    'launched' | 'downed' | 'jammed' | 'jammedReported' | 'jammedPartlyReported' | 'stillAttacking' | 'notReported' | 'unaccounted' | 'excess' | 'downedRate' | 'neutralizedRate'
  > {
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

/** What launched weapons came to, as the legend, the table and the chart name each part. */
export interface SegmentWords {
  downed: string;
  jammed: string;
  unaccounted: string;
  stillAttacking: string;
  notReported: string;
}

/** A count with its outcome, as running text says it: "37 downed", «збито 37». */
export type OutcomeWords = { [K in keyof SegmentWords]: (count: string) => string } & {
  /** A jammed phrase of figures that give jammed for only part of what was launched. */
  partly(phrase: string): string;
};

/** The days of a period that a view holds: the first and last held (readable), and `days` of its `of` days. */
export interface PartWords {
  first: string;
  last: string;
  days: number;
  of: number;
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
  segment: SegmentWords;
  outcome: OutcomeWords;
  /** A kind's name; `bomb` is "Bombs": rows may call them guided bombs only when every one is (see `guidedBomb`). */
  kind: Record<WeaponKind, string>;
  /** A kind's noun after a count of launched, as the sentences use it: "90 drones launched", «Запущено 1 ракету» (accusative). */
  kindCount: Record<WeaponKind, PluralForms>;
  /** The bomb kind's name and noun when every bomb in the rows is a guided bomb. */
  guidedBomb: { kind: string; count: PluralForms };
  /** Each rate's name in running text: "neutralized rate". */
  rate: { downed: string; jammed: string; neutralized: string };
  column: { weapon: string; launched: string; total: string; downedRate: string; neutralizedRate: string };
  ringOrder(labels: string[], f: Format): string;
  noRate: string;
  /** A report where nothing at all was launched, instead of an empty chart. */
  noAttacks(date: string | undefined, f: Format): string;
  notReported: string;
  /** A table's jammed count when jammed was given for only part of what was launched. */
  partlyReported(count: string): string;
  shareAxis: string;
  /** An entry's headline, led by the rate `rate` names (the downed rate where jammed is not reported). */
  headline(t: TallyWords, f: Format, rate: RateName): string;
  /** The figures of one entry as a clause of the chart's sentence, with the rate `rate` names. */
  entrySentence(t: TallyWords, f: Format, rate: RateName): string;
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
  /** A period the data or the range holds only part of (a month the data ends 5 days into): its name and the days held. */
  periodPart(period: string, part: PartWords): string;
  /** The timeline's audio graph: its button, what it says it does, and what it says as it plays. */
  audio: {
    play: string;
    pause: string;
    resume: string;
    /** What the button does, for screen readers: the periods it plays and how to read the sound. */
    describe(first: string, last: string): string;
    /** Said when playing starts from the first period. */
    playing(first: string, last: string): string;
    ended: string;
  };
  /** The small credit at the foot of an image: "Chart: strike-charts". */
  credit: string;
  /** The legend's name for the dashed outline of a partial period's bar. */
  partialLegend: string;
  /** The same days, short enough to go on the period's bar: "5 of 30 days". */
  partDays(part: PartWords): string;
  periodName: Record<'day' | 'week' | 'month' | 'year', PluralForms>;
  noReport: string;
  /** A rolling rate over `window` periods, `rate` being the rate's column name: "Neutralized rate, 3-period rolling". */
  rollingRate(window: number, rate: string): string;
  /** Table headers only the timeline has: its period column. */
  timelineColumns: { period: string };
  /** The timeline table's column of each kind of marker: "Annotations". */
  markerColumn: Record<MarkerKind, string>;
  /** The record marker's label on the timeline: "largest attack shown, 810 launched". */
  largestShown(launched: string): string;
  /** The sentence's words for the markers of one kind, each item "13 November 2024, Kursk offensive". */
  marked(kind: MarkerKind, items: string[]): string;
  timelineSentence(t: {
    periods: string;
    first: string;
    last: string;
    total: TallyWords;
    /** The rate of the whole and of the highest and lowest periods. */
    rate: RateName;
    highest?: { label: string; rate: number };
    lowest?: { label: string; rate: number };
    gaps: number;
    /** Periods held only in part, which are left out of the highest and lowest. */
    partial: (PartWords & { label: string })[];
  }, f: Format): string;
  troops: TroopWords;
  reading: ReadingWords;
  summary: SummaryWords;
  /** Size classes and records, with a strike chart's or a summary's figures of a dataset. */
  attack: AttackWords;
  breakdown: BreakdownWords;
  dashboard: DashboardWords;
}
