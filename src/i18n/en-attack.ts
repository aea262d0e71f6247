import type { AttackWords } from './types.js';

/** "1st", "2nd", "3rd", "11th", "22nd". */
const ordinal = (n: number): string => {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  return `${n}${teen ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
};

const named = (noun: string | undefined) => (noun ? ` ${noun}` : '');

export const attack: AttackWords = {
  size: { routine: 'a routine attack', large: 'a large attack', massive: 'a massive attack' },
  ofKind: { drone: 'drone attack', missile: 'missile attack', bomb: 'bomb attack', unknown: 'attack of other weapons' },
  standing: (s, noun, f) => {
    const joint = s.tied > 0 ? 'joint ' : '';
    const rank = s.rank === undefined ? '' : `the ${joint}${ordinal(s.rank)}-largest${named(noun)} in the data`;
    const reach =
      s.reach === 'in-data'
        ? `the ${joint}largest${named(noun)} in the data`
        : s.reach === 'since' && s.since
          ? `the largest${named(noun)} since ${f.date(s.since)}`
          : s.reach === 'before'
            ? `the largest${named(noun)} until then`
            : '';
    return [reach, rank].filter(Boolean).join(', ');
  },
  context: (c, f) =>
    `${f.count(c.launched)} launched: ${c.size}${c.standing ? `, ${c.standing}` : ''}.` + c.kinds.map((k) => ` ${k.counted}: ${k.standing}.`).join(''),
  largestIn: (window, date, f) => `Largest attack of ${window}: ${f.date(date)}.`,
};
