import type { PartialPeriod } from '../data/windows.js';
import type { Format, PartWords } from '../i18n/types.js';

/** A partial period's days in words: the first and last held, and how many of how many. */
export const partWords = ({ start, end, days, of }: PartialPeriod, f: Format): PartWords => ({ first: f.period(start), last: f.period(end), days, of });
