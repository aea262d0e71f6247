import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregate, reportForDate, type Grouping } from '../../../src/data/aggregate.js';
import { isCalendarDate, periodKey, type Period } from '../../../src/data/calendar.js';
import { parseAttacksCsv } from '../../../src/data/csv.js';
import { WEAPON_KINDS, type AttackRecord } from '../../../src/data/types.js';
import { badTexts, text } from '../../fixtures/hostile.js';
import { fuzz, fuzzTimeout } from './settings.js';

const COLUMNS = ['time_start', 'time_end', 'model', 'launched', 'destroyed', 'not_reach_goal', 'still_attacking', 'source', 'affected region', 'carrier'];

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
const cell = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('2024-11-13', '2024-11-13 19:00', '2023-05-16 3:30', ' 2024-1-5 ', '2024-02-30', '0050-03-01', '2024-11-13T25:00', '0000-01-01') },
  { weight: 3, arbitrary: fc.constantFrom('90', '90.0', '0', '1,234', '-1', '1e3', ' 7 ', '999999999999999', '9999999999999999', '') },
  { weight: 2, arbitrary: fc.constantFrom('Shahed-136/131', 'X-101/X-555 and Kalibr', 'Iskander-M', 'Unknown UAV', 'Kalibr and Shahed-136/131') },
  { weight: 2, arbitrary: text },
  { weight: 1, arbitrary: text.map(quote) },
  { weight: 1, arbitrary: fc.constantFrom('"unclosed', '"a""b"', '"x"tail', '"multi\nline"', '""') },
);
const header = fc
  .shuffledSubarray(COLUMNS, { minLength: 0 })
  .chain((names) => fc.tuple(fc.constant(names), fc.array(fc.constantFrom('Model', ' launched ', 'model', 'x'), { maxLength: 2 })))
  .map(([names, extra]) => [...names, ...extra]);

/** Dataset-like CSV text: a shuffled header (some columns missing or doubled), ragged rows of plausible and hostile cells. */
const datasetCsv = fc
  .tuple(
    header,
    fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 12 }),
    fc.constantFrom('\n', '\r\n'),
    fc.boolean(),
  )
  .map(([names, rows, eol, bom]) => (bom ? '\ufeff' : '') + [names, ...rows].map((r) => r.join(',')).join(eol) + eol);

/** Rows that reuse header order, so most become records (and reach aggregation). */
const goodCsv = fc
  .array(
    fc.tuple(
      fc.constantFrom('2024-11-12 18:00', '2024-12-31 22:00', '2025-01-01', '2020-12-28', '2021-01-03 05:00', '0050-03-01'),
      fc.constantFrom('2024-11-13 07:00', '2025-01-01 06:00', '2025-01-02', '2021-01-04', '0050-03-02', ''),
      fc.constantFrom('Shahed-136/131', 'Kalibr', 'GBU', 'Something new', 'X-101/X-555 and Kalibr'),
      fc.oneof(fc.nat(500).map(String), fc.constantFrom('1e15', '999999999999999', '90.0', '')),
      fc.oneof(fc.nat(500).map(String), fc.constant('')),
      fc.oneof(fc.nat(500).map(String), fc.constant('')),
    ),
    { maxLength: 20 },
  )
  .map((rows) => ['time_start,time_end,model,launched,destroyed,not_reach_goal', ...rows.map((r) => r.join(','))].join('\n'));

