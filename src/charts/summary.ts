import { outcomesComparable, rateChange, relativeChange, type SummaryFigures } from '../data/compare.js';
import { neutralized, type RateName } from '../data/rates.js';
import { RATE_FIELD, type TallySummary } from '../data/summarize.js';
import type { WeaponKind } from '../data/types.js';
import { partOfPeriod, type DateWindow } from '../data/windows.js';
import type { Format, Messages, SummaryWords } from '../i18n/types.js';
import { partWords } from './part-words.js';
import { tallyWords } from './tally.js';
import type { FigureRow, FigureTable } from './table.js';

/** Which way a figure moved against the previous window; colour-free on purpose: more launched is not "good". */
export type Trend = 'up' | 'down' | 'flat';

/** One headline tile: a figure, a line under it, and its change against the previous window. */
export interface SummaryTile {
  key: 'launched' | 'downed' | 'jammed' | 'neutralized-rate' | 'downed-rate' | `kind-${WeaponKind}`;
  label: string;
  value: string;
  detail: string;
  /** `value` is the signed change alone ("+24 %"), `text` says against what ("+24 % on Oct 2024"). */
  change?: { value: string; text: string; trend: Trend };
}

export interface SummaryView {
  /** The window in words: "Nov 2024", "1 September 2024 – 28 February 2025". */
  title: string;
  /** The previous window in words, when the data holds one. */
  previous?: string;
  tiles: SummaryTile[];
  sentence: string;
  /** The window's largest attack in the context of the data (`windowContext`), also at the sentence's end. */
  context?: string;
  table: FigureTable;
}

/** A window as a reader names it: its period ("Nov 2024"), a run of periods, or its first and last day. */
export function windowLabel(w: DateWindow, f: Format): string {
  if (w.keys?.length) {
    const first = f.period(w.keys[0]);
    return w.keys.length === 1 ? first : `${first} – ${f.period(w.keys[w.keys.length - 1])}`;
  }
  return w.start === w.end ? f.date(w.start) : `${f.date(w.start)} – ${f.date(w.end)}`;
}

const trendOf = (x: number): Trend => (x > 0 ? 'up' : x < 0 ? 'down' : 'flat');

/** "+24 %", "−3 %", "±0 %". */
const signedPercent = (x: number, f: Format) => `${x > 0 ? '+' : x < 0 ? '−' : '±'}${f.percent(Math.abs(x))}`;

/**
 * The change of the rate shown, in points; none without a previous window, nor for the neutralized rate when
 * either window has a part not reported (jammed unknown there, the rate would move with what was left out).
 */
function rateChangeOf(now: TallySummary, before: TallySummary | null | undefined, rate: RateName): number | null {
  if (!before || (rate === 'neutralized' && !outcomesComparable(now, before))) return null;
  return rateChange(now[RATE_FIELD[rate]], before[RATE_FIELD[rate]]);
}

/**
 * The headline figures of a window as tiles (launched, the rate `rate` names, downed, jammed, then launched
 * per kind), each with its change against the previous window when the data holds one, plus the same
 * figures as a sentence and as a table with a column per window.
 */
export function summaryView(s: SummaryFigures, f: Format, words: Messages, rate: RateName = 'neutralized', context?: string): SummaryView {
  // A window the data holds only part of ("April 2026" of a file that ends on 5 April) says how much.
  const part = partOfPeriod(s.current, s.data);
  const label = windowLabel(s.current, f);
  const title = part ? words.summary.partialWindow(label, partWords(part, f), part.start === s.current.start) : label;
  const previous = s.previous ? windowLabel(s.previous, f) : undefined;
  const w = words.summary;
  const launchedChange = s.before ? relativeChange(s.now.launched, s.before.launched) : null;
  const pointsChange = rateChangeOf(s.now, s.before, rate);
  const sentence = w.sentence(
    {
      window: title,
      total: tallyWords(s.now, ''),
      rate,
      previous,
      launchedChange: launchedChange === null ? undefined : signedPercent(launchedChange, f),
      rateChange: pointsChange === null ? undefined : w.points(pointsChange, f),
      kinds: s.kinds.filter((k) => k.now.launched > 0).map((k) => ({ ...tallyWords(k.now, words.kind[k.kind]), counted: words.kindCount[k.kind] })),
    },
    f,
  ) + (context ? ` ${context}` : '');
  const tiles = summaryTiles(s, previous, rate, f, words);
  return { title, previous, tiles, sentence, context, table: summaryTable(s, { title, previous, caption: sentence, rate }, f, words) };
}

