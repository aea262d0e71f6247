import { CELL_PATTERNS, COLUMNS, DOWNED, END, JAMMED, LAUNCHED, MODEL, readCount, SOURCE, START, STILL_ATTACKING, TimeCell } from './csv-cells.js';
import type { Cells } from './csv-rows.js';
import type { AttacksCsvOptions } from './csv.js';
import { isInconsistent } from './rates.js';
import type { AttackRecord, DataWarning, DataWarningCode } from './types.js';
import { classifyModel, type Classification, type WeaponTable } from './weapons.js';

export const lineWarning = (row: number, code: DataWarningCode, message: string): DataWarning => ({ row, code, message: `line ${row}: ${message}` });

// Both give undefined, so that a step can warn and give no value in one statement.
type Warn = (row: number, code: DataWarningCode, message: string) => undefined;
type Unreadable = (row: number, slot: number, text: string, hint: string) => undefined;

/** The first date cell written day first: the file's problem when it gives no record. */
export interface DayFirstCell {
  row: number;
  column: string;
  cell: string;
}

const COUNT_HINT = 'is not a whole number ≥ 0';
const DATE_HINT = 'is not a date like 2024-11-13 or 2024-11-13 19:00';
const YEAR_FIRST = 'dates must be written year first, as 2026-04-04 (ISO)';
const DAY_FIRST_HINT = 'is not written year first; dates must be written as 2026-04-04 (ISO)';
const dateHint = (cell: TimeCell): string => (cell.dayFirst ? DAY_FIRST_HINT : DATE_HINT);

/**
 * Reads a row's attack window into `start` and `end` and gives its report date (`byStart`: the start's day
 * first); undefined, warned, when neither end has a readable day. `dayFirst` hears of each cell written day first.
 */
function dateReader(start: TimeCell, end: TimeCell, groups: readonly number[], byStart: boolean, skip: Warn, unreadable: Unreadable, dayFirst: (row: number, slot: number, cell: TimeCell) => void) {
  const startGroup = groups[START];
  const endGroup = groups[END];
  return (row: number, cells: Cells): string | undefined => {
    start.read(cells, startGroup);
    end.read(cells, endGroup);
    const startDay = start.day;
    const endDay = end.day;
    const date = byStart ? startDay || endDay : endDay || startDay;
    if (startDay === null && start.dayFirst) dayFirst(row, START, start);
    if (endDay === null && end.dayFirst) dayFirst(row, END, end);
    if (!date) {
      const hint = start.dayFirst || end.dayFirst ? `: ${YEAR_FIRST}` : '';
      return skip(row, 'missing-date', `no readable date in time_start "${start.written}" or time_end "${end.written}"${hint}`);
    }
    if (startDay === null) unreadable(row, START, start.written, dateHint(start));
    if (endDay === null) unreadable(row, END, end.written, dateHint(end));
    return date;
  };
}

/** A model's class, with the model's name as first read, which its records then share. */
interface ModelClass extends Classification {
  model: string;
}

/** Gives each model's class, looked up once; counts the rows of unknown models in `unknown` (first row, rows). */
function modelClasses(weapons: WeaponTable | undefined, unknown: Map<string, { row: number; rows: number }>) {
  const classes = new Map<string, ModelClass>();
  return (model: string, row: number): ModelClass => {
    let weapon = classes.get(model);
    if (weapon === undefined) classes.set(model, (weapon = { model, ...classifyModel(model, weapons) }));
    if (!weapon.known) {
      const seen = unknown.get(model);
      if (seen) seen.rows++;
      else unknown.set(model, { row, rows: 1 });
    }
    return weapon;
  };
}

/** One warning per unknown model, at its first row, saying on how many rows it was. */
function warnUnknownModels(unknown: Map<string, { row: number; rows: number }>, warn: Warn): void {
  for (const [model, { row, rows }] of unknown) {
    const where = `on ${rows} ${rows === 1 ? 'row' : 'rows'}, the first here`;
    warn(row, 'unknown-model', `unknown weapon model "${model}" ${where}; counted as kind unknown`);
  }
}

