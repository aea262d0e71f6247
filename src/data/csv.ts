import { COLUMNS, REQUIRED, rowPattern } from './csv-cells.js';
import { recordMaker, type DayFirstCell, type RecordMaker } from './csv-records.js';
import { RowReader } from './csv-rows.js';
import { missingColumns, SEPARATOR_NAMES, webPage } from './reading.js';
import type { AttackRecord, DataWarning, ReadingProblem, Separator } from './types.js';
import type { WeaponTable } from './weapons.js';

export interface AttacksCsvOptions {
  /** Which end of the attack window dates a report: `end` (default), as news reports do, or `start`. */
  dateBy?: 'end' | 'start';
  /** Weapon classes that take precedence over the built-in ones. */
  weapons?: WeaponTable;
}

export interface AttacksCsv {
  records: AttackRecord[];
  /** Every row that gave no record is named here (`skipped`), as are kept rows with something odd about them. */
  warnings: DataWarning[];
  /** How the cells are separated, as found from the header: commas, else semicolons or tabs. */
  separator: Separator;
  /** Why no row was read, when the whole file is at fault: a web page, a header without a required column, dates written day first. */
  problem?: ReadingProblem;
}

/** Each header column's slot in COLUMNS, -1 for a column not read (or named twice: the first one is read). */
function slotsOf(header: readonly (string | undefined)[], width: number): Int16Array {
  const slots = new Int16Array(width).fill(-1);
  header.forEach((name, column) => {
    const slot = COLUMNS.indexOf(name!.trim().toLowerCase() as (typeof COLUMNS)[number]);
    if (slot >= 0 && !slots.includes(slot)) slots[column] = slot;
  });
  return slots;
}

interface Header {
  reader: RowReader;
  names: (string | undefined)[];
  slots: Int16Array;
  missing: string[];
  separator: Separator;
}

function readHeader(text: string, separator: Separator): Header | null {
  const reader = new RowReader(text, separator);
  const names: (string | undefined)[] = [];
  if (reader.next(names) === null) return null;
  const slots = slotsOf(names, reader.cells);
  const missing = COLUMNS.slice(0, REQUIRED).filter((_, slot) => !slots.includes(slot));
  return { reader, names, slots, missing, separator };
}

/**
 * The header as commas split it, unless semicolons or tabs find more of the required columns (or as many, in
 * more cells): a spreadsheet saved in many locales separates by semicolons. Only a header that lacks a
 * required column is read again.
 */
function findHeader(text: string): Header | null {
  let best = readHeader(text, ',');
  if (!best || best.missing.length === 0) return best;
  for (const separator of [';', '\t'] as const) {
    const other = readHeader(text, separator)!;
    const fewer = other.missing.length - best.missing.length;
    if (fewer < 0 || (fewer === 0 && other.reader.cells > best.reader.cells)) best = other;
  }
  return best;
}

const dayFirstProblem = ({ row, column, cell }: DayFirstCell): ReadingProblem => ({
  code: 'day-first-date',
  message: `line ${row}: ${column} "${cell}" is not written year first; dates must be written as 2026-04-04 (ISO); no row could be read`,
  row,
  column,
  cell,
});

/**
 * Reads the public dataset's `missile_attacks_daily.csv` (or a newer version: columns are found by name; cells
 * separated by commas, or by semicolons or tabs). Never throws on bad data: every row becomes a record or is
 * named by a warning, and rows with something odd (inconsistent counts, an unknown model, an unreadable
 * count, a wrong number of cells) are kept and warned. A file that gives no record for a reason a reader can
 * fix says so in `problem`.
 */
export function parseAttacksCsv(text: string, options: AttacksCsvOptions = {}): AttacksCsv {
  const records: AttackRecord[] = [];
  const warnings: DataWarning[] = [];

  const page = webPage(text);
  if (page) return { records, warnings, separator: ',', problem: page };
  const header = findHeader(text);
  if (!header) {
    const expected = COLUMNS.slice(0, REQUIRED).join(', ');
    warnings.push({ code: 'missing-column', message: `no header row; expected columns ${expected}` });
    return { records, warnings, separator: ',' };
  }
  const { reader, names, slots, missing, separator } = header;
  if (missing.length > 0) {
    const problem = missingColumns(reader.line, names, missing, separator);
    warnings.push({ row: reader.line, code: 'missing-column', message: problem.message });
    return { records, warnings, separator, problem };
  }
  if (separator !== ',') warnings.push({ code: 'separator', message: `cells are separated by ${SEPARATOR_NAMES[separator]}, not commas; read as such` });
  const { pattern, groups, columns } = rowPattern(slots, separator);
  const maker = recordMaker(groups, warnings, options);

  const out: (string | undefined)[] = [];
  for (let cells = reader.next(out, columns, pattern); cells !== null; cells = reader.next(out, columns, pattern)) {
    if (cells === out) checkRow(reader, out, columns, names, maker);
    const record = maker.make(reader.line, cells);
    if (record) records.push(record);
  }
  maker.warnUnknownModels();
  const dayFirst = records.length === 0 ? maker.dayFirst() : undefined;
  return dayFirst ? { records, warnings, separator, problem: dayFirstProblem(dayFirst) } : { records, warnings, separator };
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
