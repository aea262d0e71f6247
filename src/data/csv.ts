import type { AttackRecord, DataWarning, DataWarningCode } from './types.js';
import { classifyModel, type Classification, type WeaponTable } from './weapons.js';

export interface AttacksCsvOptions {
  /** Which end of the attack window dates a report: `end` (default), as news reports do, or `start`. */
  dateBy?: 'end' | 'start';
  /** Weapon classes that take precedence over the built-in ones. */
  weapons?: WeaponTable;
}

export interface AttacksCsv {
  records: AttackRecord[];
  /** Every row that gave no record is named here, as are kept rows with something odd about them. */
  warnings: DataWarning[];
}

// Cells read, in slot order; the first four are required. Other columns are skipped without being sliced.
const COLUMNS = [
  'time_start',
  'time_end',
  'model',
  'launched',
  'destroyed',
  'not_reach_goal',
  'still_attacking',
  'source',
] as const;
const REQUIRED = 4;
// Slot numbers, in the order of COLUMNS.
const [START, END, MODEL, LAUNCHED, DOWNED, JAMMED, STILL_ATTACKING, SOURCE] = COLUMNS.keys();

const CR = 13;
const QUOTE = 34;
const COMMA = 44;

/** Reads RFC 4180 rows, jumping between delimiters with indexOf and slicing only the cells asked for. */
class RowReader {
  /** Line number of the row last read. */
  line = 0;
  /** Cells in the row last read. */
  cells = 0;
  /** Column whose opening quote never closes in the row last read, or -1. */
  unclosedQuote = -1;
  private pos: number;
  private nextLine = 1;

  constructor(private readonly text: string) {
    this.pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  }

  /**
   * Reads the next non-blank row, putting cell `i` in `out[slots[i]]` (`out[i]` without slots) and skipping
   * cells whose slot is negative or beyond `slots`. Returns false at the end of the text.
   */
  next(out: (string | undefined)[], slots?: Int8Array): boolean {
    const text = this.text;
    const length = text.length;
    let pos = this.pos;
    let eol: number;
    let stop: number; // eol, or the CR before it
    for (;;) {
      if (pos >= length) return false;
      eol = text.indexOf('\n', pos);
      if (eol === -1) eol = length;
      stop = eol > pos && text.charCodeAt(eol - 1) === CR ? eol - 1 : eol;
      if (stop > pos) break;
      pos = eol + 1;
      this.nextLine++;
    }
    this.line = this.nextLine;
    this.unclosedQuote = -1;
    let column = 0;
    for (;;) {
      const slot = slots === undefined ? column : column < slots.length ? slots[column] : -1;
      let end: number;
      const first = text.charCodeAt(pos);
      if (first === COMMA) {
        // Most cells in the dataset are empty: no need to search for their end.
        end = pos;
        if (slot >= 0) out[slot] = '';
      } else if (first === QUOTE) {
        let close = text.indexOf('"', pos + 1);
        let doubled = false;
        while (close !== -1 && text.charCodeAt(close + 1) === QUOTE) {
          doubled = true;
          close = text.indexOf('"', close + 2);
        }
        if (close === -1) {
          // Reading to the end of the text would swallow every later row; keep the damage to this line.
          this.unclosedQuote = column;
          if (slot >= 0) out[slot] = text.slice(pos, stop);
          column++;
          break;
        }
        if (close > eol) {
          for (let at = eol; at !== -1 && at < close; at = text.indexOf('\n', at + 1)) this.nextLine++;
          eol = text.indexOf('\n', close);
          if (eol === -1) eol = length;
          stop = text.charCodeAt(eol - 1) === CR ? eol - 1 : eol;
        }
        end = close + 1;
        if (end < stop && text.charCodeAt(end) !== COMMA) {
          // Text after the closing quote is kept, as spreadsheet programs do.
          end = text.indexOf(',', end);
          if (end === -1 || end > stop) end = stop;
        }
        if (slot >= 0) {
          const inner = text.slice(pos + 1, close);
          out[slot] = (doubled ? inner.replaceAll('""', '"') : inner) + text.slice(close + 1, end);
        }
      } else {
        end = text.indexOf(',', pos);
        if (end === -1 || end > stop) end = stop;
        if (slot >= 0) out[slot] = text.slice(pos, end);
      }
      column++;
      if (end >= stop) break;
      pos = end + 1;
    }
    this.cells = column;
    this.pos = eol + 1;
    this.nextLine++;
    return true;
  }
}

