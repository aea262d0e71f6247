import type { AttackRecord, DataWarning, DataWarningCode } from './types.js';
import { CALENDAR_DAY, isCalendarDate } from './aggregate.js';
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

/** A row's cells by group (see rowPattern): a match of the row pattern, or what RowReader.next read. */
type Cells = ArrayLike<string | undefined>;

/** Reads RFC 4180 rows: whole with a pattern where it can, else jumping between delimiters with indexOf. */
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
   * Reads the next non-blank row; null at the end of the text. A row that `pattern` (sticky) matches whole
   * gives the match. Any other is read cell by cell into `out`, which it gives: cell `i` in `out[slots[i]]`
   * (`out[i]` without slots), cells whose slot is negative or beyond `slots` skipped.
   */
  next(out: (string | undefined)[], slots?: Int16Array, pattern?: RegExp): Cells | null {
    if (pattern !== undefined) {
      pattern.lastIndex = this.pos;
      const match = pattern.exec(this.text);
      if (match !== null) {
        this.pos = pattern.lastIndex;
        this.line = this.nextLine++;
        return match;
      }
    }
    const text = this.text;
    const length = text.length;
    let pos = this.pos;
    let eol: number;
    let stop: number; // eol, or the CR before it
    for (;;) {
      if (pos >= length) return null;
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
    return out;
  }
}

// The row pattern, cell by cell. A read cell ends with a group for the cell as written, which is all
// RowReader.next fills in; the pattern fills in, instead, a group for the dataset's usual form where the cell
// has it, so that most rows need no parsing in script: a count `12` or `90.0` (its digits), a date
// `2024-11-13` or `2024-11-13 19:00` that is on the calendar and has a valid time.
const PLAIN = '[^",\\r\\n]*';
const SKIPPED = `(?:${PLAIN}|"[^"\\n]*")`;
const TEXT = { source: `(${PLAIN})`, groups: 1 };
const COUNT = { source: `(?:(\\d{1,15})(?:\\.0*)?|(${PLAIN}))`, groups: 2 };
const DATE = { source: `(?:(${CALENDAR_DAY}(?: (?:[01]\\d|2[0-3]):[0-5]\\d)?)|(${PLAIN}))`, groups: 2 };
const KINDS = [DATE, DATE, TEXT, COUNT, COUNT, COUNT, COUNT, TEXT];

/**
 * A sticky pattern for an ordinary row: the header's number of cells, the read ones unquoted, the others
 * unquoted or quoted without doubled quotes or line breaks. RowReader.next reads other rows the same way.
 * A slot's groups start at `groups[slot]`; `columns` says where next() is to put the cells as written.
 */
function rowPattern(slots: Int16Array): { pattern: RegExp; groups: number[]; columns: Int16Array } {
  const groups: number[] = [];
  const columns = new Int16Array(slots.length).fill(-1);
  let group = 1;
  // Columns the file does not have come first, in a part matched no times: their groups stay undefined.
  let absent = '';
  KINDS.forEach((kind, slot) => {
    if (slots.includes(slot)) return;
    groups[slot] = group;
    group += kind.groups;
    absent += kind.source;
  });
  // The required columns make at least three commas, so a blank line, which next() skips, never matches.
  let source = absent && `(?:${absent}){0}`;
  for (let column = 0; column < slots.length; ) {
    const comma = column > 0 ? ',' : '';
    const slot = slots[column];
    if (slot >= 0) {
      groups[slot] = group;
      group += KINDS[slot].groups;
      columns[column] = group - 1;
      source += comma + KINDS[slot].source;
      column++;
      continue;
    }
    // A run of skipped columns as one repeat, so that the pattern stays short however wide the file.
    let run = 1;
    while (column + run < slots.length && slots[column + run] < 0) run++;
    source += run === 1 ? comma + SKIPPED : `${comma}${SKIPPED}(?:,${SKIPPED}){${run - 1}}`;
    column += run;
  }
  return { pattern: new RegExp(`${source}(?:\\r?\\n|$)`, 'y'), groups, columns };
}

