// What the React types must reject: each `@ts-expect-error` fails the compile if its line stops being an error.
import type {} from 'strike-charts/types/react';
import { report } from '../report.js';

export const misuse = (
  <>
    {/* @ts-expect-error `variant` is 'bar' or 'doughnut'. */}
    <strike-chart variant="pie" />
    {/* @ts-expect-error the error detail has no url. */}
    <strike-chart onstrike-error={(event) => event.detail.url} />
    {/* @ts-expect-error <strike-troops> takes a TroopComparison, not a report. */}
    <strike-troops data={report} />
    {/* @ts-expect-error `period` is day, week, month or year. */}
    <strike-timeline period="fortnight" onstrike-select={(event) => event.detail.period} />
    {/* @ts-expect-error React 19 would listen for a `StrikeRender` event, which never comes: not offered. */}
    <strike-chart onStrikeRender={() => undefined} />
    {/* @ts-expect-error `heading-level` is a number. */}
    <strike-summary heading-level={{}} />
  </>
);
