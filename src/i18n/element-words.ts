// The words of the summary, breakdown and dashboard elements: part of Messages, kept apart for size.
import type { RateName } from '../data/rates.js';
import type { RangeProblem } from '../data/date-range.js';
import type { SizeClass } from '../data/attack-size.js';
import type { Format, PartWords, PluralForms, TallyWords } from './types.js';
import type { WeaponCategory, WeaponKind } from '../data/types.js';

/** A change against the previous window, already signed and formatted ("+24 %", "−3 points"). */
export interface ChangeWords {
  /** Signed text of the change. */
  change: string;
  /** The previous window, as a label ("Oct 2024"). */
  previous: string;
}

/** The words of `<strike-summary>`. */
export interface SummaryWords {
  tile: { launched: string; downed: string; jammed: string; neutralizedRate: string; downedRate: string };
  /** "46 % of launched". */
  ofLaunched(share: string): string;
  /** Under the rate: what it counts, "3,900 downed or jammed" (neutralized), "3,000 downed". */
  rateDetail(rate: RateName, count: string): string;
  /** Launched of one kind, under the kind's tile: "91 % neutralized", "80 % downed". */
  kindDetail(rate: RateName, share: string): string;
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
  /** A window the data holds only part of: "Apr 2026 so far, 5 of 30 days" (`soFar`: the data ends inside it). */
  partialWindow(window: string, part: PartWords, soFar: boolean): string;
  /** The text version of the tiles. */
  sentence(
    s: {
      window: string;
      total: TallyWords;
      rate: RateName;
      previous?: string;
      launchedChange?: string;
      rateChange?: string;
      kinds: (TallyWords & { counted: PluralForms })[];
    },
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
  /** Text at the end of a bar: launched and the rate shown. */
  barLabel(launched: string, rate: string): string;
  /** The legend's key to those texts, `rate` the rate's name in running text: "Bar labels: launched · neutralized rate". */
  barLabelKey(rate: string): string;
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
  /** The timeline panel's title, `rate` the rate's name in running text: "Launched and neutralized rate, by month". */
  timelineTitle(period: 'day' | 'week' | 'month' | 'year', rate: string): string;
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
  /** Why a date written or typed makes no range, next to its input. */
  dateProblem(p: RangeProblem, f: Format): string;
  /** After a typed date that was not taken: the range the panels still show ("Sep 2024 – Feb 2025"). */
  stillShowing(range: string): string;
  /** Instead of the panels, while the page's `from` and `to` make no range. */
  noRange: string;
  /** Next to the weapons control: the kinds asked for that the data has none of, by their nouns (`kindCount`). */
  kindsAbsent(nouns: PluralForms[], f: Format): string;
}

/** Where an attack stands among the data's report dates, as `attackContext` picks what is worth saying. */
export interface StandingPhrase {
  /** `in-data`: none in the data is larger; `since`: the largest since `since`; `before`: larger than every earlier date (the largest until then); `rank`: only its rank. */
  reach: 'in-data' | 'since' | 'before' | 'rank';
  since?: string;
  /** Said after the reach (or alone, for `rank`), when the rank is worth saying: "the 6th-largest". */
  rank?: number;
  /** Other report dates exactly as large. */
  tied: number;
}

/** The words of an attack's size class and records. */
export interface AttackWords {
  /** A size class with its noun: "a massive attack", «масована атака». */
  size: Record<SizeClass, string>;
  /** An attack of one kind, the noun of its records: "drone attack", «атака дронів». */
  ofKind: Record<WeaponKind, string>;
  /** The standing of an attack; `noun` the kind's attack (`ofKind`), or none where the size class already said "attack". */
  standing(s: StandingPhrase, noun: string | undefined, f: Format): string;
  /** The context of a report date: its whole attack ("96 launched: a large attack, …"), then kinds of note ("90 drones: …"). */
  context(c: { launched: number; size: string; standing?: string; kinds: { counted: string; standing: string }[] }, f: Format): string;
  /** Before the context of the largest attack in a summary's window of several days. */
  largestIn(window: string, date: string, f: Format): string;
}
