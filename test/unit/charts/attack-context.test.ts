import { describe, expect, it } from 'vitest';
import { attackContext, attacksOf, windowContext } from '../../../src/charts/attack-context.js';
import { addDays } from '../../../src/data/calendar.js';
import type { AttackRecord, WeaponKind } from '../../../src/data/types.js';
import { formatFor, messagesFor } from '../../../src/i18n/format.js';

const rec = (date: string, kind: WeaponKind, launched: number): AttackRecord => ({ row: 1, date, model: kind, kind, category: 'unknown', launched });

// Twenty quiet nights of 10 drones a week apart from 2025-01-01, then a few to rank.
const quiet = Array.from({ length: 20 }, (_, i) => rec(addDays('2025-01-01', 7 * i), 'drone', 10));
const rows = [
  ...quiet,
  rec('2024-12-01', 'drone', 150),
  rec('2025-06-01', 'drone', 120),
  rec('2025-06-01', 'missile', 40),
  rec('2025-06-02', 'drone', 30),
  rec('2025-07-15', 'drone', 210),
  rec('2025-07-16', 'drone', 210),
];
const attacks = attacksOf(rows);
const say = (date: string, locale = 'en') => attackContext(attacks, date, formatFor(locale), messagesFor(locale));

describe('attackContext', () => {
  it('says nothing without an earlier date, nor of a date that launched none', () => {
    expect(say('2024-12-01')).toBeUndefined();
    expect(say('2030-01-01')).toBeUndefined();
  });

  it('gives the size class, and the record where it is worth saying', () => {
    // 160 on 1 June: above every earlier date, 3rd of 24; its 120 drones are the most since the 150 of 1 December
    // 2024, six months back; its 40 missiles are the only ones in the data, which holds no history for them.
    expect(say('2025-06-01')).toBe(
      '160 launched: a large attack, the largest until then, the 3rd-largest in the data. 120 drones: the largest drone attack since December 1, 2024, the 4th-largest drone attack in the data.',
    );
    // The day after: rank 5 (210, 210, 160, 150 above), and the larger date is one day back: the rank alone.
    expect(say('2025-06-02')).toBe('30 launched: a routine attack, the 5th-largest in the data. 30 drones: the 5th-largest drone attack in the data.');
    // A quiet night is 6th with 19 equals, past the top ten, and as large as the week before: its class alone.
    expect(say('2025-02-05')).toBe('10 launched: a routine attack.');
  });

  it('says when equals share the record', () => {
    expect(say('2025-07-15')).toBe('210 launched: a massive attack, the joint largest in the data. 210 drones: the joint largest drone attack in the data.');
    expect(say('2025-07-16', 'uk')).toBe(
      'Запущено 210: масована атака, найбільша в даних (нарівні ще з однією). 210 дронів: найбільша атака дронів у даних (нарівні ще з однією).',
    );
  });

  it('speaks Ukrainian', () => {
    expect(say('2025-06-01', 'uk')).toBe(
      'Запущено 160: велика атака, найбільша на той час, 3-я за масштабом у даних. 120 дронів: найбільша атака дронів з 1 грудня 2024 р., 4-а за масштабом атака дронів у даних.',
    );
  });

  it('names the largest attack of a window of several days, and its context', () => {
    const en = formatFor('en');
    expect(windowContext(attacks, { start: '2025-06-01', end: '2025-06-30' }, 'Jun 2025', en, messagesFor('en'))).toBe(`Largest attack of Jun 2025: June 1, 2025. ${say('2025-06-01')}`);
    expect(windowContext(attacks, { start: '2025-06-02', end: '2025-06-02' }, 'Jun 2, 2025', en, messagesFor('en'))).toBe(say('2025-06-02'));
    expect(windowContext(attacks, { start: '2026-01-01', end: '2026-01-31' }, 'Jan 2026', en, messagesFor('en'))).toBeUndefined();
  });
});
