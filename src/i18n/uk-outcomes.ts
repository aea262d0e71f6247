import type { Messages, OutcomeWords } from './types.js';

/** Each rate's name in running text. */
export const rate: Messages['rate'] = { downed: 'частка збитих', jammed: 'частка локаційно втрачених', neutralized: 'частка знешкоджених' };

export const outcome: OutcomeWords = {
  downed: (count) => `збито ${count}`,
  jammed: (count) => `локаційно втрачено ${count}`,
  unaccounted: (count) => `не враховано ${count}`,
  stillAttacking: (count) => `ще ${count} у повітрі на час звіту`,
  notReported: (count) => `не повідомлено про ${count}`,
  partly: (phrase) => `${phrase} (дані лише про частину запущених)`,
};
