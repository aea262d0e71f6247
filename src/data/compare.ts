import { periodKey, periodRange, type Period } from './aggregate.js';
import { filterRecords } from './series.js';
import { summarizeTally, sumTallies, type TallySummary } from './summarize.js';
import { totalsBy } from './totals.js';
import { WEAPON_KINDS, type AttackRecord, type StrikeReport, type WeaponKind } from './types.js';

const DAY = 86_400_000;
const timeOf = (date: string): number => Date.parse(`${date}T00:00:00Z`);
const addDays = (date: string, days: number): string => new Date(timeOf(date) + days * DAY).toISOString().slice(0, 10);

/** A run of report dates, both ends inclusive (`YYYY-MM-DD`). */
export interface DateSpan {
  start: string;
  end: string;
}

/** The dates a summary covers; `keys` when they are whole periods (`2024-10`), `period` naming which. */
export interface DateWindow extends DateSpan {
  period?: Period;
  keys?: string[];
}

export interface WindowOptions {
  /** With no `from`/`to`, the window is the latest whole period of this length; it is also tried first for "previous". */
  period?: Period;
  from?: string;
  to?: string;
}

/** Every period key from `start`'s to `end`'s when the span is exactly whole periods; undefined when not. */
function wholePeriods(span: DateSpan, period: Period): string[] | undefined {
  const first = periodKey(span.start, period);
  const last = periodKey(span.end, period);
  if (periodRange(first).start !== span.start || periodRange(last).end !== span.end) return undefined;
  const keys = [first];
  while (keys[keys.length - 1] !== last) keys.push(periodKey(addDays(periodRange(keys[keys.length - 1]).end, 1), period));
  return keys;
}

/** The span as whole periods: the given period first, then years and months; plain days when none fits. */
function asWindow(span: DateSpan, period?: Period): DateWindow {
  for (const p of [period, 'year', 'month'] as const) {
    if (!p || p === 'day') continue;
    const keys = wholePeriods(span, p);
    if (keys) return { ...span, period: p, keys };
  }
  return { ...span };
}

/**
 * The window a summary covers: `from`–`to` when given (open ends reach the data's ends); else, with `period`,
 * the latest period the data covers to its end (the one before when the data stops inside the last one);
 * else all of the data.
 */
export function currentWindow(data: DateSpan, o: WindowOptions): DateWindow {
  if (o.from || o.to) return asWindow({ start: o.from || data.start, end: o.to || data.end }, o.period);
  if (o.period && o.period !== 'day') {
    const last = periodRange(periodKey(data.end, o.period));
    const before = periodRange(periodKey(addDays(last.start, -1), o.period));
    const span = last.end > data.end && before.start >= data.start ? before : last;
    return asWindow(span, o.period);
  }
  if (o.period === 'day') return asWindow({ start: data.end, end: data.end }, 'day');
  return asWindow(data, o.period);
}

/**
 * The window of the same length just before: as many whole periods (November → October; Q-like runs of
 * months → the months before), or as many days. Null unless the data covers both windows entirely, so a
 * change is never computed against a stretch the data only partly holds.
 */
export function previousWindow(current: DateWindow, data: DateSpan): DateWindow | null {
  let previous: DateWindow;
  if (current.keys && current.period) {
    const period = current.period;
    const keys: string[] = [];
    let day = addDays(current.start, -1);
    for (let i = 0; i < current.keys.length; i++) {
      const key = periodKey(day, period);
      keys.unshift(key);
      day = addDays(periodRange(key).start, -1);
    }
    previous = { start: periodRange(keys[0]).start, end: addDays(current.start, -1), period, keys };
  } else {
    const days = Math.round((timeOf(current.end) - timeOf(current.start)) / DAY) + 1;
    previous = { start: addDays(current.start, -days), end: addDays(current.start, -1) };
  }
  return previous.start >= data.start && current.start >= data.start && current.end <= data.end ? previous : null;
}

/** Relative change from `before` to `now` (0.24 for +24 %); null when `before` is 0, which has no ratio. */
export const relativeChange = (now: number, before: number): number | null => (before === 0 ? null : (now - before) / before);

/** Change of a rate in points of share (0.03 for +3 points); null when either rate is missing. */
export const rateChange = (now: number | null, before: number | null): number | null =>
  now === null || before === null ? null : now - before;

export interface KindFigures {
  kind: WeaponKind;
  now: TallySummary;
  /** Null when there is no previous window. */
  before: TallySummary | null;
}

/** The figures of a summary: totals and per kind, now and in the previous window of the same length. */
export interface SummaryFigures {
  /** The first and last report dates in the data. */
  data: DateSpan;
  current: DateWindow;
  previous: DateWindow | null;
  now: TallySummary;
  before: TallySummary | null;
  kinds: KindFigures[];
}

/** The first and last report date of the records; null for none. */
export function dateSpan(records: readonly AttackRecord[]): DateSpan | null {
  if (records.length === 0) return null;
  let start = records[0].date;
  let end = start;
  for (const r of records) {
    if (r.date < start) start = r.date;
    if (r.date > end) end = r.date;
  }
  return { start, end };
}

/**
 * Totals of the window `o` picks, per kind and in all, beside those of the previous window of the same length
 * when the data covers it. The data's span comes from all records, before the kind filter, so a filter never
 * shortens what "covered" means. Null when there are no records.
 */
export function summaryFigures(
  records: readonly AttackRecord[],
  o: WindowOptions & { kinds?: readonly WeaponKind[] },
): SummaryFigures | null {
  const data = dateSpan(records);
  if (!data) return null;
  const current = currentWindow(data, o);
  const previous = previousWindow(current, data);
  const kept = filterRecords(records, { kinds: o.kinds });
  const byKind = (span: DateSpan) => totalsBy(filterRecords(kept, { from: span.start, to: span.end }), 'kind');
  const nowKinds = byKind(current);
  const beforeKinds = previous ? byKind(previous) : null;
  const kinds: KindFigures[] = WEAPON_KINDS.flatMap((kind) => {
    const now = nowKinds.find((w) => w.kind === kind);
    const before = beforeKinds?.find((w) => w.kind === kind);
    if (!now && !before) return [];
    const zero = { launched: 0, downed: 0 };
    return [{ kind, now: summarizeTally(now ?? zero), before: beforeKinds ? summarizeTally(before ?? zero) : null }];
  });
  return {
    data,
    current,
    previous,
    now: summarizeTally(sumTallies(nowKinds)),
    before: beforeKinds ? summarizeTally(sumTallies(beforeKinds)) : null,
    kinds,
  };
}

/** The figures of one report on its own (no dates to compare): its totals and per kind. */
export function reportFigures(report: StrikeReport): SummaryFigures {
  const start = report.date ?? '';
  const current = { start, end: report.end ?? start };
  const kinds: KindFigures[] = WEAPON_KINDS.flatMap((kind) => {
    const entries = report.weapons.filter((w) => w.kind === kind);
    return entries.length ? [{ kind, now: summarizeTally(sumTallies(entries)), before: null }] : [];
  });
  return { data: current, current, previous: null, now: summarizeTally(sumTallies(report.weapons)), before: null, kinds };
}