/**
 * Turns the cells of one row into a record, or warnings. A single parse runs mostly before the engine has
 * optimised anything, so a usual row takes few steps here (the pattern has done the parsing), and the state
 * lives in closures, whose variables cost less to read in that code than properties of `this`.
 */
export function recordMaker(groups: readonly number[], warnings: DataWarning[], options: AttacksCsvOptions) {
  const warn: Warn = (row, code, message) => {
    warnings.push(lineWarning(row, code, message));
    return undefined;
  };
  const skip: Warn = (row, code, message) => {
    warnings.push({ ...lineWarning(row, code, `${message}; row skipped`), skipped: true });
    return undefined;
  };
  let firstDayFirst: DayFirstCell | undefined;
  const dayFirst = (row: number, slot: number, cell: TimeCell): void => {
    firstDayFirst ??= { row, column: COLUMNS[slot], cell: cell.written.trim() };
  };
  const start = new TimeCell();
  const end = new TimeCell();
  const unknown = new Map<string, { row: number; rows: number }>();
  // Each slot's group for the cell as written, the last of its groups.
  const written = groups.map((group, slot) => group + CELL_PATTERNS[slot].groups - 1);
  const [, , , launchedGroup, downedGroup, jammedGroup, stillGroup] = groups;
  const modelCell = written[MODEL];
  const sourceCell = written[SOURCE];
  /** A slot's cell as written, unless it is in its usual form; '' when the row or the file has none. */
  const cell = (cells: Cells, slot: number): string => cells[written[slot]] ?? '';
  const unreadable: Unreadable = (row, slot, text, hint) => warn(row, 'unreadable-cell', `${COLUMNS[slot]} "${text}" ${hint}; read as unknown`);
  // Counts that may be unknown: an unreadable one is warned about and left unknown.
  const unreadableCount = (row: number, cells: Cells, slot: number): undefined => unreadable(row, slot, cell(cells, slot), COUNT_HINT);
  const reportDate = dateReader(start, end, groups, options.dateBy === 'start', skip, unreadable, dayFirst);
  const classOf = modelClasses(options.weapons, unknown);
  return {
    warn,
    make(row: number, cells: Cells): AttackRecord | undefined {
      const date = reportDate(row, cells);
      if (date === undefined) return undefined;
      const model = (cells[modelCell] ?? '').trim();
      if (!model) return skip(row, 'missing-model', 'model is empty');
      const launched = readCount(cells, launchedGroup);
      if (launched === undefined) return skip(row, 'missing-launched', `launched is empty (${model}, ${date})`);
      if (launched === null) return skip(row, 'unreadable-cell', `launched "${cell(cells, LAUNCHED)}" ${COUNT_HINT} (${model}, ${date})`);
      let downed = readCount(cells, downedGroup);
      if (downed === null) downed = unreadableCount(row, cells, DOWNED);
      let jammed = readCount(cells, jammedGroup);
      if (jammed === null) jammed = unreadableCount(row, cells, JAMMED);
      let stillAttacking = readCount(cells, stillGroup);
      if (stillAttacking === null) stillAttacking = unreadableCount(row, cells, STILL_ATTACKING);
      if (isInconsistent({ launched, downed: downed ?? 0, jammed })) {
        const sum = `downed ${downed ?? 0} + jammed ${jammed ?? 0}`;
        warn(row, 'inconsistent', `${sum} exceeds launched ${launched} (${model}, ${date}); kept as reported`);
      }
      const weapon = classOf(model, row);
      const source = (cells[sourceCell] ?? '').trim() || undefined;
      return { row, date, start: start.value, end: end.value, model: weapon.model, kind: weapon.kind, category: weapon.category, launched, downed, jammed, stillAttacking, source };
    },
    warnUnknownModels: (): void => warnUnknownModels(unknown, warn),
    /** The first date cell written day first, if any. */
    dayFirst: (): DayFirstCell | undefined => firstDayFirst,
  };
}
export type RecordMaker = ReturnType<typeof recordMaker>;