/** A whole count ≥ 0 (`90.0` is 90); undefined for an empty cell, null for an unreadable one. */
function readCount(cells: Cells, group: number): number | null | undefined {
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

const isTime = (hour: number, minute: number): boolean => hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59;

/**
 * A date cell (`2024-11-13`, `2024-11-13 19:00`, `2023-05-16 3:30`, stray spaces) read into a report day and
 * a value. Reused across rows: the rows of one attack share its window, so the cell read last is often the
 * one read next, and its records then share its strings.
 */
class Moment {
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

/** A model's class, with the model's name as first read, which its records then share. */
interface ModelClass extends Classification {
  model: string;
}

const lineWarning = (row: number, code: DataWarningCode, message: string): DataWarning => ({ row, code, message: `line ${row}: ${message}` });

const COUNT_HINT = 'is not a whole number ≥ 0';
const DATE_HINT = 'is not a date like 2024-11-13 or 2024-11-13 19:00';

/**
 * Turns the cells of one row into a record, or warnings. A single parse runs mostly before the engine has
 * optimised anything, so a usual row takes few steps here (the pattern has done the parsing), and the state
 * lives in a closure, whose variables cost less to read in that code than properties of `this`.
 */
function recordMaker(groups: readonly number[], warnings: DataWarning[], options: AttacksCsvOptions) {
  const start = new Moment();
  const end = new Moment();
  const byStart = options.dateBy === 'start';
  const classes = new Map<string, ModelClass>();
  const unknownModels = new Map<string, { row: number; rows: number }>();
  // Each slot's group for the cell as written, the last of its groups.
  const written = groups.map((group, slot) => group + KINDS[slot].groups - 1);
  const [startGroup, endGroup, , launchedGroup, downedGroup, jammedGroup, stillGroup] = groups;
  const modelCell = written[MODEL];
  const sourceCell = written[SOURCE];
  const warn = (row: number, code: DataWarningCode, message: string): void => {
    warnings.push(lineWarning(row, code, message));
  };
  /** A slot's cell as written, unless it is in its usual form; '' when the row or the file has none. */
  const cell = (cells: Cells, slot: number): string => cells[written[slot]] ?? '';
  const unreadable = (row: number, slot: number, text: string, hint: string): void =>
    warn(row, 'unreadable-cell', `${COLUMNS[slot]} "${text}" ${hint}; read as unknown`);
  const unreadableCount = (row: number, cells: Cells, slot: number): undefined => {
    unreadable(row, slot, cell(cells, slot), COUNT_HINT);
    return undefined;
  };
  const classify = (model: string): ModelClass => {
    const weapon = { model, ...classifyModel(model, options.weapons) };
    classes.set(model, weapon);
    return weapon;
  };
  const countUnknown = (model: string, row: number): void => {
    const seen = unknownModels.get(model);
    if (seen) seen.rows++;
    else unknownModels.set(model, { row, rows: 1 });
  };
  return {
    warn,
    make(row: number, cells: Cells): AttackRecord | undefined {
      start.read(cells, startGroup);
      end.read(cells, endGroup);
      const startDay = start.day;
      const endDay = end.day;
      const date = byStart ? startDay || endDay : endDay || startDay;
      if (!date) {
        const cellsRead = `time_start "${start.written}" or time_end "${end.written}"`;
        warn(row, 'missing-date', `no readable date in ${cellsRead}; row skipped`);
        return undefined;
      }
      if (startDay === null) unreadable(row, START, start.written, DATE_HINT);
      if (endDay === null) unreadable(row, END, end.written, DATE_HINT);
      const model = (cells[modelCell] ?? '').trim();
      if (!model) {
        warn(row, 'missing-model', 'model is empty; row skipped');
        return undefined;
      }
      const launched = readCount(cells, launchedGroup);
      if (launched === undefined) {
        warn(row, 'missing-launched', `launched is empty (${model}, ${date}); row skipped`);
        return undefined;
      }
      if (launched === null) {
        const text = cell(cells, LAUNCHED);
        warn(row, 'unreadable-cell', `launched "${text}" ${COUNT_HINT} (${model}, ${date}); row skipped`);
        return undefined;
      }
      // Counts that may be unknown: an unreadable one is warned about and left unknown.
      let downed = readCount(cells, downedGroup);
      if (downed === null) downed = unreadableCount(row, cells, DOWNED);
      let jammed = readCount(cells, jammedGroup);
      if (jammed === null) jammed = unreadableCount(row, cells, JAMMED);
      let stillAttacking = readCount(cells, stillGroup);
      if (stillAttacking === null) stillAttacking = unreadableCount(row, cells, STILL_ATTACKING);
      if ((downed ?? 0) + (jammed ?? 0) > launched) {
        const sum = `downed ${downed ?? 0} + jammed ${jammed ?? 0}`;
        warn(row, 'inconsistent', `${sum} exceeds launched ${launched} (${model}, ${date}); kept as reported`);
      }
      const weapon = classes.get(model) ?? classify(model);
      if (!weapon.known) countUnknown(model, row);
      return {
        row,
        date,
        start: start.value,
        end: end.value,
        model: weapon.model,
        kind: weapon.kind,
        category: weapon.category,
        launched,
        downed,
        jammed,
        stillAttacking,
        source: (cells[sourceCell] ?? '').trim() || undefined,
      };
    },
    warnUnknownModels(): void {
      for (const [model, { row, rows }] of unknownModels) {
        const where = `on ${rows} ${rows === 1 ? 'row' : 'rows'}, the first here`;
        warn(row, 'unknown-model', `unknown weapon model "${model}" ${where}; counted as kind unknown`);
      }
    },
  };
}
type RecordMaker = ReturnType<typeof recordMaker>;

/**
 * Reads the public dataset's `missile_attacks_daily.csv` (or a newer version: columns are found by name).
 * Never throws on bad data: every row becomes a record or is named by a warning, and rows with something odd
 * (inconsistent counts, an unknown model, an unreadable count, a wrong number of cells) are kept and warned.
 */
export function parseAttacksCsv(text: string, options: AttacksCsvOptions = {}): AttacksCsv {
  const records: AttackRecord[] = [];
  const warnings: DataWarning[] = [];

  const reader = new RowReader(text);
  const header: (string | undefined)[] = [];
  if (reader.next(header) === null) {
    const expected = COLUMNS.slice(0, REQUIRED).join(', ');
    warnings.push({ code: 'missing-column', message: `no header row; expected columns ${expected}` });
    return { records, warnings };
  }
  const width = reader.cells;
  const slots = new Int16Array(width).fill(-1);
  header.forEach((name, column) => {
    const slot = COLUMNS.indexOf(name!.trim().toLowerCase() as (typeof COLUMNS)[number]);
    if (slot >= 0 && !slots.includes(slot)) slots[column] = slot;
  });
  const missing = COLUMNS.slice(0, REQUIRED).filter((_, slot) => !slots.includes(slot));
  if (missing.length > 0) {
    warnings.push(lineWarning(reader.line, 'missing-column', `the header has no column ${missing.join(', ')}; no rows read`));
    return { records, warnings };
  }
  const { pattern, groups, columns } = rowPattern(slots);
  const maker = recordMaker(groups, warnings, options);

  const out: (string | undefined)[] = [];
  for (let cells = reader.next(out, columns, pattern); cells !== null; cells = reader.next(out, columns, pattern)) {
    if (cells === out) checkRow(reader, out, columns, header, maker);
    const record = maker.make(reader.line, cells);
    if (record) records.push(record);
  }
  maker.warnUnknownModels();
  return { records, warnings };
}

/** Warns about a row RowReader.next read that is not whole, emptying the cells it does not have. */
function checkRow(reader: RowReader, out: (string | undefined)[], columns: Int16Array, header: (string | undefined)[], maker: RecordMaker): void {
  const { line, cells, unclosedQuote } = reader;
  if (unclosedQuote >= 0) {
    const column = header[unclosedQuote] ?? unclosedQuote + 1;
    maker.warn(line, 'unreadable-cell', `the quote opening column ${column} never closes; read to the end of the line`);
  }
  const width = columns.length;
  if (cells !== width) {
    for (let column = cells; column < width; column++) {
      if (columns[column] >= 0) out[columns[column]] = undefined;
    }
    const outcome = cells < width ? 'missing cells read as empty' : 'extra cells ignored';
    maker.warn(line, 'ragged-row', `${cells} cells where the header has ${width}; ${outcome}`);
  }
}
