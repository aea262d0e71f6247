// A range of report dates as a page or a reader wrote it (`from`, `to`): what keeps it from being used.
import { daysInMonth, isCalendarDate } from './calendar.js';
import type { InputIssue } from './types.js';
import type { DateSpan } from './windows.js';

export type RangeEnd = 'from' | 'to';

/** A range as written; an absent end is open (the data's first or last day). */
export interface DateRange {
  from?: string;
  to?: string;
}

/** What keeps a range from being used, found at one of its ends. */
export type RangeProblem =
  /** Not a day on the calendar (`2026-04-31`, `2025-02-29`, `1 May`); no value when a date input holds no whole day. */
  | { end: RangeEnd; reason: 'no-such-day'; value?: string }
  /** The end before the start (`other`), or the start after the end (`other`). */
  | { end: 'to'; reason: 'end-before-start'; value: string; other: string }
  | { end: 'from'; reason: 'start-after-end'; value: string; other: string }
  /** A typed date outside the dates that may be typed (`dateBounds`). */
  | { end: RangeEnd; reason: 'outside'; value: string; bounds: DateSpan };

export interface RangeCheck {
  /** The end the reader changed: a range the wrong way round is blamed there (else on `to`, as for attributes). */
  changed?: RangeEnd;
  /** Dates a typed end must lie within: one typed digit by digit passes through years such as 0002. */
  within?: DateSpan;
}

/**
 * Every problem of a range: an end that is no day on the calendar, then (both ends being days) a range the
 * wrong way round, then an end outside `within`. None for a range that can be used, open ends included.
 */
export function rangeProblems(range: DateRange, o: RangeCheck = {}): RangeProblem[] {
  const { from, to } = range;
  const problems: RangeProblem[] = [];
  for (const end of ['from', 'to'] as const) {
    const value = range[end];
    if (value && !isCalendarDate(value)) problems.push({ end, reason: 'no-such-day', value });
  }
  if (problems.length) return problems;
  if (from && to && from > to) {
    return [o.changed === 'from' ? { end: 'from', reason: 'start-after-end', value: from, other: to } : { end: 'to', reason: 'end-before-start', value: to, other: from }];
  }
  const within = o.within;
  if (!within) return problems;
  for (const end of ['from', 'to'] as const) {
    const value = range[end];
    if (value && (value < within.start || value > within.end)) problems.push({ end, reason: 'outside', value, bounds: within });
  }
  return problems;
}

/** The dates a reader may type: the data's first to last, widened to the ends in use (a page may ask for more). */
export function dateBounds(data: DateSpan, inUse: DateRange): DateSpan {
  const { from, to } = inUse;
  return {
    start: from && isCalendarDate(from) && from < data.start ? from : data.start,
    end: to && isCalendarDate(to) && to > data.end ? to : data.end,
  };
}

/** What a day written `value` was expected to be: its month's length when only the day is past it. */
function expectedDay(value: string): string {
  const [, year, month] = /^(\d{4})-(0[1-9]|1[0-2])-\d{2}$/.exec(value) ?? [];
  return year ? `a day on the calendar (${year}-${month} has ${daysInMonth(+year, +month)} days)` : 'a date written YYYY-MM-DD';
}

/** A problem as an issue of the attribute it was found in: `from: expected a day on the calendar (2026-04 has 30 days), got "2026-04-31"`. */
export function rangeIssue(p: RangeProblem): InputIssue {
  const expected = (what: string) => ({ path: p.end, message: `${p.end}: expected ${what}, got ${JSON.stringify(p.value ?? '')}` });
  switch (p.reason) {
    case 'no-such-day':
      return expected(p.value === undefined ? 'a whole day' : expectedDay(p.value));
    case 'end-before-start':
      return expected(`a date on or after from (${p.other})`);
    case 'start-after-end':
      return expected(`a date on or before to (${p.other})`);
    default:
      return expected(`a date from ${p.bounds.start} to ${p.bounds.end}`);
  }
}
