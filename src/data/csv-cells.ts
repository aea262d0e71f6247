import { CALENDAR_DAY, isCalendarDate } from './calendar.js';
import type { Cells } from './csv-rows.js';
import type { Separator } from './types.js';

// Cells read, in slot order; the first four are required. Other columns are skipped without being sliced.
export const COLUMNS = [
  'time_start',
  'time_end',
  'model',
  'launched',
  'destroyed',
  'not_reach_goal',
  'still_attacking',
  'source',
] as const;
export const REQUIRED = 4;
// Slot numbers, in the order of COLUMNS.
export const [START, END, MODEL, LAUNCHED, DOWNED, JAMMED, STILL_ATTACKING, SOURCE] = COLUMNS.keys();

// The row pattern, cell by cell. A read cell ends with a group for the cell as written, which is all
// RowReader.next fills in; the pattern fills in, instead, a group for the dataset's usual form where the cell
// has it, so that most rows need no parsing in script: a count `12` or `90.0` (its digits), a date
// `2024-11-13` or `2024-11-13 19:00` that is on the calendar and has a valid time.
function cellPatterns(separator: string) {
  const plain = `[^"${separator}\\r\\n]*`;
  const text = { source: `(${plain})`, groups: 1 };
  const count = { source: `(?:(\\d{1,15})(?:\\.0*)?|(${plain}))`, groups: 2 };
  const date = { source: `(?:(${CALENDAR_DAY}(?: (?:[01]\\d|2[0-3]):[0-5]\\d)?)|(${plain}))`, groups: 2 };
  return { skipped: `(?:${plain}|"[^"\\n]*")`, cells: [date, date, text, count, count, count, count, text] };
}
const SEPARATOR_SOURCES: Record<Separator, string> = { ',': ',', ';': ';', '\t': '\\t' };
export const CELL_PATTERNS = cellPatterns(',').cells;

/**
 * A sticky pattern for an ordinary row: the header's number of cells, the read ones unquoted, the others
 * unquoted or quoted without doubled quotes or line breaks. RowReader.next reads other rows the same way.
 * A slot's groups start at `groups[slot]`; `columns` says where next() is to put the cells as written.
 */
export function rowPattern(slots: Int16Array, separator: Separator = ','): { pattern: RegExp; groups: number[]; columns: Int16Array } {
  const sep = SEPARATOR_SOURCES[separator];
  const { skipped, cells } = cellPatterns(sep);
  const groups: number[] = [];
  const columns = new Int16Array(slots.length).fill(-1);
  let group = 1;
  // Columns the file does not have come first, in a part matched no times: their groups stay undefined.
  let absent = '';
  cells.forEach((cell, slot) => {
    if (slots.includes(slot)) return;
    groups[slot] = group;
    group += cell.groups;
    absent += cell.source;
  });
  // The required columns make at least three separators, so a blank line, which next() skips, never matches.
  let source = absent && `(?:${absent}){0}`;
  for (let column = 0; column < slots.length; ) {
    const before = column > 0 ? sep : '';
    const slot = slots[column];
    if (slot >= 0) {
      groups[slot] = group;
      group += cells[slot].groups;
      columns[column] = group - 1;
      source += before + cells[slot].source;
      column++;
      continue;
    }
    // A run of skipped columns as one repeat, so that the pattern stays short however wide the file.
    let run = 1;
    while (column + run < slots.length && slots[column + run] < 0) run++;
    source += run === 1 ? before + skipped : `${before}${skipped}(?:${sep}${skipped}){${run - 1}}`;
    column += run;
  }
  return { pattern: new RegExp(`${source}(?:\\r?\\n|$)`, 'y'), groups, columns };
}

/** A whole count ≥ 0 (`90.0` is 90); undefined for an empty cell, null for an unreadable one. */
export function readCount(cells: Cells, group: number): number | null | undefined {
  const digits = cells[group];
  if (digits !== undefined) return +digits;
  const cell = cells[group + 1];
  return cell ? readOtherCount(cell) : undefined;
}

/** A count not written in the dataset's usual form; apart, so that the usual path stays small. */
function readOtherCount(cell: string): number | null | undefined {
  const trimmed = cell.trim();
  if (trimmed === '') return undefined;
  const number = /^(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(trimmed) ? Number(trimmed) : NaN;
  return Number.isSafeInteger(number) ? number : null;
}

const DAY_FIRST = /^\d{1,2}[./-]\d{1,2}[./-]\d{4}(?:[ T,]+\d{1,2}:\d{2}(?::\d{2})?)?$/;

const isTime = (hour: number, minute: number): boolean => hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59;

/**
 * A date cell (`2024-11-13`, `2024-11-13 19:00`, `2023-05-16 3:30`, stray spaces) read into a report day and
 * a value. Reused across rows: the rows of one attack share its window, so the cell read last is often the
 * one read next, and its records then share its strings.
 */
export class TimeCell {
  /** `YYYY-MM-DD`; '' for an empty cell, null for an unreadable one. */
  day: string | null = '';
  /** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`; undefined unless the cell was read. */
  value: string | undefined;
  // The cell's groups last read: the cell in a usual form, or else as written.
  private usual: string | undefined;
  private cell: string | undefined = '';

  read(cells: Cells, group: number): void {
    const usual = cells[group];
    const cell = cells[group + 1];
    if (usual === this.usual && cell === this.cell) return;
    this.usual = usual;
    this.cell = cell;
    if (usual !== undefined) {
      const day = usual.length === 10 ? usual : usual.slice(0, 10);
      this.day = day;
      this.value = day === usual ? day : `${day}T${usual.slice(11)}`;
      return;
    }
    this.readLoose(this.written.trim());
  }

  /** The cell as written. */
  get written(): string {
    return this.usual ?? this.cell ?? '';
  }

  /** The cell is unreadable, and written day (or month) first, as `04.04.2026` or `04/04/2026 19:00`. */
  get dayFirst(): boolean {
    return this.day === null && DAY_FIRST.test(this.written.trim());
  }

  private readLoose(trimmed: string): void {
    const parts = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]+(\d{1,2}):(\d{2}))?$/.exec(trimmed);
    const day = parts && `${parts[1]}-${parts[2].padStart(2, '0')}-${parts[3].padStart(2, '0')}`;
    const hour = parts?.[4];
    this.value = undefined;
    if (!day || !isCalendarDate(day) || (hour !== undefined && !isTime(+hour, +parts![5]))) {
      this.day = trimmed === '' ? '' : null;
      return;
    }
    this.day = day;
    this.value = hour === undefined ? day : `${day}T${hour.padStart(2, '0')}:${parts![5]}`;
  }
}
