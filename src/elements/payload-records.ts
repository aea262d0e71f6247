import { readReportsAsRecords } from '../data/reports.js';
import type { AttackRecord, InputIssue } from '../data/types.js';
import { dateSpan, type DateSpan } from '../data/windows.js';
import type { Payload } from '../controllers/input-controller.js';

/** Rows, with the dates they cover (null for no rows), or why there are none. */
export type RecordsOrIssues = { records: readonly AttackRecord[]; span: DateSpan | null; warnings: readonly InputIssue[] } | { issues: InputIssue[] };

/**
 * The dataset rows of an element's payload, worked out once per payload: rows as given (CSV, `{ records }`),
 * or a list of dated reports made rows, with what was read though odd in them. Views that filter and
 * re-aggregate on every attribute change start here.
 */
export class PayloadRecords {
  private payload?: Payload;
  private result: RecordsOrIssues = { records: [], span: null, warnings: [] };

  /** The rows, or why there are none; what the reports' rows were read from though odd goes to `warnings`. */
  read(payload: Payload, warnings: InputIssue[]): RecordsOrIssues {
    if (payload !== this.payload) {
      this.payload = payload;
      this.result = payload.kind === 'dataset' ? { records: payload.records, span: dateSpan(payload.records), warnings: [] } : readReportsAsRecords(payload.value);
    }
    if ('warnings' in this.result) warnings.push(...this.result.warnings);
    return this.result;
  }
}
