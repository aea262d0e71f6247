import { describe, expect, it } from 'vitest';
import { DEFAULT_THEME } from '../../../src/charts/palette.js';
import { timelineView } from '../../../src/charts/timeline.js';
import { aggregate } from '../../../src/data/aggregate.js';
import { periodSeries } from '../../../src/data/series.js';
import type { AttackRecord } from '../../../src/data/types.js';
import { formatFor, messagesFor } from '../../../src/i18n/format.js';

const rec = (date: string, launched: number, downed: number, jammed: number): AttackRecord => ({
  row: 1, date, model: 'Shahed-136/131', kind: 'drone', category: 'strike-drone', launched, downed, jammed,
});
const points = periodSeries(
  aggregate([rec('2025-01-05', 100, 50, 40), rec('2025-03-02', 200, 100, 60), rec('2025-03-09', 10, 9, 1)], { period: 'month' }),
  'month',
);
const options = (locale = 'en', rolling = 1) => ({
  format: formatFor(locale),
  words: messagesFor(locale),
  animate: false,
  period: 'month' as const,
  rolling,
});

describe('timelineView', () => {
  it('stacks downed / jammed / unaccounted per period and draws the rate as a line on 0–100 %', () => {
    const config = timelineView(points, options()).configure(DEFAULT_THEME);
    expect(config.data.labels).toEqual(['Jan 2025', 'Feb 2025', 'Mar 2025']);
    const [downed, jammed, rest, rate] = config.data.datasets;
    expect(downed.data).toEqual([50, null, 109]);
    expect(jammed.data).toEqual([40, null, 61]);
    expect(rest.data).toEqual([10, null, 40]);
    expect(rate.type).toBe('line');
    expect(rate.data[0]).toBeCloseTo(90);
    expect(rate.data[1]).toBeNull();
    expect(rate.data[2]).toBeCloseTo((170 / 210) * 100);
    const scales = config.options?.scales as Record<string, { min?: number; max?: number }>;
    expect([scales.rate.min, scales.rate.max]).toEqual([0, 100]);
  });

  it('states the totals, the extremes and the gaps in a sentence', () => {
    const { sentence } = timelineView(points, options());
    expect(sentence).toBe(
      'Interception over 3 months, Jan 2025 to Mar 2025: 310 launched, 159 downed, 101 jammed, 50 unaccounted; neutralized rate 84%. ' +
        'Highest neutralized rate 90% (Jan 2025), lowest 81% (Mar 2025). 1 period has no report.',
    );
  });

  it('tabulates every period, a gap as "no report"', () => {
    const { table } = timelineView(points, options());
    expect(table.rows.map((r) => [r.header, ...r.cells])).toEqual([
      ['Jan 2025', '100', '50', '40', '10', '90%'],
      ['Feb 2025', 'no report', '', '', '', ''],
      ['Mar 2025', '210', '109', '61', '40', '81%'],
    ]);
  });

  it('adds a rolling rate, weighted by launched', () => {
    const { table, legend } = timelineView(points, options('en', 3));
    expect(table.columns.at(-1)).toBe('Neutralized rate, 3-period rolling');
    expect(table.rows[2].values.at(-1)).toBeCloseTo((90 + 170) / 310);
    expect(legend.at(-1)?.label).toBe('Neutralized rate, 3-period rolling');
  });

  it('names the periods with the highest and lowest rates of their own, also beside a rolling rate', () => {
    // Rolling, March reads (90 + 170) / 310 = 84 %, above no period's own; its own 81 % is the lowest.
    expect(timelineView(points, options('en', 3)).sentence).toContain('Highest neutralized rate 90% (Jan 2025), lowest 81% (Mar 2025).');
  });

  it('says which days a period cut by the range holds, in its row (and so its tooltip)', () => {
    const weeks = periodSeries(aggregate([rec('2024-11-01', 10, 5, 5), rec('2024-11-12', 20, 10, 5)], { period: 'week' }), 'week', {
      start: '2024-11-01',
      end: '2024-11-12',
    });
    const view = timelineView(weeks, { ...options(), period: 'week' });
    expect(view.table.rows.map((r) => r.header)).toEqual([
      'Week of Oct 28, 2024 (Nov 1, 2024 – Nov 3, 2024 only: 3 of 7 days)',
      'Week of Nov 4, 2024',
      'Week of Nov 11, 2024 (Nov 11, 2024 – Nov 12, 2024 only: 2 of 7 days)',
    ]);
    expect(view.configure(DEFAULT_THEME).data.labels).toEqual(['Week of Oct 28, 2024', 'Week of Nov 4, 2024', 'Week of Nov 11, 2024']);
    // Whole periods read as before.
    const whole = periodSeries(aggregate([rec('2025-01-05', 100, 50, 40)], { period: 'month' }), 'month', { start: '2025-01-01', end: '2025-03-31' });
    expect(timelineView(whole, options()).table.rows[0].header).toBe('Jan 2025');
  });

  describe('over data that ends 5 days into a month', () => {
    // March is whole and neutralizes 80 %; April holds 5 of 30 days at 50 %, the lowest of all, and February 95 %.
    const months = periodSeries(
      aggregate([rec('2025-02-10', 100, 90, 5), rec('2025-03-15', 100, 70, 10), rec('2025-04-05', 10, 5, 0)], { period: 'month' }),
      'month',
      { start: '2025-02-01', end: '2025-04-05' },
    );
    const view = timelineView(months, options());

    it('marks the last bar partial: its row, its outline and the days on it', () => {
      expect(months.map((p) => p.partial?.days)).toEqual([undefined, undefined, 5]);
      expect(view.table.rows[2].header).toBe('Apr 2025 (Apr 1, 2025 – Apr 5, 2025 only: 5 of 30 days)');
      const marks = view.configure(DEFAULT_THEME).options?.plugins?.strikePartialMarks;
      expect(marks?.indexes).toEqual([2]);
      expect(marks?.texts).toEqual(['5 of 30 days']);
      expect(view.legend.at(-1)).toEqual({ key: 'partial', label: 'Partial period' });
    });

    it('never calls the partial period the lowest, and says how much of it the data holds', () => {
      expect(view.sentence).toContain('Highest neutralized rate 95% (Feb 2025), lowest 80% (Mar 2025).');
      expect(view.sentence).toContain('Apr 2025 holds only 5 of 30 days, so it is not ranked highest or lowest.');
      expect(timelineView(months, options('uk')).sentence).toContain('квіт. 2025 р. — 5 з 30 днів');
    });

    it('ranks nothing when only one period is whole', () => {
      const two = periodSeries(aggregate([rec('2025-03-15', 100, 70, 10), rec('2025-04-05', 10, 5, 0)], { period: 'month' }), 'month', {
        start: '2025-03-01',
        end: '2025-04-05',
      });
      expect(timelineView(two, options()).sentence).not.toContain('Highest');
    });
  });

  it('says nothing of jammed when no report gave it, as the table does, and draws the rest as not reported, not unaccounted', () => {
    const bare = periodSeries(aggregate([{ ...rec('2025-01-05', 10, 4, 0), jammed: undefined }], { period: 'month' }), 'month');
    const view = timelineView(bare, options());
    expect(view.sentence).toMatch(/^Interception over 1 month, Jan 2025 to Jan 2025: 10 launched, 4 downed, 6 not reported;/);
    expect(view.table.columns).toEqual(['Period', 'Launched', 'Downed', 'Jammed', 'Unaccounted', 'Not reported', 'Neutralized rate']);
    expect(view.table.rows[0].cells).toEqual(['10', '4', 'not reported', '0', '6', '40%']);
    const datasets = view.configure(DEFAULT_THEME).data.datasets;
    expect(datasets.map((d) => [d.label, d.data])).toEqual([
      ['Downed', [4]],
      ['Jammed', [0]],
      ['Unaccounted', [0]],
      ['Not reported', [6]],
      ['Neutralized rate', [40]],
    ]);
    expect(view.legend.map((l) => l.key)).toEqual(['downed', 'jammed', 'unaccounted', 'notReported', 'rate']);
    expect(timelineView(bare, options('uk')).sentence).toMatch(/: запущено 10, збито 4, не повідомлено про 6;/);
    expect(timelineView(bare, options('uk')).sentence).not.toContain('локаційно');
  });

  it('splits a period where only some rows give jammed, and says jammed is known for only part', () => {
    const rows = [rec('2025-01-05', 100, 50, 40), { ...rec('2025-01-06', 20, 10, 0), jammed: undefined }];
    const view = timelineView(periodSeries(aggregate(rows, { period: 'month' }), 'month'), options());
    expect(view.table.rows[0].cells).toEqual(['120', '60', '40 (partly reported)', '10', '10', '83%']);
    expect(view.sentence).toContain(': 120 launched, 60 downed, 40 jammed (reported for only part of them), 10 unaccounted, 10 not reported;');
    expect(timelineView(periodSeries(aggregate(rows, { period: 'month' }), 'month'), options('uk')).sentence).toContain(
      'локаційно втрачено 40 (дані лише про частину запущених), не враховано 10, не повідомлено про 10;',
    );
  });

  it('draws still in the air as its own part, outside unaccounted, only where some period has it', () => {
    const still = periodSeries(aggregate([rec('2025-01-05', 100, 50, 40), { ...rec('2025-02-01', 90, 37, 46), stillAttacking: 2 }], { period: 'month' }), 'month');
    const view = timelineView(still, options());
    const datasets = view.configure(DEFAULT_THEME).data.datasets;
    expect(datasets.map((d) => d.label)).toEqual(['Downed', 'Jammed', 'Unaccounted', 'Still in the air', 'Neutralized rate']);
    expect(datasets[2].data).toEqual([10, 5]);
    expect(datasets[3].data).toEqual([0, 2]);
    expect(view.table.columns).toContain('Still in the air');
    expect(view.table.rows[1].cells).toEqual(['90', '37', '46', '5', '2', '92%']);
    expect(view.sentence).toContain('190 launched, 87 downed, 86 jammed, 2 still in the air when reported, 15 unaccounted;');
    expect(timelineView(still, options('uk')).sentence).toContain('ще 2 у повітрі на час звіту');
    // Without any, the three usual parts alone.
    expect(timelineView(points, options()).table.columns).not.toContain('Still in the air');
  });

  it('shows the downed rate when asked, and names it in the line, its axis, the legend, the table and the sentence', () => {
    const view = timelineView(points, { ...options(), rate: 'downed' });
    const config = view.configure(DEFAULT_THEME);
    const line = config.data.datasets.at(-1)!;
    expect(line.label).toBe('Downed rate');
    expect(line.data[0]).toBeCloseTo(50);
    expect((config.options?.scales as Record<string, { title?: { text?: string } }>).rate.title?.text).toBe('Downed rate');
    expect(view.legend.at(-1)).toEqual({ key: 'rate', label: 'Downed rate' });
    expect(view.table.columns.at(-1)).toBe('Downed rate');
    expect(view.table.rows[0].values.at(-1)).toBeCloseTo(0.5);
    expect(view.sentence).toContain('; downed rate 51%. Highest downed rate 52% (Mar 2025), lowest 50% (Jan 2025).');
    const rolling = timelineView(points, { ...options('uk', 3), rate: 'downed' });
    expect(rolling.table.columns.at(-1)).toBe('Частка збитих, ковзна за 3 періоди');
  });

  it('reports the clicked period', () => {
    const picked: number[] = [];
    const config = timelineView(points, { ...options(), onSelect: (i) => picked.push(i) }).configure(DEFAULT_THEME);
    (config.options?.onClick as (e: unknown, els: { index: number }[]) => void)({}, [{ index: 2 }]);
    expect(picked).toEqual([2]);
  });

  it('speaks Ukrainian with plural forms', () => {
    const { sentence } = timelineView(points, options('uk'));
    expect(sentence).toMatch(/^Перехоплення за 3 місяці/);
    expect(sentence).toContain('Без звіту: 1 період.');
  });
});

describe('timelineView on long series', () => {
  it('does not animate past 60 periods', () => {
    const many = periodSeries(
      aggregate(
        Array.from({ length: 90 }, (_, i) => rec(new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10), 10, 5, 5)),
        { period: 'day' },
      ),
      'day',
    );
    const long = timelineView(many, { ...options(), animate: true });
    expect(long.configure(DEFAULT_THEME).options?.animation).toBe(false);

    expect(timelineView(points, { ...options(), animate: true }).configure(DEFAULT_THEME).options?.animation).toEqual({ duration: 250 });
  });
});
