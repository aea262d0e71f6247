// What a React user writes with strike-charts/react: the wrappers take the element's properties, and each
// handler gets its event's type (detail included). Each `@ts-expect-error` is a misuse the types must reject.
import type { StrikeReport } from 'strike-charts';
import { StrikeChart, StrikeDashboard, StrikeSummary, StrikeTimeline, type StrikeSelectEvent } from 'strike-charts/react';
import type { StrikeErrorEvent, StrikeRenderEvent } from 'strike-charts/strike-chart.js';
import type { StrikeSelectDetail } from 'strike-charts/strike-timeline.js';

declare const report: StrikeReport;
const onRender = (event: StrikeRenderEvent) => event.target;
const onError = (event: StrikeErrorEvent) => event.detail.issues.map((issue) => issue.path);
const onSelect = ({ detail }: StrikeSelectEvent): StrikeSelectDetail => detail;

export const page = (
  <>
    <StrikeChart data={report} variant="doughnut" heading="One night" showTable onStrikeRender={onRender} onStrikeError={onError} />
    <StrikeChart src="/attacks.csv" date="2024-11-13" onStrikeLoad={(event) => event.detail.warnings.length} />
    <StrikeTimeline src="/attacks.csv" period="week" onStrikeSelect={(event) => event.detail.report.weapons.length} />
    <StrikeDashboard src="/attacks.csv" onStrikeSelect={onSelect} ref={(el) => void el?.toCSV()} />
    <StrikeSummary data={report} className="wide" />
  </>
);

export const misuses = [
  // @ts-expect-error `variant` is 'bar' or 'doughnut'.
  <StrikeChart variant="pie" />,
  // @ts-expect-error a strike-chart fires no strike-select.
  <StrikeChart onStrikeSelect={onSelect} />,
  // @ts-expect-error the error detail has no url.
  <StrikeChart onStrikeError={(event) => event.detail.url} />,
  // @ts-expect-error a strike-render handler cannot take a StrikeSelectEvent.
  <StrikeTimeline onStrikeRender={onSelect} />,
];
