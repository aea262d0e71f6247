import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isCalendarDate, nextPeriodKey, PERIODS } from '../../../src/data/calendar.js';

// An oracle apart from the pattern: the date JavaScript makes of the day, written back the same.
const byDate = (s: string): boolean => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
};
const pad = (n: number, width: number): string => String(n).padStart(width, '0');

describe('calendar dates', () => {
  it('checks calendar dates, not just their shape', () => {
    expect(isCalendarDate('2024-11-13')).toBe(true);
    expect(isCalendarDate('2024-02-30')).toBe(false);
    expect(isCalendarDate('13.11.2024')).toBe(false);
    expect(isCalendarDate('2024-11-13 ')).toBe(false);
  });

  it('agrees with the Date object on every day-shaped string of years around the leap rules', () => {
    for (const year of [0, 4, 50, 100, 1900, 1970, 2000, 2023, 2024, 2100, 2400, 9999]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const s = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          expect(isCalendarDate(s), s).toBe(byDate(s));
        }
      }
    }
  });
});

describe('day arithmetic', () => {
  it('adds days across months, leap days and years, and before year 100', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addDays('0050-03-01', -1)).toBe('0050-02-28');
    expect(addDays('2024-11-13', 0)).toBe('2024-11-13');
  });

  it('counts the days between two dates', () => {
    expect(daysBetween('2024-11-13', '2024-11-13')).toBe(0);
    expect(daysBetween('2024-02-01', '2024-03-01')).toBe(29);
    expect(daysBetween('2025-01-01', '2024-12-31')).toBe(-1);
  });

  it('steps from a period to the next one of every length', () => {
    expect(PERIODS.map((p) => nextPeriodKey({ day: '2024-12-31', week: '2024-W52', month: '2024-12', year: '2024' }[p], p))).toEqual([
      '2025-01-01',
      '2025-W01',
      '2025-01',
      '2025',
    ]);
    expect(nextPeriodKey('2020-W52', 'week')).toBe('2020-W53');
  });
});
