import { periodRange } from './calendar.js';
import type { DateSpan } from './windows.js';

export interface ViewOptions {
  /** First day of the reader's range; the data's first when empty. */
  from?: string;
  /** Last day of the reader's range; the data's last when empty. */
  to?: string;
  /** Key of the period the reader picked (`2024-11`, `2024-W46`, `2024-11-13`). */
  selected?: string;
}

/** What a view of the data shows: the picked period cut to the reader's range, else the range itself. */
export interface ViewScope {
  scope: DateSpan;
  /** The scope is the whole picked period (none of it was cut off by the range). */
  wholePeriod: boolean;
}

/**
 * The dates a view shows within the data's first and last day `data`: the picked period cut to the range (a
 * week may start before `from`), all of it when it lies outside the range; else the range.
 */
export function viewScope(data: DateSpan, o: ViewOptions): ViewScope {
  const range = { start: o.from || data.start, end: o.to || data.end };
  if (!o.selected) return { scope: range, wholePeriod: false };
  const picked = periodRange(o.selected);
  if (picked.end < range.start || picked.start > range.end) return { scope: picked, wholePeriod: true };
  const scope = { start: picked.start > range.start ? picked.start : range.start, end: picked.end < range.end ? picked.end : range.end };
  return { scope, wholePeriod: scope.start === picked.start && scope.end === picked.end };
}

/** Whether the period of `key` shares a day with the range `from`–`to` (an empty end is open). */
export function periodMeetsRange(key: string, from: string | undefined, to: string | undefined): boolean {
  const { start, end } = periodRange(key);
  return end >= (from ?? '') && start <= (to ?? '9999');
}
