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
