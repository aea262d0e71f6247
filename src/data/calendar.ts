// Days on the calendar (`YYYY-MM-DD`, UTC), the periods they fall in and the keys that name those periods.

export type Period = 'day' | 'week' | 'month' | 'year';

export const PERIODS: readonly Period[] = ['day', 'week', 'month', 'year'];

const DAY = 86_400_000;

// Date.UTC reads years 0-99 as 1900-1999, but a date such as 0050-03-01 (a typo, yet a valid date) must stay itself.
const utc = (year: number, month: number, day: number): number =>
  year >= 100 ? Date.UTC(year, month, day) : new Date(0).setUTCFullYear(year, month, day);
const isoDate = (time: number): string => new Date(time).toISOString().slice(0, 10);
// 1970-01-01 was a Thursday (ISO weekday 4).
const isoWeekday = (time: number): number => ((((time / DAY + 3) % 7) + 7) % 7) + 1;

/** Days in a month (1-12) of a year: the last day of a month's period. */
export const daysInMonth = (year: number, month: number): number =>
  month === 2
    ? 28 + Number(year % 4 === 0) - Number(year % 100 === 0) + Number(year % 400 === 0)
    : 30 + ((month + (month >> 3)) & 1);

// A day on the calendar, written YYYY-MM-DD: months of 31, 30 and 28 days, and 29 February in leap years (by
// the 4, 100 and 400 rules). A pattern, so that parseAttacksCsv's row pattern checks its dates as it matches.
const LEAP_YEAR = '(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)';
export const CALENDAR_DAY = `(?:\\d{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1\\d|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|${LEAP_YEAR}-02-29)`;
const ON_CALENDAR = new RegExp(`^${CALENDAR_DAY}$`);

/** True for a `YYYY-MM-DD` date on the calendar (not `2025-02-30`). */
export const isCalendarDate = (date: string): boolean => ON_CALENDAR.test(date);

/** Midnight UTC of a `YYYY-MM-DD` date, in ms; NaN for anything else, such as `2025-02-30`. */
function timeOf(date: string): number {
  return isCalendarDate(date) ? utc(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) : NaN;
}

/** The day `days` after `date` (before it, when negative); both `YYYY-MM-DD`. */
export const addDays = (date: string, days: number): string => isoDate(timeOf(date) + days * DAY);

/** How many days `end` is after `start` (0 for the same day). */
export const daysBetween = (start: string, end: string): number => Math.round((timeOf(end) - timeOf(start)) / DAY);

/** Monday of ISO week 1: the week with the year's first Thursday, so it may start in December. */
function firstIsoMonday(year: number): number {
  const january4 = utc(year, 0, 4);
  return january4 - (isoWeekday(january4) - 1) * DAY;
}

/** The ISO week key (`2025-W03`) of a calendar date: the week belongs to the year of its Thursday. */
function isoWeekKey(date: string): string {
  const time = timeOf(date);
  const thursday = time + (4 - isoWeekday(time)) * DAY;
  let year = +date.slice(0, 4);
  if (thursday < utc(year, 0, 1)) year--;
  else if (thursday >= utc(year + 1, 0, 1)) year++;
  const week = 1 + Math.floor((time - firstIsoMonday(year)) / (7 * DAY));
  return `${String(year).padStart(4, '0')}-W${week < 10 ? '0' : ''}${week}`;
}

/** The period a `YYYY-MM-DD` date falls in: `2025-01-13` (day), `2025-W03` (ISO week), `2025-01`, `2025`. */
export function periodKey(date: string, period: Period): string {
  if (!isCalendarDate(date)) throw new RangeError(`invalid date: ${date}`);
  switch (period) {
    case 'day':
      return date;
    case 'week':
      return isoWeekKey(date);
    case 'month':
      return date.slice(0, 7);
    case 'year':
      return date.slice(0, 4);
    default:
      throw new RangeError(`invalid period: ${period as string}`);
  }
}

/** First and last day of a key that periodKey made for `period`, read without checking its form. */
export function rangeOf(key: string, period: Period): { start: string; end: string } {
  const year = +key.slice(0, 4);
  switch (period) {
    case 'day':
      return { start: key, end: key };
    case 'week': {
      const start = firstIsoMonday(year) + (+key.slice(6) - 1) * 7 * DAY;
      return { start: isoDate(start), end: isoDate(start + 6 * DAY) };
    }
    case 'month':
      return { start: `${key}-01`, end: `${key}-${daysInMonth(year, +key.slice(5))}` };
    default:
      return { start: `${key}-01-01`, end: `${key}-12-31` };
  }
}

/** First and last day (`YYYY-MM-DD`) of a period key made by `periodKey`. */
export function periodRange(key: string): { start: string; end: string } {
  const [, year, month, day, week] = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2}))?$/.exec(key) ?? [];
  const invalid = (): never => {
    throw new RangeError(`invalid period key: ${key}`);
  };
  if (year === undefined) return invalid();
  if (week !== undefined) {
    if (+week < 1 || firstIsoMonday(+year) + (+week - 1) * 7 * DAY >= firstIsoMonday(+year + 1)) invalid();
    return rangeOf(key, 'week');
  }
  if (day !== undefined) return isCalendarDate(key) ? rangeOf(key, 'day') : invalid();
  if (month !== undefined) return isCalendarDate(`${key}-01`) ? rangeOf(key, 'month') : invalid();
  return rangeOf(key, 'year');
}

/** The key of the period right after `key`'s (of the same `period`). */
export const nextPeriodKey = (key: string, period: Period): string => periodKey(addDays(periodRange(key).end, 1), period);
