import { fullStop } from './sentence.js';
import type { AttackWords } from './types.js';

/** A feminine ordinal as written with digits: «1-а», «3-я», «13-а», «23-я». */
const ordinal = (n: number): string => `${n}-${n % 10 === 3 && n % 100 !== 13 ? 'я' : 'а'}`;

/** «у даних» after a consonant, «в даних» after a vowel, for the sound. */
const inData = (before: string): string => `${/[аеєиіїоуюя]$/i.test(before) ? 'в' : 'у'} даних`;

const named = (noun: string | undefined) => (noun ? ` ${noun}` : '');

export const attack: AttackWords = {
  size: { routine: 'звичайна атака', large: 'велика атака', massive: 'масована атака' },
  ofKind: { drone: 'атака дронів', missile: 'ракетна атака', bomb: 'атака бомбами', unknown: 'атака іншими засобами' },
  standing: (s, noun, f) => {
    const tied = s.tied === 0 ? '' : s.tied === 1 ? ' (нарівні ще з однією)' : ` (нарівні ще з ${f.count(s.tied)} іншими)`;
    const ranked = s.rank === undefined ? '' : `${ordinal(s.rank)} за масштабом${named(noun)}`;
    const rank = ranked ? `${ranked} ${inData(ranked)}${tied}` : '';
    const largest = `найбільша${named(noun)}`;
    const reach =
      s.reach === 'in-data'
        ? `${largest} ${inData(largest)}${tied}`
        : s.reach === 'since' && s.since
          ? `${largest} з ${f.date(s.since)}`
          : s.reach === 'before'
            ? `${largest} на той час`
            : '';
    return [reach, rank].filter(Boolean).join(', ');
  },
  context: (c, f) =>
    fullStop(`Запущено ${f.count(c.launched)}: ${c.size}${c.standing ? `, ${c.standing}` : ''}`) + c.kinds.map((k) => ` ${fullStop(`${k.counted}: ${k.standing}`)}`).join(''),
  largestIn: (window, date, f) => fullStop(`Найбільша атака за ${window}: ${f.date(date)}`),
};
