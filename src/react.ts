// React components for every element, made with @lit/react; importing this file defines the elements. React 19
// turns `onStrikeRender` on a raw tag into a listener for `StrikeRender`, which never fires: these listen for the
// elements' own event names and type each handler's event. Everything else is set as a property.
import { createComponent, type EventName } from '@lit/react';
import React from 'react';
import type { StrikeErrorEvent, StrikeLoadEvent, StrikeRenderEvent, StrikeSelectEvent } from './elements/events.js';
import { StrikeBreakdown as BreakdownElement } from './elements/strike-breakdown/strike-breakdown.js';
import { StrikeChart as ChartElement } from './elements/strike-chart/strike-chart.js';
import { StrikeDashboard as DashboardElement } from './elements/strike-dashboard/strike-dashboard.js';
import { StrikeSummary as SummaryElement } from './elements/strike-summary/strike-summary.js';
import { StrikeTimeline as TimelineElement } from './elements/strike-timeline/strike-timeline.js';
import { StrikeTroops as TroopsElement } from './elements/strike-troops/strike-troops.js';

export type * from './elements/events.js';

/** What every element fires. */
const drawEvents = {
  onStrikeRender: 'strike-render' as EventName<StrikeRenderEvent>,
  onStrikeError: 'strike-error' as EventName<StrikeErrorEvent>,
  onStrikeLoad: 'strike-load' as EventName<StrikeLoadEvent>,
};

/** ...and, where the reader can pick a period, `strike-select`. */
const selectEvents = { ...drawEvents, onStrikeSelect: 'strike-select' as EventName<StrikeSelectEvent> };

export const StrikeChart = createComponent({ react: React, tagName: 'strike-chart', elementClass: ChartElement, events: drawEvents });
export const StrikeTroops = createComponent({ react: React, tagName: 'strike-troops', elementClass: TroopsElement, events: drawEvents });
export const StrikeTimeline = createComponent({ react: React, tagName: 'strike-timeline', elementClass: TimelineElement, events: selectEvents });
export const StrikeSummary = createComponent({ react: React, tagName: 'strike-summary', elementClass: SummaryElement, events: drawEvents });
export const StrikeBreakdown = createComponent({ react: React, tagName: 'strike-breakdown', elementClass: BreakdownElement, events: drawEvents });
export const StrikeDashboard = createComponent({ react: React, tagName: 'strike-dashboard', elementClass: DashboardElement, events: selectEvents });
