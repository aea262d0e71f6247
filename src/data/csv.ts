import type { AttackRecord, DataWarning, DataWarningCode } from './types.js';
import { isDay } from './aggregate.js';
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
  next(out: (string | undefined)[], slots?: Int16Array): boolean {
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

/** The digit at `at` as a number, NaN if it is not one; straight-line so callers compile small. */
function digit(text: string, at: number): number {
  const value = text.charCodeAt(at) - 48;
  return value >= 0 && value <= 9 ? value : NaN;
}

/** A whole count ≥ 0 (`90.0` is 90); undefined for an empty cell, null for an unreadable one. */
function readCount(cell: string | undefined): number | null | undefined {
  if (cell === undefined || cell === '') return undefined;
  const length = cell.length;
  let value = 0;
  let at = 0;
  for (; at < length; at++) {
    const next = digit(cell, at);
    if (Number.isNaN(next)) break;
    value = value * 10 + next;
  }
  if (at > 0 && at < 16) {
    if (at === length) return value;
    if (cell.charCodeAt(at) === 46) {
      let zero = at + 1;
      while (zero < length && cell.charCodeAt(zero) === 48) zero++;
      if (zero === length) return value;
    }
  }
  const trimmed = cell.trim();
  if (trimmed === '') return undefined;
  const number = /^(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(trimmed) ? Number(trimmed) : NaN;
  return Number.isSafeInteger(number) ? number : null;
}

const twoDigits = (text: string, at: number): number => digit(text, at) * 10 + digit(text, at + 1);

const isTime = (hour: number, minute: number): boolean => hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59;

/**
 * A date cell (`2024-11-13`, `2024-11-13 19:00`, `2023-05-16 3:30`, stray spaces) read into a day and a time.
 * Reused across rows; the day is kept apart so the report date needs no string surgery on every row.
 */
class Moment {
  /** `YYYY-MM-DD`; '' for an empty cell, null for an unreadable one. */
  day: string | null = '';
  /** `HH:MM`, or '' when the cell has no time. */
  time = '';

  // Rows of one attack share its window, so the cell read last is often the one read next.
  private cell: string | undefined = '';
  private last: string | undefined;

  read(cell: string | undefined): void {
    if (cell === this.cell) return;
    this.cell = cell;
    this.last = undefined;
    this.time = '';
    if (cell === undefined || cell === '') {
      this.day = '';
      return;
    }
    // The two forms the dataset writes, checked by fixed positions; anything else is read loosely.
    const length = cell.length;
    if (
      (length === 10 || (length === 16 && cell.charCodeAt(10) === 32 && cell.charCodeAt(13) === 58)) &&
      cell.charCodeAt(4) === 45 &&
      cell.charCodeAt(7) === 45
    ) {
      const year = twoDigits(cell, 0) * 100 + twoDigits(cell, 2);
      if (
        !Number.isNaN(year) &&
        isDay(year, twoDigits(cell, 5), twoDigits(cell, 8)) &&
        (length === 10 || isTime(twoDigits(cell, 11), twoDigits(cell, 14)))
      ) {
        this.day = cell.slice(0, 10);
        if (length === 16) this.time = cell.slice(11);
        return;
      }
    }
    this.readLoose(cell);
  }

  private readLoose(cell: string): void {
    const trimmed = cell.trim();
    const parts = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]+(\d{1,2}):(\d{2}))?$/.exec(trimmed);
    const hour = parts?.[4];
    if (!parts || !isDay(+parts[1], +parts[2], +parts[3]) || (hour !== undefined && !isTime(+hour, +parts[5]))) {
      this.day = trimmed === '' ? '' : null;
      return;
    }
    this.day = `${parts[1]}-${parts[2].padStart(2, '0')}-${parts[3].padStart(2, '0')}`;
    if (hour !== undefined) this.time = `${hour.padStart(2, '0')}:${parts[5]}`;
  }

  /** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`; undefined unless the cell was read. */
  get value(): string | undefined {
    if (this.last === undefined && this.day) this.last = this.time ? `${this.day}T${this.time}` : this.day;
    return this.last;
  }
}

const COUNT_HINT = 'is not a whole number ≥ 0';
const DATE_HINT = 'is not a date like 2024-11-13 or 2024-11-13 19:00';

/**
 * Turns the cells of one row into a record, or warnings. A class of its own so the loop over rows stays small:
 * engines then optimise each part early and cheaply, which is most of the time of a single parse.
 */
class RecordMaker {
  /** The cells of the row being read, by slot. */
  readonly cells: (string | undefined)[] = COLUMNS.map(() => undefined);
  private readonly start = new Moment();
  private readonly end = new Moment();
  private readonly classes = new Map<string, Classification>();
  private readonly unknownModels = new Map<string, { row: number; rows: number }>();

  constructor(
    private readonly warnings: DataWarning[],
    private readonly options: AttacksCsvOptions,
  ) {}

  warn(row: number, code: DataWarningCode, message: string): void {
    this.warnings.push({ row, code, message: `line ${row}: ${message}` });
  }

