/** Ends a sentence with a full stop, unless it ends in one already (a Ukrainian date does: «2024 р.»). */
export const fullStop = (text: string): string => (text.endsWith('.') ? text : `${text}.`);