/** A whole count ≥ 0 (`90.0` is 90); undefined for an empty cell, null for an unreadable one. */
function readCount(cell: string | undefined): number | null | undefined {
  if (cell === undefined || cell === '') return undefined;
  const length = cell.length;
  let value = 0;
  let at = 0;
  for (let c = cell.charCodeAt(0); c >= 48 && c <= 57; c = cell.charCodeAt(++at)) value = value * 10 + c - 48;
  if (at > 0 && at < 16) {
    if (at === length) return value;
    if (cell.charCodeAt(at) === 46) {
      let zero = at + 1;
      while (cell.charCodeAt(zero) === 48) zero++;
      if (zero === length) return value;
    }
  }
  const trimmed = cell.trim();
  if (trimmed === '') return undefined;
  const number = /^(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(trimmed) ? Number(trimmed) : NaN;
  return Number.isSafeInteger(number) ? number : null;
}

/** Value of `length` decimal digits at `at`, or -1 if any is not a digit. */
function digits(text: string, at: number, length: number): number {
  let value = 0;
  for (let end = at + length; at < end; at++) {
    const d = text.charCodeAt(at) - 48;
    if (!(d >= 0 && d <= 9)) return -1;
    value = value * 10 + d;
  }
  return value;
}

const isDay = (year: number, month: number, day: number): boolean =>
  month >= 1 &&
  month <= 12 &&
  day >= 1 &&
  day <= (month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : 30 + ((month + (month >> 3)) & 1));

const pad2 = (n: number): string => (n < 10 ? '0' : '') + n;

/**
 * A date cell (`2024-11-13`, `2024-11-13 19:00`, `2023-05-16 3:30`, stray spaces) read into a day and a time.
 * Reused across rows; the day is kept apart so the report date needs no string surgery on every row.
 */
class Moment {
  /** `YYYY-MM-DD`; '' for an empty cell, null for an unreadable one. */
  day: string | null = '';
  /** `HH:MM`, or '' when the cell has no time. */
  time = '';

  read(cell: string | undefined): void {
    this.time = '';
    if (cell === undefined || cell === '') {
      this.day = '';
      return;
    }
    const length = cell.length;
    if (
      (length === 10 || (length === 16 && cell.charCodeAt(10) === 32 && cell.charCodeAt(13) === 58)) &&
      cell.charCodeAt(4) === 45 &&
      cell.charCodeAt(7) === 45
    ) {
      this.day = isDay(digits(cell, 0, 4), digits(cell, 5, 2), digits(cell, 8, 2)) ? cell.slice(0, 10) : null;
      if (length === 16 && this.day !== null) this.setTime(digits(cell, 11, 2), digits(cell, 14, 2));
      return;
    }
    const trimmed = cell.trim();
    const parts = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]+(\d{1,2}):(\d{2}))?$/.exec(trimmed);
    if (!parts) {
      this.day = trimmed === '' ? '' : null;
      return;
    }
    const [, year, month, day, hour, minute] = parts.map(Number);
    this.day = isDay(year, month, day) ? `${year}-${pad2(month)}-${pad2(day)}` : null;
    if (parts[4] !== undefined && this.day !== null) this.setTime(hour, minute);
  }

  private setTime(hour: number, minute: number): void {
    if (hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59) this.time = `${pad2(hour)}:${pad2(minute)}`;
    else this.day = null;
  }

  /** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`; undefined unless the cell was read. */
  get value(): string | undefined {
    return this.day ? (this.time ? `${this.day}T${this.time}` : this.day) : undefined;
  }
}

const COUNT_HINT = 'is not a whole number ≥ 0';
const DATE_HINT = 'is not a date like 2024-11-13 or 2024-11-13 19:00';

/**
 * Reads the public dataset's `missile_attacks_daily.csv` (or a newer version: columns are found by name).
 * Never throws on bad data: every row becomes a record or is named by a warning, and rows with something odd
 * (inconsistent counts, an unknown model, an unreadable count, a wrong number of cells) are kept and warned.
 */
