import { isCalendarDate } from './calendar.js';
import { jsonSyntaxError, placeOf } from './json-syntax.js';
import type { InputIssue, ReadingProblem } from './types.js';

/** Describes a value for an error message: short, literal, never "[object Object]". */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  // Words, not "NaN" or "Infinity": a reader should not have to know JavaScript's names for them.
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : Number.isNaN(value) ? 'an invalid number' : 'an infinite number';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Own properties only, so `__proto__` or `constructor` keys in data never reach prototypes. */
export const own = (o: Record<string, unknown>, key: string): unknown =>
  Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;

/** A whole count written as text, `"90"` or `"90.0"`; undefined for any other text. */
function countInText(v: string): number | undefined {
  const n = /^\s*\d+(?:\.0*)?\s*$/.test(v) ? Number(v) : NaN;
  return Number.isSafeInteger(n) ? n : undefined;
}

/**
 * Collects every problem in one pass, each with the path where it was found and the bad value. `at` comes
 * before every path (`[2].` for the third report of a list).
 */
export class Checker {
  readonly issues: InputIssue[] = [];
  at = '';
  /** Paths of counts read from text. */
  private readonly fromText: string[] = [];

  fail(path: string, expected: string, got: unknown): undefined {
    const where = this.at + path;
    this.issues.push({ path: where, message: `${where}: expected ${expected}, got ${describe(got)}` });
    return undefined;
  }

  /** A whole number >= 0; one written as text ("90") is read too, and named by warnings(). */
  count(o: Record<string, unknown>, key: string, path: string, required: boolean): number | undefined {
    const v = own(o, key);
    if (v === undefined && !required) return undefined;
    if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return v;
    const read = typeof v === 'string' ? countInText(v) : undefined;
    if (read === undefined) return this.fail(`${path}.${key}`, 'a whole number >= 0', v);
    this.fromText.push(`${this.at}${path}.${key}`);
    return read;
  }

  /** What was read though not as the shape says: one warning naming every count read from text. */
  warnings(): InputIssue[] {
    const paths = this.fromText;
    if (paths.length === 0) return [];
    const named = paths.length > 6 ? `${paths.slice(0, 5).join(', ')} and ${paths.length - 5} more` : paths.join(', ');
    const counts = paths.length === 1 ? 'a count' : 'counts';
    return [{ path: paths[0], message: `${named}: ${counts} written as text, read as ${paths.length === 1 ? 'a number' : 'numbers'}; write 90, not "90"` }];
  }

  text(o: Record<string, unknown>, key: string, path: string, required: boolean): string | undefined {
    const v = own(o, key);
    if (v === undefined && !required) return undefined;
    if (typeof v === 'string' && v.trim() !== '') return v;
    return this.fail(`${path}.${key}`, 'a non-empty text', v);
  }

  oneOf<T extends string>(o: Record<string, unknown>, key: string, path: string, allowed: readonly T[], required: boolean): T | undefined {
    const v = own(o, key);
    if (v === undefined && !required) return undefined;
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
    return this.fail(`${path}.${key}`, `one of ${allowed.join(', ')}`, v);
  }

  date(o: Record<string, unknown>, key: string, path: string): string | undefined {
    const v = own(o, key);
    if (v === undefined) return undefined;
    if (typeof v === 'string' && isCalendarDate(v)) return v;
    return this.fail(`${path}.${key}`, 'a date written YYYY-MM-DD', v);
  }

  /** A source reference; a URL is kept only when it is https, since it becomes a link. */
  source(o: Record<string, unknown>, key: string, path: string): { name: string; url?: string } | undefined {
    const v = own(o, key);
    if (v === undefined) return undefined;
    if (typeof v === 'string' && v.trim() !== '') return { name: v };
    if (!isRecord(v)) return this.fail(`${path}.${key}`, 'a name or { name, url }', v);
    const name = this.text(v, 'name', `${path}.${key}`, true);
    const url = this.text(v, 'url', `${path}.${key}`, false);
    return name === undefined ? undefined : url === undefined ? { name } : { name, url };
  }
}

/**
 * Parses JSON text into a value, or says where it broke: line, column and the text around the place, and
 * whether the text ends before its JSON does (as when an apostrophe ends a single-quoted attribute).
 */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; problem: ReadingProblem } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const error = jsonSyntaxError(text);
    // JSON that only the engine refuses (nested too deep for it): its own words.
    if (!error) return { ok: false, problem: { code: 'not-json', message: e instanceof Error ? e.message : String(e), endsEarly: false } };
    const { line, column, excerpt } = placeOf(text, error.at);
    const endsEarly = error.at >= text.length;
    const got = endsEarly ? 'the end of the text' : JSON.stringify(text[error.at]);
    return { ok: false, problem: { code: 'not-json', message: `line ${line}, column ${column}: expected ${error.expected}, got ${got} (${excerpt})`, endsEarly } };
  }
}

/** The URL when it is https (safe to show as a link), else undefined. */
export function httpsUrl(s: string | undefined): string | undefined {
  if (!s) return undefined;
  try {
    return new URL(s).protocol === 'https:' ? s : undefined;
  } catch {
    return undefined;
  }
}
