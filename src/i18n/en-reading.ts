import type { ReadingWords } from './types.js';

const SEPARATORS = { ',': 'commas', ';': 'semicolons', '\t': 'tabs' };

export const reading: ReadingWords = {
  problem: (p, url, f) => {
    const from = url ? `The file at ${url}` : 'The data attribute';
    switch (p.code) {
      case 'not-json':
        return `${from} is not valid JSON.${p.endsEarly && !url ? ' It ends early: an apostrophe (\') ends an attribute written in single quotes, so write it as &#39; there, or set the data property instead.' : ''}`;
      case 'web-page':
        return `${from} is a web page, not CSV or JSON (an error or sign-in page?): check the address.`;
      case 'missing-column':
        return (
          `${from} has no ${p.missing.length === 1 ? 'column' : 'columns'} ${f.list(p.missing)}` +
          `${p.separator === ',' ? '' : ` (its cells are separated by ${SEPARATORS[p.separator]})`}.`
        );
      case 'day-first-date':
        return `Dates in the file at ${url} are written day first (${p.column} "${p.cell}", line ${p.row}): write them as 2026-04-04 (ISO).`;
    }
  },
  warnings: ({ skipped, inconsistent, other }, f) =>
    [
      skipped ? f.plural(skipped, { one: 'row skipped', other: 'rows skipped' }) : '',
      inconsistent ? `${f.count(inconsistent)} inconsistent` : '',
      other ? f.plural(other, skipped || inconsistent ? { one: 'other warning', other: 'other warnings' } : { one: 'warning', other: 'warnings' }) : '',
    ]
      .filter(Boolean)
      .join(', '),
};
