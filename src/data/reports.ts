import type { AttackRecord, StrikeReport } from './types.js';

/**
 * Turns dated reports into dataset rows, one per weapon entry, so reports given as JSON are filtered and
 * summed per period exactly as rows of the CSV are.
 */
export function reportsToRecords(reports: readonly StrikeReport[]): AttackRecord[] {
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
