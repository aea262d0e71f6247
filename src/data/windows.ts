import { addDays, daysBetween, nextPeriodKey, periodKey, periodRange, type Period } from './calendar.js';
import type { AttackRecord } from './types.js';

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
  while (keys[keys.length - 1] !== last) keys.push(nextPeriodKey(keys[keys.length - 1], period));
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
    const days = daysBetween(current.start, current.end) + 1;
    previous = { start: addDays(current.start, -days), end: addDays(current.start, -1) };
  }
  return previous.start >= data.start && current.start >= data.start && current.end <= data.end ? previous : null;
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

/** A period the covered dates hold only part of: the days they hold (`start`–`end`), `days` of its `of` days. */
export interface PartialPeriod extends DateSpan {
  days: number;
  of: number;
}

/** The part of `period` inside `covered`; undefined when `covered` holds all of it. */
export function partOfPeriod(period: DateSpan, covered: DateSpan): PartialPeriod | undefined {
  const start = period.start > covered.start ? period.start : covered.start;
  const end = period.end < covered.end ? period.end : covered.end;
  if (start === period.start && end === period.end) return undefined;
  return { start, end, days: Math.max(0, daysBetween(start, end) + 1), of: daysBetween(period.start, period.end) + 1 };
}

/** The dates a view covers: the data's span cut to the range `from`–`to` (an empty end is open). */
export const coveredSpan = (data: DateSpan, from?: string, to?: string): DateSpan => ({
  start: from && from > data.start ? from : data.start,
  end: to && to < data.end ? to : data.end,
});