  make(row: number): AttackRecord | undefined {
    const { cells, start, end } = this;
    start.read(cells[START]);
    end.read(cells[END]);
    const date = this.options.dateBy === 'start' ? start.day || end.day : end.day || start.day;
    if (!date) {
      const cellsRead = `time_start "${cells[START] ?? ''}" or time_end "${cells[END] ?? ''}"`;
      this.warn(row, 'missing-date', `no readable date in ${cellsRead}; row skipped`);
      return undefined;
    }
    if (start.day === null) this.unreadable(row, START, DATE_HINT);
    if (end.day === null) this.unreadable(row, END, DATE_HINT);

    const model = cells[MODEL]?.trim();
    if (!model) {
      this.warn(row, 'missing-model', 'model is empty; row skipped');
      return undefined;
    }
    const launched = readCount(cells[LAUNCHED]);
    if (launched === undefined) {
      this.warn(row, 'missing-launched', `launched is empty (${model}, ${date}); row skipped`);
      return undefined;
    }
    if (launched === null) {
      this.warn(row, 'unreadable-cell', `launched "${cells[LAUNCHED]}" ${COUNT_HINT} (${model}, ${date}); row skipped`);
      return undefined;
    }
    const downed = this.optionalCount(row, DOWNED);
    const jammed = this.optionalCount(row, JAMMED);
    const stillAttacking = this.optionalCount(row, STILL_ATTACKING);
    if ((downed ?? 0) + (jammed ?? 0) > launched) {
      const sum = `downed ${downed ?? 0} + jammed ${jammed ?? 0}`;
      this.warn(row, 'inconsistent', `${sum} exceeds launched ${launched} (${model}, ${date}); kept as reported`);
    }

    let weapon = this.classes.get(model);
    if (weapon === undefined) this.classes.set(model, (weapon = classifyModel(model, this.options.weapons)));
    if (!weapon.known) this.countUnknown(model, row);

    return {
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
    };
  }

  /** A count that may be unknown: an unreadable one is warned about and left unknown. */
  private optionalCount(row: number, slot: number): number | undefined {
    const value = readCount(this.cells[slot]);
    if (value !== null) return value;
    this.unreadable(row, slot, COUNT_HINT);
    return undefined;
  }

  private unreadable(row: number, slot: number, hint: string): void {
    this.warn(row, 'unreadable-cell', `${COLUMNS[slot]} "${this.cells[slot]}" ${hint}; read as unknown`);
  }

  private countUnknown(model: string, row: number): void {
    const seen = this.unknownModels.get(model);
    if (seen) seen.rows++;
    else this.unknownModels.set(model, { row, rows: 1 });
  }

  warnUnknownModels(): void {
    for (const [model, { row, rows }] of this.unknownModels) {
      const where = `on ${rows} ${rows === 1 ? 'row' : 'rows'}, the first here`;
      this.warn(row, 'unknown-model', `unknown weapon model "${model}" ${where}; counted as kind unknown`);
    }
  }
}

/**
 * Reads the public dataset's `missile_attacks_daily.csv` (or a newer version: columns are found by name).
 * Never throws on bad data: every row becomes a record or is named by a warning, and rows with something odd
 * (inconsistent counts, an unknown model, an unreadable count, a wrong number of cells) are kept and warned.
 */
export function parseAttacksCsv(text: string, options: AttacksCsvOptions = {}): AttacksCsv {
  const records: AttackRecord[] = [];
  const warnings: DataWarning[] = [];
  const maker = new RecordMaker(warnings, options);

  const reader = new RowReader(text);
  const header: (string | undefined)[] = [];
  if (!reader.next(header)) {
    const expected = COLUMNS.slice(0, REQUIRED).join(', ');
    warnings.push({ code: 'missing-column', message: `no header row; expected columns ${expected}` });
    return { records, warnings };
  }
  const width = reader.cells;
  const slots = new Int16Array(width).fill(-1);
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
    maker.warn(reader.line, 'missing-column', `the header has no column ${missing.join(', ')}; no rows read`);
    return { records, warnings };
  }

  const { cells } = maker;
  while (reader.next(cells, slots)) {
    const row = reader.line;
    if (reader.unclosedQuote >= 0) {
      const column = header[reader.unclosedQuote] ?? reader.unclosedQuote + 1;
      const problem = `the quote opening column ${column} never closes`;
      maker.warn(row, 'unreadable-cell', `${problem}; read to the end of the line`);
    }
    if (reader.cells !== width) {
      for (let column = reader.cells; column < width; column++) {
        if (slots[column] >= 0) cells[slots[column]] = undefined;
      }
      const outcome = reader.cells < width ? 'missing cells read as empty' : 'extra cells ignored';
      maker.warn(row, 'ragged-row', `${reader.cells} cells where the header has ${width}; ${outcome}`);
    }
    const record = maker.make(row);
    if (record) records.push(record);
  }
  maker.warnUnknownModels();
  return { records, warnings };
}
