import type { ReadingProblem, Separator } from './types.js';

/** Names of the separators, as messages say them. */
export const SEPARATOR_NAMES: Record<Separator, string> = { ',': 'commas', ';': 'semicolons', '\t': 'tabs' };

const WEB_PAGE = /^\uFEFF?\s*<(?:!doctype\s+html|html)[\s>]/i;

/** The text is an HTML page (a 404 or sign-in page served with 200 where the data was asked for). */
export function webPage(text: string): ReadingProblem | undefined {
  if (!WEB_PAGE.test(text.slice(0, 1024))) return undefined;
  const start = text.trimStart().slice(0, 15);
  return { code: 'web-page', message: `the text is a web page (it starts ${start}…), not data: an error or sign-in page, perhaps` };
}

/** Up to `most` names, then how many more. */
function someOf(names: readonly string[], most: number): string {
  const shown = names.slice(0, most).map((n) => (n.length > 40 ? `${n.slice(0, 40)}…` : n));
  return names.length > most ? `${shown.join(', ')} and ${names.length - most} more` : shown.join(', ');
}

/** A header that lacks required columns: which, the names it has, and how it was split. */
export function missingColumns(line: number, header: readonly (string | undefined)[], missing: string[], separator: Separator): ReadingProblem {
  const found = header.map((name) => (name ?? '').trim()).filter((name) => name !== '');
  const split = separator === ',' ? 'the header' : `the header, separated by ${SEPARATOR_NAMES[separator]},`;
  const has = found.length ? `its columns are ${someOf(found, 30)}` : 'it names no column';
  const message = `line ${line}: ${split} has no column ${missing.join(', ')} (${has}); no rows read`;
  return { code: 'missing-column', message, missing, found, separator };
}