/** A count's change on the previous window, when there is one. */
function countChange(now: number, before: number | undefined, previous: string | undefined, f: Format, w: SummaryWords): SummaryTile['change'] {
  if (previous === undefined || before === undefined) return undefined;
  const change = relativeChange(now, before);
  if (change === null) return { value: '—', text: w.fromNothing(previous), trend: now > 0 ? 'up' : 'flat' };
  const value = signedPercent(change, f);
  return { value, text: w.change({ change: value, previous }), trend: trendOf(change) };
}

/** Under launched: what is unaccounted, still in the air and not reported ("0 unaccounted" only where nothing is unreported). */
function launchedDetail(t: TallySummary, f: Format, words: Messages): string {
  const o = words.outcome;
  return [
    ...(t.unaccounted > 0 || t.notReported === 0 ? [o.unaccounted(f.count(t.unaccounted))] : []),
    ...(t.stillAttacking > 0 ? [o.stillAttacking(f.count(t.stillAttacking))] : []),
    ...(t.notReported > 0 ? [o.notReported(f.count(t.notReported))] : []),
  ].join(', ');
}

function rateTile(s: SummaryFigures, previous: string | undefined, rate: RateName, f: Format, words: Messages): SummaryTile {
  const w = words.summary;
  const field = RATE_FIELD[rate];
  const value = s.now[field];
  const change = previous === undefined ? null : rateChangeOf(s.now, s.before, rate);
  const points = change === null ? '' : w.points(change, f);
  return {
    key: rate === 'downed' ? 'downed-rate' : 'neutralized-rate',
    label: w.tile[field],
    // "No rate (none launched)" is a sentence, not a figure: a dash, and the words under it.
    value: value === null ? '—' : f.percent(value),
    detail: value === null ? words.noRate : w.rateDetail(rate, f.count(rate === 'downed' ? s.now.downed : neutralized(s.now))),
    change: change === null || previous === undefined ? undefined : { value: points, text: w.rateChange({ change: points, previous }, f), trend: trendOf(Math.round(change * 1000)) },
  };
}

function jammedTile(s: SummaryFigures, previous: string | undefined, f: Format, words: Messages): SummaryTile {
  const { now, before } = s;
  const w = words.summary;
  const share = w.ofLaunched(f.percent(now.launched === 0 ? null : now.jammed / now.launched));
  return {
    key: 'jammed',
    label: w.tile.jammed,
    value: now.jammedReported ? f.count(now.jammed) : words.notReported,
    detail: !now.jammedReported ? '' : now.jammedPartlyReported ? words.partlyReported(share) : share,
    // Jammed not reported is unknown, not zero: no change unless both windows report it for all they launched.
    change: now.jammedReported && before?.jammedReported && outcomesComparable(now, before) ? countChange(now.jammed, before.jammed, previous, f, w) : undefined,
  };
}

function summaryTiles(s: SummaryFigures, previous: string | undefined, rate: RateName, f: Format, words: Messages): SummaryTile[] {
  const w = words.summary;
  const share = (n: number) => f.percent(s.now.launched === 0 ? null : n / s.now.launched);
  return [
    { key: 'launched', label: w.tile.launched, value: f.count(s.now.launched), detail: launchedDetail(s.now, f, words), change: countChange(s.now.launched, s.before?.launched, previous, f, w) },
    rateTile(s, previous, rate, f, words),
    { key: 'downed', label: w.tile.downed, value: f.count(s.now.downed), detail: w.ofLaunched(share(s.now.downed)), change: countChange(s.now.downed, s.before?.downed, previous, f, w) },
    jammedTile(s, previous, f, words),
    ...s.kinds
      .filter((k) => k.now.launched > 0)
      .map(
        (k): SummaryTile => ({
          key: `kind-${k.kind}`,
          label: words.kind[k.kind],
          value: f.count(k.now.launched),
          detail: w.kindDetail(rate, f.percent(k.now[RATE_FIELD[rate]])),
          change: countChange(k.now.launched, k.before?.launched, previous, f, w),
        }),
      ),
  ];
}