export function parseAttacksCsv(text: string, options: AttacksCsvOptions = {}): AttacksCsv {
  const byStart = options.dateBy === 'start';
  const records: AttackRecord[] = [];
  const warnings: DataWarning[] = [];
  const warn = (row: number, code: DataWarningCode, message: string): void => {
    warnings.push({ row, code, message: `line ${row}: ${message}` });
  };

  const reader = new RowReader(text);
  const header: (string | undefined)[] = [];
  if (!reader.next(header)) {
    warnings.push({ code: 'missing-column', message: `no header row; expected columns ${COLUMNS.slice(0, REQUIRED).join(', ')}` });
    return { records, warnings };
  }
  const width = reader.cells;
  const slots = new Int8Array(width).fill(-1);
  const found = new Set<number>();
  header.forEach((name, column) => {
    const slot = COLUMNS.indexOf(name!.trim().toLowerCase() as (typeof COLUMNS)[number]);
    if (slot >= 0 && !found.has(slot)) {
      slots[column] = slot;
      found.add(slot);
    }
  });
  const missing = COLUMNS.slice(0, REQUIRED).filter((_, slot) => !found.has(slot));
  if (missing.length > 0) {
    warn(reader.line, 'missing-column', `the header has no column ${missing.join(', ')}; no rows read`);
    return { records, warnings };
  }

  const classes = new Map<string, Classification>();
  const unknownModels = new Map<string, { row: number; rows: number }>();
  const cells: (string | undefined)[] = new Array(COLUMNS.length);
  const start = new Moment();
  const end = new Moment();
  const readOptionalCount = (row: number, slot: number): number | undefined => {
    const value = readCount(cells[slot]);
    if (value !== null) return value;
    warn(row, 'unreadable-cell', `${COLUMNS[slot]} "${cells[slot]}" ${COUNT_HINT}; read as unknown`);
    return undefined;
  };

  while (reader.next(cells, slots)) {
    const row = reader.line;
    for (let column = reader.cells; column < width; column++) if (slots[column] >= 0) cells[slots[column]] = undefined;
    if (reader.unclosedQuote >= 0) {
      warn(row, 'unreadable-cell', `the quote opening column ${header[reader.unclosedQuote]} never closes; read to the end of the line`);
    }
    if (reader.cells !== width) {
      warn(row, 'ragged-row', `${reader.cells} cells where the header has ${width}; ${reader.cells < width ? 'missing cells read as empty' : 'extra cells ignored'}`);
    }

    start.read(cells[START]);
    end.read(cells[END]);
    const date = byStart ? start.day || end.day : end.day || start.day;
    if (!date) {
      warn(row, 'missing-date', `no readable date in time_start "${cells[START] ?? ''}" or time_end "${cells[END] ?? ''}"; row skipped`);
      continue;
    }
    if (start.day === null) warn(row, 'unreadable-cell', `time_start "${cells[START]}" ${DATE_HINT}; read as unknown`);
    if (end.day === null) warn(row, 'unreadable-cell', `time_end "${cells[END]}" ${DATE_HINT}; read as unknown`);

    const model = cells[MODEL]?.trim();
    if (!model) {
      warn(row, 'missing-model', 'model is empty; row skipped');
      continue;
    }
    const launched = readCount(cells[LAUNCHED]);
    if (launched === undefined) {
      warn(row, 'missing-launched', `launched is empty (${model}, ${date}); row skipped`);
      continue;
    }
    if (launched === null) {
      warn(row, 'unreadable-cell', `launched "${cells[LAUNCHED]}" ${COUNT_HINT} (${model}, ${date}); row skipped`);
      continue;
    }
    const downed = readOptionalCount(row, DOWNED);
    const jammed = readOptionalCount(row, JAMMED);
    const stillAttacking = readOptionalCount(row, STILL_ATTACKING);
    if ((downed ?? 0) + (jammed ?? 0) > launched) {
      warn(row, 'inconsistent', `downed ${downed ?? 0} + jammed ${jammed ?? 0} exceeds launched ${launched} (${model}, ${date}); kept as reported`);
    }

    let weapon = classes.get(model);
    if (weapon === undefined) classes.set(model, (weapon = classifyModel(model, options.weapons)));
    if (!weapon.known) {
      const seen = unknownModels.get(model);
      if (seen) seen.rows++;
      else unknownModels.set(model, { row, rows: 1 });
    }

    records.push({
      row,
      date,
      start: start.value,
      end: end.value,
      model,
      kind: weapon.kind,
      category: weapon.category,
      launched,
      downed,
      jammed,
      stillAttacking,
      source: cells[SOURCE]?.trim() || undefined,
    });
  }

  for (const [model, { row, rows }] of unknownModels) {
    warn(row, 'unknown-model', `unknown weapon model "${model}" on ${rows} ${rows === 1 ? 'row' : 'rows'}, the first here; counted as kind unknown`);
  }
  return { records, warnings };
}
