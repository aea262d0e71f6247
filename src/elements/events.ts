import type { InputIssue, InputWarning, StrikeReport } from '../data/types.js';

export interface StrikeErrorDetail {
  /** What went wrong, in words a reader understands. */
  message: string;
  /** Each problem with where it was found, e.g. `weapons[1].downed`. */
  issues: InputIssue[];
}

export interface StrikeLoadDetail {
  url: string;
  /** Rows of the file skipped (`skipped: true`) or kept with something odd, and what else was read though odd; shown in `[part~="warnings"]`. */
  warnings: InputWarning[];
}

export interface StrikeSelectDetail {
  /** Period key (`2025-01`) or report date of what the reader picked. */
  period: string;
  report: StrikeReport;
}

export type StrikeErrorEvent = CustomEvent<StrikeErrorDetail>;
export type StrikeLoadEvent = CustomEvent<StrikeLoadDetail>;
export type StrikeRenderEvent = CustomEvent<Record<string, never>>;
export type StrikeSelectEvent = CustomEvent<StrikeSelectDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'strike-error': StrikeErrorEvent;
    'strike-load': StrikeLoadEvent;
    'strike-render': StrikeRenderEvent;
    'strike-select': StrikeSelectEvent;
  }
}