/** A figure of a window: a count, a rate, null where not reported, undefined where there is no such window. */
type Value = number | null | undefined;

interface RowOptions {
  /** A rate: shown as a share, changed in points. */
  rate?: boolean;
  /** False for a figure that needs every outcome where a window has a part not reported: no change then. */
  comparable?: boolean;
  show?: (count: number) => string;
}

function summaryTable(
  s: SummaryFigures,
  o: { title: string; previous: string | undefined; caption: string; rate: RateName },
  f: Format,
  words: Messages,
): FigureTable {
  const w = words.summary;
  const { previous, rate } = o;
  const field = RATE_FIELD[rate];
  // One row per figure: its value now, before, and the change (relative for counts, points for rates).
  const row = (header: string, now: Value, before: Value, { rate: isRate = false, comparable = true, show = (v: number) => f.count(v) }: RowOptions = {}): FigureRow => {
    const cell = (v: Value) => (v === undefined ? '' : isRate ? f.percent(v) : v === null ? words.notReported : show(v));
    const known = comparable && typeof now === 'number' && typeof before === 'number';
    const change = !known ? null : isRate ? now - before : relativeChange(now, before);
    const changeCell = change === null ? '' : isRate ? w.points(change, f) : signedPercent(change, f);
    return {
      header,
      cells: [cell(now), ...(previous === undefined ? [] : [cell(before), changeCell])],
      values: [now ?? null, ...(previous === undefined ? [] : [before ?? null, change])],
      // A rate's values and its change in points are shares; so is a count's relative change.
      shares: isRate ? [0, 1, 2] : previous === undefined ? [] : [2],
    };
  };
  const jammedOf = (t: TallySummary | null | undefined): Value => (t ? (t.jammedReported ? t.jammed : null) : undefined);
  const some = (k: 'stillAttacking' | 'notReported') => s.now[k] > 0 || (s.before?.[k] ?? 0) > 0;
  const split = outcomesComparable(s.now, s.before);
  const partly = (v: number) => (s.now.jammedPartlyReported ? words.partlyReported(f.count(v)) : f.count(v));
  const rows: FigureRow[] = [
    row(words.column.launched, s.now.launched, s.before?.launched),
    row(words.segment.downed, s.now.downed, s.before?.downed),
    row(words.segment.jammed, jammedOf(s.now), jammedOf(s.before), { comparable: split, show: partly }),
    ...(some('stillAttacking') ? [row(words.segment.stillAttacking, s.now.stillAttacking, s.before?.stillAttacking)] : []),
    row(words.segment.unaccounted, s.now.unaccounted, s.before?.unaccounted, { comparable: split }),
    ...(some('notReported') ? [row(words.segment.notReported, s.now.notReported, s.before?.notReported)] : []),
    row(words.column[field], s.now[field], s.before ? s.before[field] : undefined, { rate: true, comparable: rate === 'downed' || split }),
    ...s.kinds.flatMap((k) => [
      row(`${words.kind[k.kind]}: ${words.column.launched}`, k.now.launched, k.before?.launched),
      row(`${words.kind[k.kind]}: ${words.column[field]}`, k.now[field], k.before ? k.before[field] : undefined, {
        rate: true,
        comparable: rate === 'downed' || outcomesComparable(k.now, k.before),
      }),
    ]),
  ];
  return { caption: o.caption, columns: [w.column.figure, o.title, ...(previous === undefined ? [] : [previous, w.column.change])], rows };
}
