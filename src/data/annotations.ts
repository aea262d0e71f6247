import { periodKey, type Period } from './calendar.js';
import { Checker, describe, isRecord, own, parseJson } from './check.js';
import type { InputIssue } from './types.js';

/** What a marker on a timeline's periods is: a note the page gave, or a record the figures set. */
export type MarkerKind = 'annotation' | 'record';

/** An annotation as the page writes it: a day, or a range of days, with its label. */
export type AnnotationInput = { date: string; label: string } | { from: string; to: string; label: string };

/** A note the page puts on a timeline, as read: one day (`from` = `to`) or a range of days, with its label. */
export interface Annotation {
  from: string;
  to: string;
  label: string;
}

/** Where an annotation falls among a timeline's periods: the first and last period index it covers. */
export interface AnnotationPlace {
  annotation: Annotation;
  first: number;
  last: number;
}

/** One item: `{ date, label }` or `{ from, to, label }`; undefined (and the issues in `check`) when it does not fit. */
function readOne(item: unknown, check: Checker): Annotation | undefined {
  if (!isRecord(item)) return check.fail('', 'an object { date, label } or { from, to, label }', item);
  const label = check.text(item, 'label', '', true);
  // A missing date is named too: Checker.date passes over an absent key.
  const dateOf = (key: string) => (own(item, key) === undefined ? check.fail(`.${key}`, 'a date written YYYY-MM-DD', undefined) : check.date(item, key, ''));
  const ranged = own(item, 'date') === undefined && (own(item, 'from') !== undefined || own(item, 'to') !== undefined);
  if (!ranged) {
    const date = dateOf('date');
    return date && label ? { from: date, to: date, label } : undefined;
  }
  const from = dateOf('from');
  const to = dateOf('to');
  if (from && to && to < from) return check.fail('.to', `a date on or after from (${from})`, to);
  return from && to && label ? { from, to, label } : undefined;
}

/**
 * The `annotations` property or attribute (a list, or the same as JSON text) read into annotations, or every
 * problem in it, each named by its place (`annotations[1].date: expected a date written YYYY-MM-DD, got "13.11.2024"`).
 */
export function readAnnotations(value: unknown): { annotations: Annotation[] } | { issues: InputIssue[] } {
  if (value === undefined || value === null || value === '') return { annotations: [] };
  let list: unknown = value;
  if (typeof value === 'string') {
    const parsed = parseJson(value);
    if (!parsed.ok) return { issues: [{ path: 'annotations', message: `annotations: ${parsed.problem.message}` }] };
    list = parsed.value;
  }
  if (!Array.isArray(list)) {
    return { issues: [{ path: 'annotations', message: `annotations: expected a list of { date, label } or { from, to, label }, got ${describe(list)}` }] };
  }
  const check = new Checker();
  const annotations: Annotation[] = [];
  list.forEach((item, i) => {
    check.at = `annotations[${i}]`;
    const read = readOne(item, check);
    if (read) annotations.push(read);
  });
  return check.issues.length ? { issues: check.issues } : { annotations };
}

/**
 * Where each annotation falls among the period `keys` (in order, of `period`): the periods its days fall
 * in, cut to those shown; an annotation wholly outside them is left out.
 */
export function placeAnnotations(annotations: readonly Annotation[], keys: readonly string[], period: Period): AnnotationPlace[] {
  if (keys.length === 0) return [];
  const firstKey = keys[0];
  const lastKey = keys[keys.length - 1];
  const index = new Map(keys.map((k, i) => [k, i]));
  return annotations.flatMap((annotation) => {
    const from = periodKey(annotation.from, period);
    const to = periodKey(annotation.to, period);
    if (to < firstKey || from > lastKey) return [];
    const first = from < firstKey ? 0 : index.get(from);
    const last = to > lastKey ? keys.length - 1 : index.get(to);
    return first === undefined || last === undefined ? [] : [{ annotation, first, last }];
  });
}
