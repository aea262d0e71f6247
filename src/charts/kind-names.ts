import type { Messages } from '../i18n/types.js';

const guided = new WeakMap<Messages, Messages>();

/**
 * The words with weapon kinds named from what the rows hold: bombs are "Guided bombs" only when every bomb
 * row is one (`bombsAllGuided`), else "Bombs", as the tables name them.
 */
export function namingKinds(words: Messages, bombsGuided: boolean): Messages {
  if (!bombsGuided) return words;
  let named = guided.get(words);
  if (!named) {
    const { kind, count } = words.guidedBomb;
    named = { ...words, kind: { ...words.kind, bomb: kind }, kindCount: { ...words.kindCount, bomb: count } };
    guided.set(words, named);
  }
  return named;
}
