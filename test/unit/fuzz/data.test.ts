import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_THEME } from '../../../src/charts/palette.js';
import { strikeChartView } from '../../../src/charts/strike-chart.js';
import { tableToCsv } from '../../../src/charts/table.js';
import { parseJson } from '../../../src/data/check.js';
import { summarize } from '../../../src/data/summarize.js';
import type { StrikeReport, WeaponEntry } from '../../../src/data/types.js';
import { validateReport } from '../../../src/data/validate.js';
import { formatFor, messagesFor } from '../../../src/i18n/format.js';
import { anyData, anyValue, badTexts, MARKUP, prototypeChanges, prototypeSnapshot, text } from '../../fixtures/hostile.js';
import { fuzz, fuzzTimeout } from './settings.js';

const count = fc.oneof(fc.nat(1000), fc.constantFrom(0, 1, 1e15, 2 ** 53 - 1));
const nonBlank = text.filter((s) => s.trim() !== '');
const validEntry: fc.Arbitrary<WeaponEntry> = fc.record(
    { kind: fc.constantFrom('missile', 'drone', 'bomb', 'unknown'), label: nonBlank, launched: count, downed: count, jammed: count },
  { requiredKeys: ['kind', 'launched', 'downed'] },
);
/** Reports that pass validation, with every edge a count can have: all zeros, 1e15, downed + jammed > launched. */
const validReport: fc.Arbitrary<StrikeReport> = fc.record(
  {
    weapons: fc.array(validEntry, { minLength: 1, maxLength: 5 }),
    date: fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    regions: count,
    source: fc.record({ name: nonBlank, url: nonBlank }, { requiredKeys: ['name'] }),
  },
  { requiredKeys: ['weapons'] },
);
const locale = fc.oneof(fc.constantFrom('en', 'uk', 'uk-UA', 'en-GB', 'ar-EG', 'hi-IN-u-nu-deva'), text);

/** Every string in a value (config, table), functions left out. */
function strings(value: unknown, seen = new Set<unknown>()): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  return Object.values(value).flatMap((v) => strings(v, seen));
}

type Config = ReturnType<NonNullable<ReturnType<typeof strikeChartView>['configure']>>;
type TickCallback = (this: unknown, value: number, index: number, ticks: unknown[]) => unknown;

/**
 * What chart.js would write beside the axes: every tick callback the configuration defines, called as chart.js
 * calls it (on its scale, on a phone's width and a wide one, as the labels differ by width) for every category
 * and a spread of values. Each call must give a non-empty text (a label may be split into lines).
 */
function tickTexts(config: Config): { called: number; texts: string[]; empty: string[] } {
  const labels = (config.data.labels ?? []) as string[];
  const out = { called: 0, texts: [] as string[], empty: [] as string[] };
  for (const [axis, scale] of Object.entries(config.options?.scales ?? {})) {
    const tick = (scale as { ticks?: { callback?: TickCallback } } | undefined)?.ticks?.callback;
    if (!tick) continue;
    for (const width of [360, 800]) {
      const scaleThis = { chart: { width }, getLabelForValue: (v: number) => String(labels[v] ?? v) };
      const values = [...labels.keys(), 10, 50, 100, 150, 1000, 1e15];
      values.forEach((v, i) => {
        const shown = tick.call(scaleThis, v, i, []);
        const lines = Array.isArray(shown) ? shown : [shown];
        out.called++;
        if (lines.length === 0 || lines.some((line) => typeof line !== 'string' || line.trim() === '')) out.empty.push(`${axis}(${v}) at ${width}px: ${JSON.stringify(shown)}`);
        out.texts.push(...lines.map(String));
      });
    }
  }
  return out;
}

/** Reads RFC 4180 CSV back into rows of cells. */
function readCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && csv[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  return rows;
}

