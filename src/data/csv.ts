import { COLUMNS, REQUIRED, rowPattern } from './csv-cells.js';
import { lineWarning, recordMaker, type RecordMaker } from './csv-records.js';
import { RowReader } from './csv-rows.js';
import type { AttackRecord, DataWarning } from './types.js';
import type { WeaponTable } from './weapons.js';

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

/** Each header column's slot in COLUMNS, -1 for a column not read (or named twice: the first one is read). */
function slotsOf(header: readonly (string | undefined)[], width: number): Int16Array {
  const slots = new Int16Array(width).fill(-1);
  header.forEach((name, column) => {
    const slot = COLUMNS.indexOf(name!.trim().toLowerCase() as (typeof COLUMNS)[number]);
    if (slot >= 0 && !slots.includes(slot)) slots[column] = slot;
  });
  return slots;
}

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
  const slots = slotsOf(header, reader.cells);
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
