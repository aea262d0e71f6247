import { WEAPON_KINDS, type AttackRecord, type StrikeReport, type WeaponEntry } from './types.js';

export type Period = 'day' | 'week' | 'month' | 'year';
export type Grouping = 'kind' | 'category' | 'model';

export interface AggregateOptions {
  period: Period;
  /** One weapon entry per kind (default), per kind and category, or per model. */
  by?: Grouping;
}

const PERIODS: readonly Period[] = ['day', 'week', 'month', 'year'];
const GROUPINGS: readonly Grouping[] = ['kind', 'category', 'model'];
const DAY = 86_400_000;

// Date.UTC reads years 0-99 as 1900-1999, but a date such as 0050-03-01 (a typo, yet a valid date) must stay itself.
const utc = (year: number, month: number, day: number): number =>
  year >= 100 ? Date.UTC(year, month, day) : new Date(0).setUTCFullYear(year, month, day);
const isoDate = (time: number): string => new Date(time).toISOString().slice(0, 10);
// 1970-01-01 was a Thursday (ISO weekday 4).
const isoWeekday = (time: number): number => ((((time / DAY + 3) % 7) + 7) % 7) + 1;

/** Days in a month (1-12), for the last day of a month's period. */
const daysInMonth = (year: number, month: number): number =>
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

/** Monday of ISO week 1: the week with the year's first Thursday, so it may start in December. */
function firstIsoMonday(year: number): number {
  const january4 = utc(year, 0, 4);
  return january4 - (isoWeekday(january4) - 1) * DAY;
}

/** The period a `YYYY-MM-DD` date falls in: `2025-01-13` (day), `2025-W03` (ISO week), `2025-01`, `2025`. */
export function periodKey(date: string, period: Period): string {
  if (!isCalendarDate(date)) throw new RangeError(`invalid date: ${date}`);
  switch (period) {
    case 'day':
      return date;
    case 'week': {
      // An ISO week belongs to the year of its Thursday.
      const time = timeOf(date);
      const thursday = time + (4 - isoWeekday(time)) * DAY;
      let year = +date.slice(0, 4);
      if (thursday < utc(year, 0, 1)) year--;
      else if (thursday >= utc(year + 1, 0, 1)) year++;
      const week = 1 + Math.floor((time - firstIsoMonday(year)) / (7 * DAY));
      return `${String(year).padStart(4, '0')}-W${week < 10 ? '0' : ''}${week}`;
    }
    case 'month':
      return date.slice(0, 7);
    case 'year':
      return date.slice(0, 4);
    default:
      throw new RangeError(`invalid period: ${period as string}`);
  }
}

/** First and last day of a key that periodKey made for `period`, read without checking its form. */
function rangeOf(key: string, period: Period): { start: string; end: string } {
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

const order = (entry: WeaponEntry): number => WEAPON_KINDS.indexOf(entry.kind);
const name = (entry: WeaponEntry): string => entry.label ?? entry.category ?? '';

function newEntry(record: AttackRecord, by: Grouping): WeaponEntry {
  const { kind, category, model } = record;
  if (by === 'kind') return { kind, launched: 0, downed: 0 };
  if (by === 'category') return { kind, category, launched: 0, downed: 0 };
  return { kind, label: model, category, model, launched: 0, downed: 0 };
}

/**
 * Sums records by report date into one report per period, sorted by date, with one weapon entry per group
 * (missiles, drones, bombs, then unknown kinds; then by label or category). Only known counts are summed, so
 * an entry's `jammed` is absent only when no record in it reported one. A record without a finite `launched`
 * cannot be summed and is left out whole (parseAttacksCsv never makes one: it warns and skips the row).
 */
export function aggregate(records: readonly AttackRecord[], { period, by = 'kind' }: AggregateOptions): StrikeReport[] {
  if (!PERIODS.includes(period)) throw new RangeError(`invalid period: ${period as string}`);
  if (!GROUPINGS.includes(by)) throw new RangeError(`invalid grouping: ${by as string}`);
  const periods = new Map<string, Map<string, WeaponEntry>>();
  let lastDate: string | undefined;
  let groups: Map<string, WeaponEntry> | undefined;
  // A loop of plain reads, with what it calls looked up once: a single aggregation runs mostly before the
  // engine optimises it, where each property read costs.
  const finite = Number.isFinite;
  for (let i = 0, count = records.length; i < count; i++) {
    const record = records[i];
    const { date, launched, downed, jammed } = record;
    if (!finite(launched)) continue;
    // Records mostly come in date order: look the period up once per run of equal dates.
    if (date !== lastDate || groups === undefined) {
      lastDate = date;
      const key = periodKey(date, period);
      groups = periods.get(key);
      if (groups === undefined) periods.set(key, (groups = new Map()));
    }
    const group = by === 'kind' ? record.kind : by === 'category' ? `${record.kind} ${record.category}` : record.model;
    let entry = groups.get(group);
    if (entry === undefined) groups.set(group, (entry = newEntry(record, by)));
    entry.launched += launched;
    if (downed !== undefined) entry.downed += downed;
    if (jammed !== undefined) entry.jammed = (entry.jammed ?? 0) + jammed;
  }
  // Keys sort as dates do; their ranges are read knowing their period.
  return [...periods.keys()].sort().map((key): StrikeReport => {
    const { start, end } = rangeOf(key, period);
    const weapons = [...periods.get(key)!.values()].sort(
      (a, b) => order(a) - order(b) || (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0),
    );
    return { period: key, date: start, end, weapons };
  });
}
