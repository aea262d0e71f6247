import type { InputWarning } from './types.js';

/**
 * The one way the library warns on the console, so tests can count warnings and pages can silence them.
 */
export type WarningHandler = (message: string) => void;

const toConsole: WarningHandler = (message) => console.warn(`strike-charts: ${message}`);
let handler: WarningHandler = toConsole;

export function warn(message: string): void {
  handler(message);
}

/** Replaces the handler (e.g. to collect warnings); returns a function that restores the previous one. */
export function setWarningHandler(next: WarningHandler | null): () => void {
  const previous = handler;
  handler = next ?? toConsole;
  return () => {
    handler = previous;
  };
}

/** What a list of warnings comes to: rows skipped, rows kept though inconsistent, and other warnings. */
export interface WarningCounts {
  skipped: number;
  inconsistent: number;
  other: number;
}

export function warningCounts(warnings: readonly InputWarning[]): WarningCounts {
  const counts: WarningCounts = { skipped: 0, inconsistent: 0, other: 0 };
  for (const w of warnings) {
    if ('skipped' in w && w.skipped) counts.skipped++;
    else if ('code' in w && w.code === 'inconsistent') counts.inconsistent++;
    else counts.other++;
  }
  return counts;
}
