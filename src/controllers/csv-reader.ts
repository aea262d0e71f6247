import type { AttacksCsv } from '../data/csv.js';
import type { InputWarning } from '../data/types.js';
import { warn } from '../data/warn.js';
import type { LoadedSource } from './fetch-text.js';

/** Reads a loaded CSV file into rows, once for every element that shared its request. */
export type CsvReader = (loaded: LoadedSource) => AttacksCsv;

/** CSV files already parsed: elements that shared one request share its rows too (and warn once). */
const parsedSources = new WeakMap<LoadedSource, AttacksCsv>();

let reader: CsvReader | undefined;

/** The CSV reader if it is loaded (`loadCsvReader`), else undefined. */
export const csvReader = (): CsvReader | undefined => reader;

/**
 * Loads the CSV reader (parseAttacksCsv and what only it uses) on first use, as its own chunk: a page given
 * only JSON never downloads it. Rejects with the cause when the chunk cannot be loaded.
 */
export async function loadCsvReader(): Promise<CsvReader> {
  if (reader) return reader;
  const { parseAttacksCsv } = await import('../data/csv.js');
  return (reader ??= (loaded) => {
    const known = parsedSources.get(loaded);
    if (known) return known;
    const parsed = parseAttacksCsv(loaded.text);
    parsedSources.set(loaded, parsed);
    if (!parsed.problem) warnOfRows(loaded.url, parsed.warnings);
    return parsed;
  });
}

/** Why a CSV file from `url` was not read: the reader could not be loaded, for `error`. */
export const readerFailure = (error: unknown, url: string): string =>
  `The CSV reader could not be loaded (${error instanceof Error ? error.message : String(error)}), so ${url} was not read: reload the page to try again.`;

/** One console warning for the rows of a file that were skipped or odd (the element lists them all). */
function warnOfRows(url: string, warnings: readonly InputWarning[]): void {
  if (warnings.length === 0) return;
  const shown = warnings.slice(0, 3).map((w) => w.message).join('; ');
  warn(`${url}: ${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'} (${shown}${warnings.length > 3 ? '; …' : ''})`);
}
