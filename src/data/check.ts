import { isCalendarDate } from './calendar.js';
import type { InputIssue } from './types.js';

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

/** Collects every problem in one pass, each with the path where it was found and the bad value. */
export class Checker {
  readonly issues: InputIssue[] = [];

  fail(path: string, expected: string, got: unknown): undefined {
    this.issues.push({ path, message: `${path}: expected ${expected}, got ${describe(got)}` });
    return undefined;
  }

  count(o: Record<string, unknown>, key: string, path: string, required: boolean): number | undefined {
    const v = own(o, key);
    if (v === undefined && !required) return undefined;
    if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return v;
    return this.fail(`${path}.${key}`, 'a whole number >= 0', v);
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
 * Parses JSON text into a value, or an issue at `path` (the input it came from: `data`, `src`) whose message
 * names the text in words (`what`: "The data attribute") and where it broke.
 */
export function parseJson(text: string, path: string, what: string): { ok: true; value: unknown } | { ok: false; issue: InputIssue } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return { ok: false, issue: { path, message: `${what} is not valid JSON (${reason})` } };
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
