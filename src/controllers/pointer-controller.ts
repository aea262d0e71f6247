import type { Chart } from 'chart.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { KeyTargets } from '../charts/markers.js';
import { rowWords, type FigureTable } from '../charts/table.js';

/** The data point the pointer or the keyboard is on, and where its tooltip goes (canvas pixels). */
export interface Pointed {
  index: number;
  x: number;
  y: number;
}

export interface PointerOptions {
  chart: () => Chart | undefined;
  /** The table whose rows are the chart's data points, in order. */
  table: () => FigureTable | undefined;
  /** The reader pressed Enter or Space on the data point at `index`. */
  activate: (index: number) => void;
  /** Where the marker keys (n, N) and the highest-period key (h) go; none on a chart without them. */
  targets?: () => KeyTargets | undefined;
}

type PointerHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

const isRings = (chart: Chart) => (chart.config as { type?: string }).type === 'doughnut';

/** Index the marker keys move to from `at`: the next marked period (n) or the previous (N), round the ends; h, the highest. */
function jumpFor(key: string, at: number, targets: KeyTargets | undefined): number | undefined {
  const marked = targets?.marked ?? [];
  if (key === 'h') return targets?.highest;
  if (marked.length === 0) return undefined;
  if (key === 'n') return marked.find((i) => i > at) ?? marked[0];
  if (key === 'N') return [...marked].reverse().find((i) => i < at) ?? marked[marked.length - 1];
  return undefined;
}

/** Index a key moves to among `count` points from `at` (-1: none yet); undefined for keys it does not handle. */
function stepFor(key: string, at: number, count: number): number | undefined {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return Math.min(count - 1, at + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return Math.max(0, at - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

/**
 * Pointing at the chart's data points: arrow keys, Home and End move through them (bars, periods, rings),
 * n and N to the next and previous marked period and h to the highest where a chart has them; Enter
 * activates, Escape hides; hovering does the same by pointer. Either way the point is highlighted, the HTML
 * tooltip shows its table row, and the live region says the same row for screen readers.
 */
export class PointerController implements ReactiveController {
  pointed?: Pointed;
  /** What the live region says about the data point the keyboard is on. */
  announcement = '';

  constructor(
    private readonly host: PointerHost,
    private readonly options: PointerOptions,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    this.placeTooltip();
  }

  hostDisconnected(): void {
    this.pointed = undefined;
  }

  /** Forgets the point: the chart it was on is being replaced. */
  forget(): void {
    this.pointed = undefined;
  }

  readonly onKey = (event: KeyboardEvent): void => {
    const chart = this.options.chart();
    const table = this.options.table();
    if (!chart || !table) return;
    const count = isRings(chart) ? chart.data.datasets.length : (chart.data.labels?.length ?? 0);
    if (count === 0) return;
    const at = this.pointed?.index ?? -1;
    if (event.key === 'Enter' || event.key === ' ') {
      if (at >= 0) this.options.activate(at);
      event.preventDefault();
      return;
    }
    if (event.key === 'Escape') return this.point(-1);
    const plain = !event.ctrlKey && !event.metaKey && !event.altKey;
    const next = stepFor(event.key, at, count) ?? (plain ? jumpFor(event.key, at, this.options.targets?.()) : undefined);
    if (next === undefined) return;
    event.preventDefault();
    this.point(next);
    const row = table.rows[next];
    this.announcement = row ? rowWords(row, table.columns) : '';
    this.host.requestUpdate();
  };

  /** Chart.js calls this on pointer moves over the chart area. */
  readonly onHover = (_event: unknown, elements: { datasetIndex: number; index: number }[]): void => {
    const chart = this.options.chart();
    const hit = elements[0];
    this.point(!chart || !hit ? -1 : isRings(chart) ? hit.datasetIndex : hit.index);
  };

  readonly clear = (): void => this.point(-1);

  /** Highlights the data point at `index` and places the tooltip at it; -1 clears. */
  private point(index: number): void {
    const chart = this.options.chart();
    if (!chart || index === this.pointed?.index) return;
    const rings = isRings(chart);
    const active =
      index < 0
        ? []
        : rings
          ? chart.getDatasetMeta(index).data.map((_el, i) => ({ datasetIndex: index, index: i }))
          : chart.data.datasets.map((_ds, datasetIndex) => ({ datasetIndex, index })).filter((a) => chart.getDatasetMeta(a.datasetIndex).data[index]);
    chart.setActiveElements(active);
    chart.update('none');
    const last = active[rings ? 0 : active.length - 1];
    const anchor = last && (chart.getDatasetMeta(last.datasetIndex).data[last.index] as unknown as { tooltipPosition(final: boolean): { x: number; y: number } });
    this.pointed = anchor ? { index, ...anchor.tooltipPosition(true) } : undefined;
    this.host.requestUpdate();
  }

  /**
   * Places the tooltip by CSSOM (CSP-safe) above its point, or below it when there is no room above (a tall
   * bar's top), kept inside the plot at the edges: it never covers what sits above the chart.
   */
  private placeTooltip(): void {
    const tip = this.host.renderRoot.querySelector<HTMLElement>('[part~="tooltip"]');
    const at = this.pointed;
    if (!tip || !at) return;
    const width = tip.parentElement?.clientWidth ?? 0;
    const shift = at.x < width * 0.25 ? '0%' : at.x > width * 0.75 ? '-100%' : '-50%';
    const above = at.y >= tip.offsetHeight + 8;
    tip.style.left = `${at.x}px`;
    tip.style.top = `${at.y}px`;
    tip.style.transform = `translate(${shift}, ${above ? 'calc(-100% - 8px)' : '8px'})`;
  }
}