describe('data layer under hostile input (property tests)', () => {
  it('validateReport never throws, and names every problem without a bad word', () => {
    fc.assert(
      fc.property(anyData, (input) => {
        const result = validateReport(input);
        if (result.ok) {
          for (const w of result.value.weapons) {
            for (const n of [w.launched, w.downed, w.jammed ?? 0]) expect(Number.isSafeInteger(n) && n >= 0).toBe(true);
          }
        } else {
          expect(result.issues.length).toBeGreaterThan(0);
          expect(badTexts(result.issues.flatMap((i) => [i.path, i.message]))).toEqual([]);
        }
      }),
      fuzz(),
    );
  }, fuzzTimeout);

  it('charts built from valid reports show, label and announce no NaN, Infinity or "undefined", in any locale', () => {
    fc.assert(
      fc.property(validReport, fc.constantFrom('bar', 'doughnut') as fc.Arbitrary<'bar' | 'doughnut'>, locale, (input, variant, requested) => {
        const checked = validateReport(input);
        expect(checked.ok).toBe(true);
        const format = formatFor(requested);
        const summary = summarize(checked.value!);
        const view = strikeChartView(summary, variant, {
          format,
          words: messagesFor(format.locale),
          animate: false,
        });
        const config = view.configure?.(DEFAULT_THEME) ?? null;
        const shown = [
          view.sentence,
          ...view.headlines,
          ...view.notes,
          ...strings(view.legend),
          ...strings(view.table),
          ...(config ? strings(config) : []),
        ];
        expect(badTexts(shown)).toEqual([]);
        if (config) {
          const ticks = tickTexts(config);
          // Bars have a value axis and a name axis, each with its callback; rings have no axes.
          expect(ticks.called > 0).toBe(variant === 'bar');
          expect(ticks.empty).toEqual([]);
          expect(badTexts(ticks.texts)).toEqual([]);
        }
        // No chart only when nothing at all was launched (the sentence says so).
        expect(config === null).toBe(summary.total.launched === 0);
        for (const dataset of config?.data.datasets ?? []) for (const v of dataset.data as number[]) expect(Number.isFinite(v)).toBe(true);
        for (const row of view.table.rows) for (const v of row.values) expect(v === null || typeof v === 'string' || Number.isFinite(v)).toBe(true);
      }),
      fuzz(),
    );
  }, fuzzTimeout);

  it('tableToCsv round-trips any label and never starts a cell with a spreadsheet formula', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), fc.array(fc.tuple(text, fc.oneof(fc.nat(), fc.constant(null), text)), { maxLength: 4 }), (columns, rows) => {
        const table = { caption: 'c', columns, rows: rows.map(([header, value]) => ({ header, cells: [String(value)], values: [value] })) };
        const read = readCsv(tableToCsv(table));
        const formula = (s: string) => /^[=+\-@\t\r]/.test(s);
        const expected = [columns, ...rows.map(([header, value]) => [header, value === null ? '' : String(value)])].map((cells) =>
          cells.map((s) => (formula(s) ? `'${s}` : s)),
        );
        expect(read).toEqual(expected);
      }),
      fuzz(),
    );
  }, fuzzTimeout);

  it('leaves Object.prototype alone whatever keys the data has (__proto__, constructor, prototype)', () => {
    const before = prototypeSnapshot();
    fc.assert(
      fc.property(fc.oneof(anyData, anyValue), (input) => {
        const viaJson = parseJson(JSON.stringify(input) ?? 'null');
        for (const value of [input, viaJson.ok ? viaJson.value : null]) {
          const checked = validateReport(value);
          if (checked.ok) strikeChartView(summarize(checked.value), 'bar', { format: formatFor('en'), words: messagesFor('en'), animate: false });
        }
        expect(prototypeChanges(before, prototypeSnapshot())).toEqual([]);
        expect(({} as Record<string, unknown>).polluted).toBe(undefined);
      }),
      fuzz(),
    );
    const hostile = '{"__proto__": {"polluted": 1, "weapons": [1]}, "constructor": {"prototype": {"polluted": 1}}, "weapons": [{"__proto__": {"launched": 5}, "kind": "drone", "downed": 0}]}';
    const parsed = parseJson(hostile);
    expect(validateReport(parsed.ok && parsed.value).issues.map((i) => i.path)).toEqual(['weapons[0].launched']);
    expect(prototypeChanges(before, prototypeSnapshot())).toEqual([]);
  }, fuzzTimeout);

  it('keeps markup in labels as plain text in the sentence, headlines and table', () => {
    for (const label of MARKUP) {
      const view = strikeChartView(summarize({ weapons: [{ kind: 'drone', label, launched: 3, downed: 1 }] }), 'bar', {
        format: formatFor('en'),
        words: messagesFor('en'),
        animate: false,
      });
      expect(view.headlines[0]).toBe(`${label}: 1 of 3 downed, 33% — 2 not reported`);
      expect(view.table.rows[0].header).toBe(label);
    }
  });
});
