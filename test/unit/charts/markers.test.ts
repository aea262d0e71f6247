import { describe, expect, it } from 'vitest';
import { annotationMarkers, recordMarkers, type Marker } from '../../../src/charts/markers.js';
import { DEFAULT_THEME } from '../../../src/charts/palette.js';
import { tableToCsv } from '../../../src/charts/table.js';
import { timelineView } from '../../../src/charts/timeline.js';
import { aggregate } from '../../../src/data/aggregate.js';
import { periodSeries } from '../../../src/data/series.js';
import type { AttackRecord } from '../../../src/data/types.js';
import { formatFor, messagesFor } from '../../../src/i18n/format.js';

const rec = (date: string, launched: number, downed: number, jammed: number): AttackRecord => ({
  row: 1, date, model: 'Shahed-136/131', kind: 'drone', category: 'strike-drone', launched, downed, jammed,
});
const points = periodSeries(
  aggregate([rec('2024-11-13', 100, 50, 40), rec('2025-01-02', 300, 100, 60), rec('2025-02-09', 10, 9, 1)], { period: 'month' }),
  'month',
);
const keys = points.map((p) => p.key);
const markers = annotationMarkers(
  [
    { from: '2024-11-13', to: '2024-11-13', label: 'Kursk offensive' },
    { from: '2024-12-20', to: '2025-01-10', label: 'Winter campaign' },
  ],
  keys,
  'month',
);
const view = (locale = 'en', marks: readonly Marker[] = markers) =>
  timelineView(points, { format: formatFor(locale), words: messagesFor(locale), animate: false, period: 'month', rolling: 1, markers: marks });

describe('timeline markers', () => {
  it('places a day on its period and a range over its periods', () => {
    expect(markers.map((m) => [m.first, m.last, m.label, m.kind])).toEqual([
      [0, 0, 'Kursk offensive', 'annotation'],
      [1, 2, 'Winter campaign', 'annotation'],
    ]);
  });

  it('hands them to the markers plugin, with a strip above the plot for their labels', () => {
    const config = view().configure(DEFAULT_THEME);
    expect(config.options?.plugins?.strikePeriodMarkers?.markers.map((m) => [m.first, m.last])).toEqual([[0, 0], [1, 2]]);
    expect((config.options?.layout?.padding as { top: number }).top).toBeGreaterThan(0);
    expect(config.plugins?.map((p) => p.id)).toContain('strikePeriodMarkers');
    expect(view('en', []).configure(DEFAULT_THEME).options?.layout).toBeUndefined();
  });

  it('lists them in an Annotations column, in the rows of the periods they cover and in CSV', () => {
    const { table } = view();
    expect(table.columns.at(-1)).toBe('Annotations');
    expect(table.rows.map((r) => r.cells.at(-1))).toEqual(['Kursk offensive', 'Winter campaign', 'Winter campaign', '']);
    const csv = tableToCsv(table).split('\r\n');
    expect(csv[0].endsWith(',Annotations')).toBe(true);
    expect(csv[1].endsWith(',Kursk offensive')).toBe(true);
    expect(csv[4].endsWith(',')).toBe(true);
    expect(view('en', []).table.columns).not.toContain('Annotations');
  });

  it('says them in the sentence, each with its dates', () => {
    expect(view('en-GB').sentence).toMatch(/ Marked: 13 November 2024, Kursk offensive; 20 December 2024 – 10 January 2025, Winter campaign\.$/);
    expect(view('uk').sentence).toMatch(/ Позначено: 13 листопада 2024 р\., Kursk offensive; 20 грудня 2024 р\. – 10 січня 2025 р\., Winter campaign\.$/);
    expect(view('en', []).sentence).not.toMatch(/Marked/);
  });

  it('a record marker without dates is said with its period, in its own column', () => {
    const record: Marker = { first: 2, last: 2, label: 'Most launched since Nov 2024', kind: 'record' };
    const { sentence, table } = view('en', [...markers, record]);
    expect(sentence).toMatch(/ Records: Jan 2025, Most launched since Nov 2024\.$/);
    expect(table.columns.slice(-2)).toEqual(['Annotations', 'Records']);
  });

  it('tells the keyboard where the marked periods and the highest one are', () => {
    expect(view().keyTargets).toEqual({ marked: [0, 1], highest: 2 });
    expect(view('en', []).keyTargets).toEqual({ marked: [], highest: 2 });
  });

  it('marks the largest attack shown as a record, on its period, once there are three periods or more', () => {
    const records = [rec('2025-01-05', 100, 50, 40), rec('2025-02-10', 300, 200, 60), rec('2025-02-11', 20, 10, 5), rec('2025-03-02', 200, 100, 60)];
    const months = periodSeries(aggregate(records, { period: 'month' }), 'month').map((p) => p.key);
    const [record] = recordMarkers(records, months, 'month', formatFor('en'), messagesFor('en'));
    expect(record).toEqual({ first: 1, last: 1, label: 'largest attack shown, 300 launched', kind: 'record', band: false, from: '2025-02-10', to: '2025-02-10' });
    expect(recordMarkers(records, months.slice(0, 2), 'month', formatFor('en'), messagesFor('en'))).toEqual([]);
    expect(recordMarkers(records, months, 'month', formatFor('uk'), messagesFor('uk'))[0].label).toBe('найбільша атака на графіку, запущено 300');
  });
});