/** Unquoted cells as the dataset writes them and as it might: date and count forms, models, plain text. */
const plainCell = fc.oneof(
  fc.constantFrom('2024-11-13', '2024-11-13 19:00', '2023-05-16 3:30', ' 2024-1-5 ', '2024-02-29', '2025-02-29', '0050-03-01', '2024-11-13 24:00', '2024-11-13 23:59', '2024-11-13T10:00', '2024-13-01', ''),
  fc.constantFrom('2000-02-29', '1900-02-29', '2100-02-29 00:00', '0000-02-29', '2024-04-31', '2024-06-30', '2024-00-10', '2024-01-00', '2024-12-31 23:59', '2023-02-28', '2024-07-32'),
  fc.constantFrom('90', '90.0', '90.', '007', '0', '0.00', '1e3', ' 7 ', '999999999999999', '1234567890123456', '99999999999999999', '-1', '.5', '2.5', ''),
  fc.constantFrom('Shahed-136/131', ' Kalibr ', 'X-101/X-555 and Kalibr', 'Гербера', 'kpszsu/posts/x'),
  text.filter((s) => !/[",\r\n]/.test(s)),
);
const READ = ['time_start', 'time_end', 'model', 'launched', 'destroyed', 'not_reach_goal', 'still_attacking', 'source'];

const safeCount = (n: number | undefined) => n === undefined || (Number.isSafeInteger(n) && n >= 0);

/** What every parse must give, whatever the text: clean records, and warnings that name rows in plain words. */
function checkParse(csv: string, dateBy: 'start' | 'end' = 'end'): AttackRecord[] {
  const { records, warnings } = parseAttacksCsv(csv, { dateBy });
  for (const r of records) {
    expect(isCalendarDate(r.date), r.date).toBe(true);
    expect(r.row).toBeGreaterThanOrEqual(2);
    expect(r.model.trim()).toBe(r.model);
    expect(r.model).not.toBe('');
    expect(WEAPON_KINDS).toContain(r.kind);
    expect([r.launched, r.downed, r.jammed, r.stillAttacking].every(safeCount)).toBe(true);
  }
  expect(badTexts(warnings.map((w) => w.message))).toEqual([]);
  for (const w of warnings) expect(w.row === undefined || Number.isSafeInteger(w.row)).toBe(true);
  return records;
}

describe('parseAttacksCsv and aggregation under hostile input (property tests)', () => {
  it('reads any text without throwing: records are clean, warnings name the row in plain words', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), text), (csv) => {
        checkParse(csv);
        checkParse(`time_start,time_end,model,launched\n${csv}`, 'start');
      }),
      fuzz(),
    );
  }, fuzzTimeout);

  it('reads any bytes (decoded as a fetched file is) without throwing', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const decoded = new TextDecoder().decode(bytes);
        checkParse(decoded);
        checkParse(`time_end,model,launched\n${decoded}`);
      }),
      fuzz(),
    );
  }, fuzzTimeout);

  it('reads dataset-like CSV with shuffled, missing and doubled columns and ragged, quoted rows', () => {
    fc.assert(fc.property(datasetCsv, fc.constantFrom('start', 'end') as fc.Arbitrary<'start' | 'end'>, (csv, dateBy) => void checkParse(csv, dateBy)), fuzz());
  }, fuzzTimeout);

  it('reads an ordinary row as it reads any other: a doubled quote in a column not read changes nothing', () => {
    // Ordinary rows are matched whole by one pattern, others read cell by cell; a quoted `x"y` sends a row the
    // second way. Headers lose optional columns and change order; a row sometimes lacks its last cell.
    const file = fc.record({
      names: fc.tuple(fc.shuffledSubarray(READ.slice(4)), fc.boolean()).chain(([optional, first]) =>
        fc.shuffledSubarray([...READ.slice(0, 4), ...optional], { minLength: 4 + optional.length }).map((names) => (first ? ['launch_place', ...names] : [...names, 'launch_place'])),
      ),
      rows: fc.array(fc.tuple(fc.array(plainCell, { minLength: 9, maxLength: 9 }), fc.boolean(), fc.boolean()), { maxLength: 8 }),
      eol: fc.constantFrom('\n', '\r\n'),
    });
    fc.assert(
      fc.property(file, ({ names, rows, eol }) => {
        const write = (slow: (row: number) => boolean) =>
          [names.join(','), ...rows.map(([cells, , short], i) => names.map((name, c) => (name === 'launch_place' ? (slow(i) ? '"x""y"' : '') : cells[c])).slice(0, short ? -1 : undefined).join(','))].join(eol);
        const ordinary = parseAttacksCsv(write(() => false));
        expect(parseAttacksCsv(write((i) => rows[i][1]))).toEqual(ordinary);
        expect(parseAttacksCsv(write(() => true))).toEqual(ordinary);
      }),
      fuzz(),
    );
  }, fuzzTimeout);

  it('aggregates parsed rows into periods without losing a launched count, by every period and grouping', () => {
    const periods: Period[] = ['day', 'week', 'month', 'year'];
    const groupings: Grouping[] = ['kind', 'category', 'model'];
    fc.assert(
      fc.property(goodCsv, fc.constantFrom(...periods), fc.constantFrom(...groupings), (csv, period, by) => {
        const records = checkParse(csv);
        const reports = aggregate(records, { period, by });
        const launched = (list: { launched: number }[]) => list.reduce((sum, x) => sum + x.launched, 0);
        expect(launched(reports.flatMap((r) => r.weapons))).toBe(launched(records));
        for (const r of reports) {
          expect(periodKey(r.date!, period)).toBe(r.period);
          expect(r.date! <= r.end!).toBe(true);
          expect(periodKey(r.end!, period)).toBe(r.period);
        }
        for (const date of new Set(records.map((r) => r.date))) {
          expect(launched(reportForDate(records, date).weapons)).toBe(launched(records.filter((r) => r.date === date)));
        }
      }),
      fuzz(),
    );
  }, fuzzTimeout);
});
