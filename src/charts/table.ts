/** The exact figures behind a chart, as text: rendered as the accessible table and exported as CSV. */
export interface FigureTable {
  caption: string;
  columns: string[];
  rows: FigureRow[];
}

export interface FigureRow {
  header: string;
  cells: string[];
  /** Raw values for CSV export, one per cell; null where the figure is unknown. */
  values: (number | string | null)[];
  flagged?: boolean;
}

const csvCell = (v: string | number | null): string => {
  const s = v === null ? '' : String(v);
  // A leading = + - @ would run as a formula in a spreadsheet; quote and prefix it.
  const safe = /^[=+\-@\t\r]/.test(s) && typeof v === 'string' ? `'${s}` : s;
  return /[",\n\r]/.test(safe) || safe !== s ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** RFC 4180 CSV of a figure table: a header row, then raw values (not locale-formatted). */
export function tableToCsv(table: FigureTable): string {
  const lines = [table.columns, ...table.rows.map((r) => [r.header, ...r.values])];
  return lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
