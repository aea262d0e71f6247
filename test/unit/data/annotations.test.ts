import { describe, expect, it } from 'vitest';
import { placeAnnotations, readAnnotations } from '../../../src/data/annotations.js';

describe('readAnnotations', () => {
  it('reads days and ranges, from a list or from JSON text', () => {
    const list = [
      { date: '2024-11-13', label: 'Kursk offensive' },
      { from: '2025-01-05', to: '2025-01-20', label: 'Winter campaign' },
    ];
    const read = { annotations: [
      { from: '2024-11-13', to: '2024-11-13', label: 'Kursk offensive' },
      { from: '2025-01-05', to: '2025-01-20', label: 'Winter campaign' },
    ] };
    expect(readAnnotations(list)).toEqual(read);
    expect(readAnnotations(JSON.stringify(list))).toEqual(read);
    expect(readAnnotations(undefined)).toEqual({ annotations: [] });
    expect(readAnnotations('')).toEqual({ annotations: [] });
  });

  it('names each bad value with its index', () => {
    const result = readAnnotations([
      { date: '2024-11-13', label: 'fine' },
      { date: '13.11.2024', label: 'day first' },
      { from: '2025-01-20', to: '2025-01-05', label: 'backwards' },
      { date: '2025-01-01' },
      'a text',
      { from: '2025-01-01', label: 'no end' },
    ]);
    expect('issues' in result && result.issues.map((i) => i.message)).toEqual([
      'annotations[1].date: expected a date written YYYY-MM-DD, got "13.11.2024"',
      'annotations[2].to: expected a date on or after from (2025-01-20), got "2025-01-05"',
      'annotations[3].label: expected a non-empty text, got nothing',
      'annotations[4]: expected an object { date, label } or { from, to, label }, got "a text"',
      'annotations[5].to: expected a date written YYYY-MM-DD, got nothing',
    ]);
  });

  it('says where JSON text breaks, and what it got when it is not a list', () => {
    const broken = readAnnotations("[{ date: '2024-11-13' }]");
    expect('issues' in broken && broken.issues[0].message).toMatch(/^annotations: line 1, column 4: expected/);
    expect('issues' in broken && broken.issues[0].path).toBe('annotations');
    const object = readAnnotations('{ "date": "2024-11-13", "label": "x" }');
    expect('issues' in object && object.issues[0].message).toBe('annotations: expected a list of { date, label } or { from, to, label }, got an object');
  });
});

describe('placeAnnotations', () => {
  const keys = ['2024-11', '2024-12', '2025-01'];
  const note = (from: string, to: string) => ({ from, to, label: `${from}…${to}` });

  it('finds the period of a day and the periods of a range, cut to those shown', () => {
    const places = placeAnnotations([note('2024-11-13', '2024-11-13'), note('2024-12-20', '2025-03-01'), note('2024-10-01', '2024-11-02')], keys, 'month');
    expect(places.map((p) => [p.first, p.last])).toEqual([[0, 0], [1, 2], [0, 0]]);
  });

  it('leaves out annotations wholly outside the periods shown', () => {
    expect(placeAnnotations([note('2024-10-01', '2024-10-31'), note('2025-02-01', '2025-02-01')], keys, 'month')).toEqual([]);
    expect(placeAnnotations([note('2024-11-13', '2024-11-13')], [], 'month')).toEqual([]);
  });

  it('places by ISO week', () => {
    const places = placeAnnotations([note('2025-01-13', '2025-01-13')], ['2025-W02', '2025-W03'], 'week');
    expect(places.map((p) => p.first)).toEqual([1]);
  });
});
