import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAttacksCsv } from '../../../src/data/csv.js';
import type { AttacksCsv } from '../../../src/data/csv.js';
import { warningCounts } from '../../../src/data/warn.js';

// Fixtures are rows cut from the public dataset's missile_attacks_daily.csv: attacks-sample.csv keeps 24 rows
// as they are (file lines 2, 3, 4, 5, 19, 39, 152, 178, 418, 461, 473, 559, 652, 658, 739, 874, 1072, 1555,
// 1788, 1817, 2358, 2393, 2516, 2582); attacks-sample-crlf-bom.csv is the same with a BOM and CRLF;
// attacks-reordered.csv the same rows with columns reordered and one added; attacks-broken.csv real rows with
// one cell each damaged (see the line comments below).
const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');
const sample = fixture('attacks-sample.csv');

/** Rows in a file: lines with content, after the header. */
const dataRows = (text: string): number => text.split(/\r?\n/).filter((line) => line !== '').length - 1;

/** Rows that gave no record, as named by warnings. */
const droppedRows = ({ records, warnings }: AttacksCsv): number[] => {
  const kept = new Set(records.map((r) => r.row));
  return [...new Set(warnings.flatMap((w) => (w.row === undefined || kept.has(w.row) ? [] : [w.row])))];
};

const header =
  'time_start,time_end,model,launch_place,target,target_main,launched,destroyed,not_reach_goal,still_attacking,source';

