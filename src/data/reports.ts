import { Checker } from './check.js';
import { notReported } from './rates.js';
import type { AttackRecord, InputIssue, StrikeReport } from './types.js';
import { checkReport } from './validate.js';
import type { DateSpan } from './windows.js';

/**
 * Turns dated reports into dataset rows, one per weapon entry, so reports given as JSON are filtered and
 * summed per period exactly as rows of the CSV are. A row gives jammed for all it launched or for none, so
 * the part an entry with jammed does not split (a summed entry's `notReported`) becomes a row without jammed.
 */
export function recordsFromReports(reports: readonly StrikeReport[]): AttackRecord[] {
  const records: AttackRecord[] = [];
  reports.forEach((report, i) => {
    for (const w of report.weapons) {
      const same = { row: i + 1, date: report.date ?? '', model: w.model ?? w.label ?? w.kind, kind: w.kind, category: w.category ?? 'unknown' };
      const unsplit = w.jammed === undefined ? 0 : Math.min(w.launched, notReported(w));
      const record: AttackRecord = { ...same, launched: w.launched - unsplit, downed: w.downed };
      if (w.jammed !== undefined) record.jammed = w.jammed;
      if (w.stillAttacking !== undefined) record.stillAttacking = w.stillAttacking;
      records.push(record);
      if (unsplit) records.push({ ...same, launched: unsplit, downed: 0 });
    }
  });
  return records;
}

/** The first report's date to the last day any report covers (its `end`, else its date). */
function reportsSpan(reports: readonly StrikeReport[]): DateSpan {
  let start = reports[0].date!;
  let end = start;
  for (const { date, end: last = date } of reports) {
    if (date! < start) start = date!;
    if (last! > end) end = last!;
  }
  return { start, end };
}

/**
 * Dataset rows from JSON: a list of dated reports (or one dated report), each checked, with the dates they
 * cover (a monthly report covers its month to its `end`); every problem is returned with its place in the
 * list (`[2].weapons[0].downed`). Rows come with what was read though odd (counts written as text), in one warning.
 */
export function readReportsAsRecords(value: unknown): { records: AttackRecord[]; span: DateSpan; warnings: InputIssue[] } | { issues: InputIssue[] } {
  const reports = Array.isArray(value) ? value : [value];
  const valid: StrikeReport[] = [];
  const c = new Checker();
  reports.forEach((raw, i) => {
    c.at = `[${i}].`;
    const report = checkReport(c, raw);
    if (report && !report.date) c.fail('date', 'a date written YYYY-MM-DD', undefined);
    else if (report) valid.push(report);
  });
  if (c.issues.length) return { issues: c.issues };
  if (valid.length === 0) return { issues: [{ path: 'data', message: 'data: expected a list of dated reports, got an empty list' }] };
  return { records: recordsFromReports(valid), span: reportsSpan(valid), warnings: c.warnings() };
}
