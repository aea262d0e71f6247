import { Checker } from './check.js';
import type { AttackRecord, InputIssue, StrikeReport } from './types.js';
import { checkReport } from './validate.js';

/**
 * Turns dated reports into dataset rows, one per weapon entry, so reports given as JSON are filtered and
 * summed per period exactly as rows of the CSV are.
 */
export function recordsFromReports(reports: readonly StrikeReport[]): AttackRecord[] {
  const records: AttackRecord[] = [];
  reports.forEach((report, i) => {
    for (const w of report.weapons) {
      const record: AttackRecord = {
        row: i + 1,
        date: report.date ?? '',
        model: w.model ?? w.label ?? w.kind,
        kind: w.kind,
        category: w.category ?? 'unknown',
        launched: w.launched,
        downed: w.downed,
      };
      if (w.jammed !== undefined) record.jammed = w.jammed;
      records.push(record);
    }
  });
  return records;
}

/**
 * Dataset rows from JSON: a list of dated reports (or one dated report), each checked; every problem is
 * returned with its place in the list (`[2].weapons[0].downed`). Rows come with what was read though odd
 * (counts written as text), in one warning.
 */
export function readReportsAsRecords(value: unknown): { records: AttackRecord[]; warnings: InputIssue[] } | { issues: InputIssue[] } {
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
  return { records: recordsFromReports(valid), warnings: c.warnings() };
}
