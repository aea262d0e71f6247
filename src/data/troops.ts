import { Checker, isRecord, own } from './check.js';
import type { TroopComparison, TroopFigure, Validation } from './types.js';
import { QUALIFIERS } from './types.js';

/** Checks one figure; pushes every problem to the checker and returns the figure only when it is sound. */
function checkFigure(c: Checker, item: unknown, path: string): TroopFigure | undefined {
  if (!isRecord(item)) return c.fail(path, 'an object with label and value', item);
  const before = c.issues.length;
  const label = c.text(item, 'label', path, true);
  const qualifier = c.oneOf(item, 'qualifier', path, QUALIFIERS, false) ?? 'exact';
  const source = c.source(item, 'source', path);
  const range = own(item, 'qualifier') === 'range';
  const value = c.count(item, 'value', path, !range);
  let low: number | undefined;
  let high: number | undefined;
  if (range) {
    low = c.count(item, 'low', path, true);
    high = c.count(item, 'high', path, true);
    if (low !== undefined && high !== undefined && low > high) c.fail(`${path}.low`, `at most high (${high})`, low);
    else if (low !== undefined && high !== undefined && value !== undefined && (value < low || value > high)) {
      c.fail(`${path}.value`, `a number from low (${low}) to high (${high})`, value);
    }
  } else if (own(item, 'low') !== undefined || own(item, 'high') !== undefined) {
    // An interval without "range" would otherwise be dropped silently and the figure drawn as certain.
    c.fail(`${path}.qualifier`, '"range" when low and high are given', own(item, 'qualifier'));
  }
  if (c.issues.length > before || label === undefined) return undefined;
  const figure: TroopFigure = { label, qualifier };
  if (value !== undefined) figure.value = value;
  if (low !== undefined) figure.low = low;
  if (high !== undefined) figure.high = high;
  if (source !== undefined) figure.source = source;
  return figure;
}

/**
 * Checks an unknown value against the troop-comparison shape: a figure's qualifier defaults to `exact`, a
 * `range` needs `low <= high`. Returns the comparison rebuilt from known keys, or every problem found; never throws.
 * A valid comparison's `issues` are warnings (counts written as text, read).
 */
export function validateTroops(input: unknown): Validation<TroopComparison> {
  const c = new Checker();
  if (!isRecord(input)) {
    c.fail('troops', 'an object with "figures"', input);
    return { ok: false, issues: c.issues };
  }
  const title = c.text(input, 'title', 'troops', false);
  const unit = c.text(input, 'unit', 'troops', false);
  const list = own(input, 'figures');
  const figures: TroopFigure[] = [];
  if (!Array.isArray(list) || list.length === 0) c.fail('figures', 'a list of at least one figure', list);
  else {
    list.forEach((item, i) => {
      const figure = checkFigure(c, item, `figures[${i}]`);
      if (figure) figures.push(figure);
    });
  }
  if (c.issues.length > 0) return { ok: false, issues: c.issues };
  const comparison: TroopComparison = { figures };
  if (title !== undefined) comparison.title = title;
  if (unit !== undefined) comparison.unit = unit;
  return { ok: true, value: comparison, issues: c.warnings() };
}
