import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { dateBounds, rangeProblems, type DateRange, type RangeEnd, type RangeProblem } from '../../data/date-range.js';
import { periodMeetsRange } from '../../data/view-scope.js';
import type { DateSpan } from '../../data/windows.js';
import { shownDate } from './strike-dashboard.controls.js';

/** The dashboard as its date inputs see it: the range and the period picked in use. */
type DatesHost = ReactiveControllerHost & DateRange & { selected?: string };

export interface DateEntryOptions {
  /** The data's first and last day, while there is data. */
  span: () => DateSpan | undefined;
  /** The date input of an end, once rendered. */
  input: (end: RangeEnd) => HTMLInputElement | null;
}

/**
 * The dates typed in the dashboard's two date inputs. The range they show is taken once it is one: days on the
 * calendar, in order, within the data's days (or the range's, when wider: a date typed digit by digit passes
 * through years such as 0002). Until then the panels keep the range in use, and `problems` say why.
 */
export class DateEntry implements ReactiveController {
  /** Why the dates typed make no range; none once they are taken or dropped. */
  problems?: RangeProblem[];
  private seen: DateRange = {};
  private putBack = false;

  constructor(
    private readonly host: DatesHost,
    private readonly o: DateEntryOptions,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const { from, to } = this.host;
    // A range set from outside (or by Reset) replaces what was typed.
    if (from !== this.seen.from || to !== this.seen.to) this.drop();
    this.seen = { from, to };
  }

  hostUpdated(): void {
    if (!this.putBack) return;
    this.putBack = false;
    const span = this.o.span();
    for (const end of ['from', 'to'] as const) {
      const input = this.o.input(end);
      if (input && span) input.value = shownDate(end, this.host, span);
    }
  }

  /** Typed dates are let go, and the inputs shown the range in use again. */
  drop(): void {
    if (!this.problems) return;
    this.problems = undefined;
    this.putBack = true;
    this.host.requestUpdate();
  }

  /** A date input changed: the range both show is taken, or said to be none. A picked period it leaves out is let go. */
  readonly onDate = (changed: RangeEnd): void => {
    const host = this.host;
    const span = this.o.span();
    if (!span) return;
    const range: DateRange = {};
    const problems: RangeProblem[] = [];
    for (const end of ['from', 'to'] as const) {
      const input = this.o.input(end)!;
      if (input.validity.badInput) problems.push({ end, reason: 'no-such-day' });
      // An input that still shows the end in use keeps it as the page wrote it (an open end stays open).
      else range[end] = input.value === shownDate(end, host, span) ? host[end] : input.value || undefined;
    }
    problems.push(...rangeProblems(range, { changed, within: dateBounds(span, host) }));
    this.problems = problems.length ? problems : undefined;
    host.requestUpdate();
    if (problems.length) return;
    const selected = host.selected && periodMeetsRange(host.selected, range.from, range.to) ? host.selected : undefined;
    Object.assign(host, { from: range.from, to: range.to, selected });
  };

  /** Leaving an emptied date input (an open end) puts the day it stands for in it. */
  readonly onDateLeft = (end: RangeEnd, e: Event): void => {
    const input = e.target as HTMLInputElement;
    const span = this.o.span();
    if (input.value || input.validity.badInput || !span) return;
    input.value = shownDate(end, this.host, span);
  };
}