describe('parseAttacksCsv on rows of the real file', () => {
  const result = parseAttacksCsv(sample);
  const at = (line: number) => result.records.find((r) => r.row === line);

  it('reads a row into a record with normalised dates and counts', () => {
    expect(at(2)).toEqual({
      row: 2,
      date: '2025-07-01',
      start: '2025-06-30T21:00',
      end: '2025-07-01T09:00',
      model: 'Shahed-136/131',
      kind: 'drone',
      category: 'strike-drone',
      launched: 52,
      downed: 14,
      jammed: 33,
      stillAttacking: undefined,
      source: 'kpszsu/posts/pfbid02W94uevccPLeCQBSYoS2phvPLfVNbQLo7Hc86LgNGrnRFLGmndSJUEwoyi7jqm7XJl',
    });
  });

  it('keeps quoted commas and Python-style dicts and lists inside their cells', () => {
    // Line 3 quotes "…Hvardiiske, Crimea" and holds a list and a dict with NaN; line 11 a dict with spaces.
    expect(at(3)).toMatchObject({ launched: 107, downed: 64, jammed: 10, source: expect.stringMatching(/^kpszsu\/posts\//) });
    expect(at(11)).toMatchObject({ launched: 267, downed: 138, jammed: 115, source: expect.stringMatching(/^kpszsu\/posts\//) });
    expect(at(13)).toMatchObject({ launched: 100, downed: 65, jammed: 26, stillAttacking: 1 });
  });

  it('reads both date forms, a single-digit hour and trailing spaces', () => {
    expect(at(4)).toMatchObject({ date: '2025-06-30', start: '2025-06-30', end: '2025-06-30' });
    expect(at(10)).toMatchObject({ date: '2025-03-07', start: '2025-03-06T21:00', end: '2025-03-07T10:00' });
    expect(at(19)).toMatchObject({ date: '2024-05-16', end: '2024-05-16' });
    expect(at(23)).toMatchObject({ date: '2023-05-16', start: '2023-05-16T03:30', end: '2023-05-16T07:00' });
  });

  it('dates a report by the end of its window, or by the start when asked', () => {
    expect(at(2)?.date).toBe('2025-07-01');
    const byStart = parseAttacksCsv(sample, { dateBy: 'start' });
    expect(byStart.records.find((r) => r.row === 2)?.date).toBe('2025-06-30');
    expect(byStart.records.find((r) => r.row === 10)?.date).toBe('2025-03-06');
  });

  it('leaves empty counts unknown rather than zero', () => {
    expect(at(12)).toMatchObject({ model: 'X-101/X-555 and Kalibr and Iskander-M/KN-23', launched: 14 });
    expect(at(12)?.downed).toBeUndefined();
    expect(at(8)?.jammed).toBeUndefined();
    expect(at(17)).toMatchObject({ launched: 16, downed: 0 });
  });

  it('classifies Cyrillic names and combinations', () => {
    expect(at(6)).toMatchObject({ model: 'Молнія', kind: 'drone', category: 'strike-drone' });
    expect(at(16)).toMatchObject({ model: 'Фенікс', kind: 'drone', category: 'recon-drone' });
    expect(at(8)).toMatchObject({ model: 'X-101/X-555 and Kalibr', kind: 'missile', category: 'cruise' });
    expect(at(12)).toMatchObject({ kind: 'missile', category: 'mixed' });
    expect(at(17)).toMatchObject({ kind: 'bomb' });
  });

  it('keeps an inconsistent row and warns about it, naming the line and the figures', () => {
    expect(at(14)).toMatchObject({ launched: 16, downed: 15, jammed: 11 });
    const inconsistent = result.warnings.filter((w) => w.code === 'inconsistent');
    expect(inconsistent).toEqual([{ row: 14, code: 'inconsistent', message: expect.stringContaining('line 14') }]);
    expect(inconsistent[0].message).toMatch(/downed 15 \+ jammed 11 exceeds launched 16/);
  });

  it('skips a row without launched and names it', () => {
    expect(at(21)).toBeUndefined();
    expect(result.warnings).toContainEqual({ row: 21, code: 'missing-launched', message: expect.stringMatching(/^line 21: .*C-300.*; row skipped$/), skipped: true });
  });

  it('accounts for every row: a record or a warning naming it', () => {
    expect(result.records.length + droppedRows(result).length).toBe(dataRows(sample));
    expect(result.records).toHaveLength(23);
    expect(result.warnings.map((w) => w.code).sort()).toEqual(['inconsistent', 'missing-launched']);
  });

  it('reads the same from a CRLF file with a BOM', () => {
    expect(parseAttacksCsv(fixture('attacks-sample-crlf-bom.csv'))).toEqual(result);
  });

  it('finds columns by name, so reordered and added columns read the same', () => {
    expect(parseAttacksCsv(fixture('attacks-reordered.csv'))).toEqual(result);
  });

  it('reads every row of the January 2025 and 13 November 2024 extract', () => {
    const text = fixture('attacks-2025-01-and-2024-11-13.csv');
    const { records, warnings } = parseAttacksCsv(text);
    expect(records).toHaveLength(dataRows(text));
    expect(warnings).toEqual([]);
  });
});

describe('parseAttacksCsv on broken rows', () => {
  const result = parseAttacksCsv(fixture('attacks-broken.csv'));
  const at = (line: number) => result.records.find((r) => r.row === line);
  const warningsAt = (line: number) => result.warnings.filter((w) => w.row === line).map((w) => w.code);

  it('reads what a short row has, and ignores the cells of a long one, warning about both', () => {
    expect(at(3)).toMatchObject({ date: '2024-05-16', model: 'Lancet', launched: 1, downed: undefined, source: undefined });
    expect(warningsAt(3)).toEqual(['ragged-row']);
    expect(result.warnings.find((w) => w.row === 3)?.message).toMatch(/7 cells where the header has 22/);
    expect(at(4)).toMatchObject({ model: 'GBU', launched: 3, downed: 0 });
    expect(warningsAt(4)).toEqual(['ragged-row']);
  });

  it('leaves an unreadable count unknown, naming line, column and value', () => {
    expect(at(5)).toMatchObject({ launched: 1, downed: undefined });
    expect(result.warnings).toContainEqual({
      row: 5,
      code: 'unreadable-cell',
      message: 'line 5: destroyed "abc" is not a whole number ≥ 0; read as unknown',
    });
    expect(at(7)).toMatchObject({ launched: 4, downed: undefined });
    expect(result.warnings.find((w) => w.row === 7)?.message).toContain('"-1.0"');
    expect(at(8)).toMatchObject({ downed: 1, jammed: undefined });
    expect(result.warnings.find((w) => w.row === 8)?.message).toContain('not_reach_goal "2.5"');
  });

  it('skips rows without a readable launched, date or model, one warning each', () => {
    expect(at(6)).toBeUndefined();
    expect(result.warnings.find((w) => w.row === 6)?.message).toMatch(/launched "abc" .*row skipped/);
    expect(warningsAt(12)).toEqual(['missing-date']);
    expect(result.warnings.find((w) => w.row === 12)?.message).toContain('"yesterday"');
    expect(warningsAt(14)).toEqual(['missing-model']);
    expect(warningsAt(15)).toEqual(['missing-launched']);
  });

  it('falls back to the other end of the window when one date is unreadable', () => {
    expect(at(13)).toMatchObject({ date: '2024-01-04', start: '2024-01-04', end: undefined });
    expect(result.warnings.find((w) => w.row === 13)?.message).toContain('time_end "2024-02-30"');
  });

  it('keeps rows of an unknown model and warns once per model', () => {
    expect(at(9)).toMatchObject({ model: 'Гербера', kind: 'unknown', category: 'unknown' });
    expect(at(11)).toMatchObject({ model: 'Гербера', kind: 'unknown' });
    const unknown = result.warnings.filter((w) => w.code === 'unknown-model');
    expect(unknown).toEqual([{ row: 9, code: 'unknown-model', message: expect.stringContaining('"Гербера" on 2 rows') }]);
  });

  it('skips blank lines and still accounts for every row', () => {
    const text = fixture('attacks-broken.csv');
    expect(result.records.map((r) => r.row)).toEqual([3, 4, 5, 7, 8, 9, 11, 13]);
    expect(droppedRows(result).sort((a, b) => a - b)).toEqual([6, 12, 14, 15]);
    expect(result.records.length + droppedRows(result).length).toBe(dataRows(text));
  });
});

describe('parseAttacksCsv on hand-written text', () => {
  it('unquotes doubled quotes and keeps quoted line breaks, counting lines right', () => {
    const text = `${header}\n2024-11-13,2024-11-13,Kalibr,"the ""north""\nand east",Ukraine,,3.0,1.0,,,"a"\n2024-11-14,2024-11-14,Kalibr,,,,2.0,2.0,,,b\n`;
    const { records, warnings } = parseAttacksCsv(text);
    expect(warnings).toEqual([]);
    expect(records.map((r) => [r.row, r.launched, r.source])).toEqual([
      [2, 3, 'a'],
      [4, 2, 'b'],
    ]);
  });

  it('reads a cell with text after its closing quote, and an empty quoted cell', () => {
    const { records } = parseAttacksCsv(`${header}\n2024-11-13,2024-11-13,"X-59"/X-69,,,,"5.0","",,,src\n`);
    expect(records[0]).toMatchObject({ model: 'X-59/X-69', kind: 'missile', launched: 5, downed: undefined, source: 'src' });
  });

  it('confines a quote that never closes to its line', () => {
    const text = `${header}\n2024-11-13,2024-11-13,Kalibr,"Black Sea,Ukraine,,3.0\n2024-11-14,2024-11-14,Kalibr,,,,2.0,2.0,,,b\n`;
    const { records, warnings } = parseAttacksCsv(text);
    expect(records.map((r) => r.row)).toEqual([3]);
    expect(warnings.filter((w) => w.row === 2).map((w) => w.code)).toEqual(['unreadable-cell', 'ragged-row', 'missing-launched']);
    expect(warnings[0].message).toContain('launch_place');
  });

  it('reads counts written in other ways', () => {
    const counts = ['90', '90.0', '90.00', ' 90 ', '9e1', '0', '0.0'];
    const text = [header, ...counts.map((c) => `2024-11-13,2024-11-13,Kalibr,,,,"${c}",,,,`)].join('\n');
    const { records, warnings } = parseAttacksCsv(text);
    expect(warnings).toEqual([]);
    expect(records.map((r) => r.launched)).toEqual([90, 90, 90, 90, 90, 0, 0]);
  });

  it('reads counts and dates unquoted as it reads them quoted', () => {
    const counts = ['90', '90.0', '90.', '007', '0.00', ' 90 ', '9e1', '999999999999999', '1234567890123456', '2.5', '-1', ''];
    const dates = ['2024-11-13', '2024-11-13 19:00', '2023-05-16 3:30', '2024-02-29', '2025-02-29', '2024-11-13 24:00', ' 2024-1-5 '];
    const rows = counts.flatMap((c) => dates.map((d) => [d, d, 'Kalibr', '', '', '', c, c, c, c, '']));
    const unquoted = parseAttacksCsv([header, ...rows.map((r) => r.join(','))].join('\n'));
    const quoted = parseAttacksCsv([header, ...rows.map((r) => r.map((c) => `"${c}"`).join(','))].join('\n'));
    expect(unquoted).toEqual(quoted);
    expect(unquoted.records.map((r) => r.launched)).toContain(1234567890123456);
    expect(unquoted.records.find((r) => r.launched === 7 && r.end === '2024-11-13T19:00')).toBeDefined();
  });

  it('knows the calendar the same way whether a date is in its usual form or not (leap years included)', () => {
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    const days = [0, 1900, 2000, 2023, 2024, 2100].flatMap((year) =>
      Array.from({ length: 14 * 33 }, (_, i) => `${pad(year, 4)}-${pad(Math.floor(i / 33), 2)}-${pad(i % 33, 2)}`),
    );
    const file = (quote: boolean) => [header, ...days.map((d) => (quote ? `"${d}","${d} 23:59"` : `${d},${d} 23:59`) + ',Kalibr,,,,1,,,,')].join('\n');
    const usual = parseAttacksCsv(file(false));
    expect(usual).toEqual(parseAttacksCsv(file(true)));
    const onCalendar = (d: string) => {
      const [year, month, day] = d.split('-').map(Number);
      const date = new Date(0);
      date.setUTCFullYear(year, month - 1, day);
      return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
    };
    expect(usual.records.map((r) => r.date)).toEqual(days.filter(onCalendar));
    expect(usual.records.find((r) => r.date === '2000-02-29')).toMatchObject({ start: '2000-02-29', end: '2000-02-29T23:59' });
  });

  it('reads a file with thousands of columns, the read ones among them', () => {
    const names = Array.from({ length: 5000 }, (_, i) => `extra_${i}`);
    names.splice(1234, 0, 'launched');
    names.splice(4321, 0, 'model');
    const cells = names.map((name) => (name === 'launched' ? '3.0' : name === 'model' ? 'Kalibr' : 'x'));
    const { records, warnings } = parseAttacksCsv(`time_end,${names.join(',')},time_start\n2024-11-13,${cells.join(',')},\n`);
    expect(warnings).toEqual([]);
    expect(records).toEqual([expect.objectContaining({ row: 2, date: '2024-11-13', model: 'Kalibr', launched: 3 })]);
  });

  it('rejects dates that are not on the calendar', () => {
    const cells = ['2025-02-29', '2024-13-01', '2024-11-13 24:00', '2024-11-13 9:60', '13.11.2024', '2O24-11-13'];
    const text = [header, ...cells.map((c) => `${c},,Kalibr,,,,1.0,,,,`)].join('\n');
    const { records, warnings } = parseAttacksCsv(text);
    expect(records).toEqual([]);
    expect(warnings.map((w) => w.code)).toEqual(cells.map(() => 'missing-date'));
    expect(parseAttacksCsv(`${header}\n2024-02-29 ,2024-2-29  7:05,Kalibr,,,,1.0,,,,`).records[0]).toMatchObject({
      start: '2024-02-29',
      end: '2024-02-29T07:05',
    });
  });

  it('gives one warning, the problem and no records when a required column is missing, naming the columns found', () => {
    const { records, warnings, problem } = parseAttacksCsv('time_start,model,destroyed\n2024-11-13,Kalibr,3.0\n');
    expect(records).toEqual([]);
    const message = 'line 1: the header has no column time_end, launched (its columns are time_start, model, destroyed); no rows read';
    expect(warnings).toEqual([{ row: 1, code: 'missing-column', message }]);
    expect(problem).toEqual({ code: 'missing-column', message, missing: ['time_end', 'launched'], found: ['time_start', 'model', 'destroyed'], separator: ',' });
    expect(parseAttacksCsv('').warnings.map((w) => w.code)).toEqual(['missing-column']);
    expect(parseAttacksCsv('\n\r\n').records).toEqual([]);
  });

  it('reads optional columns only when present, and header names whatever their case and spacing', () => {
    const { records, warnings } = parseAttacksCsv(' Time_Start ,TIME_END,Model,Launched\n2024-11-13,2024-11-13,Shahed-136/131,90.0');
    expect(warnings).toEqual([]);
    expect(records).toEqual([
      expect.objectContaining({ date: '2024-11-13', kind: 'drone', launched: 90, downed: undefined, jammed: undefined }),
    ]);
  });

  it('lets a user table classify models, over the built-in one', () => {
    const text = `${header}\n2025-07-01,2025-07-01,Гербера,,,,10.0,4.0,,,\n2025-07-01,2025-07-01,Shahed-136/131,,,,5.0,4.0,,,`;
    const { records, warnings } = parseAttacksCsv(text, {
      weapons: { гербера: { kind: 'drone', category: 'strike-drone' }, 'shahed-136/131': { kind: 'drone', category: 'recon-drone' } },
    });
    expect(warnings).toEqual([]);
    expect(records.map((r) => r.category)).toEqual(['strike-drone', 'recon-drone']);
  });
});

describe('parseAttacksCsv on files saved in other ways', () => {
  const plain = parseAttacksCsv(sample);
  const firstRows = plain.records.slice(0, 8);

  it('reads a semicolon- or tab-separated file as the comma-separated one, and says how it was separated', () => {
    for (const [name, separator, word] of [['attacks-semicolon.csv', ';', 'semicolons'], ['attacks-tab.csv', '\t', 'tabs']] as const) {
      const result = parseAttacksCsv(fixture(name));
      expect(result.separator, name).toBe(separator);
      expect(result.records, name).toEqual(firstRows);
      expect(result.warnings, name).toEqual([{ code: 'separator', message: `cells are separated by ${word}, not commas; read as such` }]);
      expect(result.problem, name).toBeUndefined();
    }
    expect(plain.separator).toBe(',');
  });

  it('reads quoted cells, commas inside cells and ragged rows the same way with another separator', () => {
    const text = 'time_start;time_end;model;launched;destroyed\n2024-11-13;"2024-11-13";"X-101/X-555; Kalibr";"6";4\n2024-11-13;2024-11-13;Shahed-136/131, Geran;90.0\n';
    const { records, warnings } = parseAttacksCsv(text);
    expect(records.map((r) => [r.model, r.launched, r.downed])).toEqual([['X-101/X-555; Kalibr', 6, 4], ['Shahed-136/131, Geran', 90, undefined]]);
    expect(warnings.map((w) => w.code)).toEqual(['separator', 'ragged-row', 'unknown-model', 'unknown-model']);
  });

  it('names a missing column and the columns found, with the separator the header was split by', () => {
    const missing = parseAttacksCsv(fixture('attacks-no-time-start.csv'));
    expect(missing.records).toEqual([]);
    expect(missing.problem).toMatchObject({ code: 'missing-column', missing: ['time_start'], separator: ',' });
    expect(missing.problem?.message).toMatch(/^line 1: the header has no column time_start \(its columns are date, time_end, model, launch_place, .*, source\); no rows read$/);
    const semicolons = parseAttacksCsv('date;model;launched\n2024-11-13;Shahed-136/131;5\n');
    expect(semicolons.problem).toEqual({
      code: 'missing-column',
      message: 'line 1: the header, separated by semicolons, has no column time_start, time_end (its columns are date, model, launched); no rows read',
      missing: ['time_start', 'time_end'],
      found: ['date', 'model', 'launched'],
      separator: ';',
    });
  });

  it('says that dates must be written year first, naming the first cell written day first and its line', () => {
    const result = parseAttacksCsv(fixture('attacks-day-first.csv'));
    expect(result.records).toEqual([]);
    expect(result.problem).toEqual({
      code: 'day-first-date',
      message: 'line 2: time_start "30.06.2025 21:00" is not written year first; dates must be written as 2026-04-04 (ISO); no row could be read',
      row: 2,
      column: 'time_start',
      cell: '30.06.2025 21:00',
    });
    expect(result.warnings.map((w) => [w.row, w.skipped])).toEqual([[2, true], [3, true], [4, true], [5, true]]);
    expect(result.warnings[2].message).toBe('line 4: no readable date in time_start "30/06/2025" or time_end "30/06/2025": dates must be written year first, as 2026-04-04 (ISO); row skipped');
    // Rows that can be read are read; a day-first cell among them is warned, not the file's problem.
    const mixed = parseAttacksCsv(`${header}\n2026-04-04,04/04/2026,Shahed-136/131,,,,5,5,,,\n`);
    expect(mixed.records).toHaveLength(1);
    expect(mixed.problem).toBeUndefined();
    expect(mixed.warnings[0].message).toBe('line 2: time_end "04/04/2026" is not written year first; dates must be written as 2026-04-04 (ISO); read as unknown');
  });

  it('says a web page is a web page', () => {
    for (const text of [fixture('web-page.csv'), '\uFEFF\n  <html><body>Not found</body></html>', '<!doctype html>']) {
      const result = parseAttacksCsv(text);
      expect(result.records).toEqual([]);
      expect(result.problem?.code, text).toBe('web-page');
      expect(result.problem?.message).toMatch(/^the text is a web page \(it starts <!?[a-z]+.*\), not data/i);
    }
    expect(parseAttacksCsv(`${header}\n<html>,2024-11-13,Shahed-136/131,,,,5,5,,,\n`).problem).toBeUndefined();
  });

  it('marks every skipped row, and only those', () => {
    const result = parseAttacksCsv(fixture('attacks-skipped-rows.csv'));
    expect(result.records.map((r) => r.row)).toEqual([2, 3, 4, 5, 9]);
    expect(result.warnings.map((w) => [w.row, w.code, w.skipped ?? false])).toEqual([
      [5, 'inconsistent', false],
      [6, 'missing-launched', true],
      [7, 'missing-model', true],
      [8, 'missing-date', true],
    ]);
    expect(warningCounts(result.warnings)).toEqual({ skipped: 3, inconsistent: 1, other: 0 });
    expect(warningCounts([...result.warnings, { path: 'x', message: 'x' }])).toEqual({ skipped: 3, inconsistent: 1, other: 1 });
  });
});
