import { rateChange, relativeChange, type SummaryFigures } from '../data/compare.js';
import { neutralized } from '../data/rates.js';
import type { TallySummary } from '../data/summarize.js';
import type { WeaponKind } from '../data/types.js';
import { partOfPeriod, type DateWindow } from '../data/windows.js';
import type { Format, Messages } from '../i18n/types.js';
import { partWords } from './part-words.js';
import { tallyWords } from './strike-chart.js';
import type { FigureRow, FigureTable } from './table.js';

/** Which way a figure moved against the previous window; colour-free on purpose: more launched is not "good". */
export type Trend = 'up' | 'down' | 'flat';

/** One headline tile: a figure, a line under it, and its change against the previous window. */
export interface SummaryTile {
  key: 'launched' | 'downed' | 'jammed' | 'neutralized-rate' | `kind-${WeaponKind}`;
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
 * The headline figures of a window as tiles (launched, neutralized rate, downed, jammed, then launched per
 * kind), each with its change against the previous window when the data holds one, plus the same figures
 * as a sentence and as a table with a column per window.
 */
export function summaryView(s: SummaryFigures, f: Format, words: Messages): SummaryView {
  // A window the data holds only part of ("April 2026" of a file that ends on 5 April) says how much.
  const part = partOfPeriod(s.current, s.data);
  const label = windowLabel(s.current, f);
  const title = part ? words.summary.partialWindow(label, partWords(part, f), part.start === s.current.start) : label;
  const previous = s.previous ? windowLabel(s.previous, f) : undefined;
  const w = words.summary;
  const launchedChange = s.before ? relativeChange(s.now.launched, s.before.launched) : null;
  const pointsChange = s.before ? rateChange(s.now.neutralizedRate, s.before.neutralizedRate) : null;
  const sentence = w.sentence(
    {
      window: title,
      total: tallyWords(s.now, ''),
      previous,
      launchedChange: launchedChange === null ? undefined : signedPercent(launchedChange, f),
      rateChange: pointsChange === null ? undefined : w.points(pointsChange, f),
      kinds: s.kinds.filter((k) => k.now.launched > 0).map((k) => ({ ...tallyWords(k.now, words.kind[k.kind]), counted: words.kindCount[k.kind] })),
    },
    f,
  );
  return { title, previous, tiles: summaryTiles(s, previous, f, words), sentence, table: summaryTable(s, title, previous, sentence, f, words) };
}

function summaryTiles(s: SummaryFigures, previous: string | undefined, f: Format, words: Messages): SummaryTile[] {
  const w = words.summary;
  const countChange = (now: number, before: number | undefined): SummaryTile['change'] => {
    if (previous === undefined || before === undefined) return undefined;
    const change = relativeChange(now, before);
    if (change === null) return { value: '—', text: w.fromNothing(previous), trend: now > 0 ? 'up' : 'flat' };
    const value = signedPercent(change, f);
    return { value, text: w.change({ change: value, previous }), trend: trendOf(change) };
  };
  const rateTileChange = (now: TallySummary, before: TallySummary | null): SummaryTile['change'] => {
    const change = rateChange(now.neutralizedRate, before?.neutralizedRate ?? null);
    if (previous === undefined || change === null) return undefined;
    const value = w.points(change, f);
    return { value, text: w.rateChange({ change: value, previous }, f), trend: trendOf(Math.round(change * 1000)) };
  };
  const share = (n: number) => f.percent(s.now.launched === 0 ? null : n / s.now.launched);

  return [
    { key: 'launched', label: w.tile.launched, value: f.count(s.now.launched), detail: w.unaccounted(f.count(s.now.unaccounted)), change: countChange(s.now.launched, s.before?.launched) },
    {
      key: 'neutralized-rate',
      label: w.tile.neutralizedRate,
      // "No rate (none launched)" is a sentence, not a figure: a dash, and the words under it.
      value: s.now.neutralizedRate === null ? '—' : f.percent(s.now.neutralizedRate),
      detail: s.now.neutralizedRate === null ? words.noRate : w.neutralized(f.count(neutralized(s.now))),
      change: rateTileChange(s.now, s.before),
    },
    { key: 'downed', label: w.tile.downed, value: f.count(s.now.downed), detail: w.ofLaunched(share(s.now.downed)), change: countChange(s.now.downed, s.before?.downed) },
    {
      key: 'jammed',
      label: w.tile.jammed,
      value: s.now.jammedReported ? f.count(s.now.jammed) : words.notReported,
      detail: s.now.jammedReported ? w.ofLaunched(share(s.now.jammed)) : '',
      // Jammed not reported is unknown, not zero: no change unless both windows report it.
      change: s.now.jammedReported && s.before?.jammedReported ? countChange(s.now.jammed, s.before.jammed) : undefined,
    },
    ...s.kinds
      .filter((k) => k.now.launched > 0)
      .map(
        (k): SummaryTile => ({
          key: `kind-${k.kind}`,
          label: words.kind[k.kind],
          value: f.count(k.now.launched),
          detail: w.kindDetail(f.percent(k.now.neutralizedRate)),
          change: countChange(k.now.launched, k.before?.launched),
        }),
      ),
  ];
}

function summaryTable(s: SummaryFigures, title: string, previous: string | undefined, caption: string, f: Format, words: Messages): FigureTable {
  const w = words.summary;
  // One row per figure: its value now, before, and the change (relative for counts, points for rates).
  const row = (header: string, now: number | null, before: number | null | undefined, rate = false): FigureRow => {
    const show = (v: number | null | undefined) => (v === undefined ? '' : rate ? f.percent(v) : v === null ? words.notReported : f.count(v));
    const change = before === undefined || before === null || now === null ? null : rate ? now - before : relativeChange(now, before);
    const cells = [show(now), ...(previous === undefined ? [] : [show(before), change === null ? '' : rate ? w.points(change, f) : signedPercent(change, f)])];
    const values = [now, ...(previous === undefined ? [] : [before ?? null, change])];
    return { header, cells, values };
  };
  const jammedOf = (t: TallySummary | null | undefined) => (t === undefined || t === null ? undefined : t.jammedReported ? t.jammed : null);
  const rows: FigureRow[] = [
    row(words.column.launched, s.now.launched, s.before?.launched),
    row(words.segment.downed, s.now.downed, s.before?.downed),
    row(words.segment.jammed, jammedOf(s.now) ?? null, jammedOf(s.before)),
    row(words.segment.unaccounted, s.now.unaccounted, s.before?.unaccounted),
    row(words.column.neutralizedRate, s.now.neutralizedRate, s.before ? s.before.neutralizedRate : undefined, true),
    ...s.kinds.flatMap((k) => [
      row(`${words.kind[k.kind]}: ${words.column.launched}`, k.now.launched, k.before?.launched),
      row(`${words.kind[k.kind]}: ${words.column.neutralizedRate}`, k.now.neutralizedRate, k.before ? k.before.neutralizedRate : undefined, true),
    ]),
  ];
  return {
    caption,
    columns: [w.column.figure, title, ...(previous === undefined ? [] : [previous, w.column.change])],
    rows,
  };
}
