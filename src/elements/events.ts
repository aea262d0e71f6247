import type { InputIssue, StrikeReport } from '../data/types.js';

export interface StrikeErrorDetail {
  /** What went wrong, in words a reader understands. */
  message: string;
  /** Each problem with where it was found, e.g. `weapons[1].downed`. */
  issues: InputIssue[];
}

export interface StrikeLoadDetail {
  url: string;
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
