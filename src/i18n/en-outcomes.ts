import type { Messages, OutcomeWords } from './types.js';

/** Each rate's name in running text. */
export const rate: Messages['rate'] = { downed: 'downed rate', jammed: 'jammed rate', neutralized: 'neutralized rate' };

export const outcome: OutcomeWords = {
  downed: (count) => `${count} downed`,
  jammed: (count) => `${count} jammed`,
  unaccounted: (count) => `${count} unaccounted`,
  stillAttacking: (count) => `${count} still in the air when reported`,
  notReported: (count) => `${count} not reported`,
  partly: (phrase) => `${phrase} (reported for only part of them)`,
};
