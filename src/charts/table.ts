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
  /** Which of `values` are shares of 1 (a rate, a change): written as percentages in CSV, unless it is raw. */
  shares?: readonly number[];
  flagged?: boolean;
}

/** A row as a screen reader hears it: "Nov 2024: Launched 2,700, Downed 1,500, …"; empty cells (a period with no report, no annotation) left out. */
export const rowWords = (row: FigureRow, columns: readonly string[]): string =>
  `${row.header}: ${row.cells.flatMap((c, k) => (c ? [`${columns[k + 1]} ${c}`] : [])).join(', ')}`;

export interface CsvOptions {
  /** Shares as the numbers they are (0.853), not as percentages ("85.3%"). */
  raw?: boolean;
}

const csvCell = (v: string | number | null): string => {
  const s = v === null ? '' : String(v);
  // A leading = + - @ would run as a formula in a spreadsheet; quote and prefix it.
  const safe = /^[=+\-@\t\r]/.test(s) && typeof v === 'string' ? `'${s}` : s;
  return /[",\n\r]/.test(safe) || safe !== s ? `"${safe.replace(/"/g, '""')}"` : safe;
};

// A spreadsheet reads "85.3%" as the number 0.853, shown as a percentage.
const percent = (v: number | string | null): number | string | null => (typeof v === 'number' ? `${(v * 100).toFixed(1)}%` : v);

/**
 * RFC 4180 CSV of a figure table: a header row, then values that are not locale-formatted, shares as
 * percentages with one decimal (as they are with `raw`), and text a spreadsheet would run as a formula neutralised.
 */
export function tableToCsv(table: FigureTable, { raw = false }: CsvOptions = {}): string {
  const valuesOf = (r: FigureRow) => (raw || !r.shares?.length ? r.values : r.values.map((v, i) => (r.shares!.includes(i) ? percent(v) : v)));
  const lines = [table.columns, ...table.rows.map((r) => [r.header, ...valuesOf(r)])];
  return lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
