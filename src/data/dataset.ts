import { aggregate, periodKey } from './aggregate.js';
import type { AttackRecord, StrikeReport } from './types.js';

/** The report of one report date (`YYYY-MM-DD`), one weapon entry per kind; no entries if nothing was reported. */
export function reportForDate(records: readonly AttackRecord[], date: string): StrikeReport {
  const period = periodKey(date, 'day');
  const [report] = aggregate(
    records.filter((record) => record.date === date),
    { period: 'day' },
  );
  return report ?? { period, date, end: date, weapons: [] };
}
