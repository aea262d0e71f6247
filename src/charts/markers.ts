import { placeAnnotations, type Annotation, type MarkerKind } from '../data/annotations.js';
import { largestAttack } from '../data/attack-standing.js';
import { periodKey, type Period } from '../data/calendar.js';
import type { AttackRecord } from '../data/types.js';
import type { Format, Messages } from '../i18n/types.js';
import type { DrawnMarker } from './plugins/period-markers.js';
import type { FigureTable } from './table.js';

/**
 * A marker on a timeline: the periods it covers (indexes into the timeline's points), its label and kind,
 * and the days it names (`YYYY-MM-DD`), said in the sentence; without them the sentence names the period.
 */
export interface Marker extends DrawnMarker {
  from?: string;
  to?: string;
}

/** Periods the keyboard jumps to: the markers' first periods, in order, and the highest period. */
export interface KeyTargets {
  marked: readonly number[];
  highest?: number;
}

const KINDS: readonly MarkerKind[] = ['annotation', 'record'];

/** The page's annotations as markers on the period `keys` (in order, of `period`); those outside them are left out. */
export const annotationMarkers = (annotations: readonly Annotation[], keys: readonly string[], period: Period): Marker[] =>
  placeAnnotations(annotations, keys, period).map(({ annotation: { from, to, label }, first, last }) => ({ first, last, label, kind: 'annotation', band: from !== to, from, to }));

/**
 * A record marker on the period of the largest attack the rows hold (by launched per report date, the earliest
 * of a tie), when the timeline has three periods or more (fewer have no history to stand out in); else none.
 */
export function recordMarkers(records: readonly AttackRecord[], keys: readonly string[], period: Period, f: Format, words: Messages): Marker[] {
  const largest = largestAttack(records);
  if (!largest || keys.length < 3) return [];
  const at = keys.indexOf(periodKey(largest.date, period));
  if (at < 0) return [];
  return [{ first: at, last: at, label: words.largestShown(f.count(largest.launched)), kind: 'record', band: false, from: largest.date, to: largest.date }];
}

/** The kinds of the markers, in a fixed order. */
const kindsOf = (markers: readonly Marker[]) => KINDS.filter((k) => markers.some((m) => m.kind === k));

/**
 * The table with a column per kind of marker ("Annotations"): in each period's row the labels of the markers
 * that cover it, so a screen reader hears them with the row's figures and a CSV keeps them as a column.
 */
export function withMarkerColumns(table: FigureTable, markers: readonly Marker[], words: Messages): FigureTable {
  const kinds = kindsOf(markers);
  if (kinds.length === 0) return table;
  const rows = table.rows.map((row, i) => {
    const labels = kinds.map((k) => markers.filter((m) => m.kind === k && m.first <= i && i <= m.last).map((m) => m.label).join('; '));
    return { ...row, cells: [...row.cells, ...labels], values: [...row.values, ...labels.map((l) => l || null)] };
  });
  return { ...table, columns: [...table.columns, ...kinds.map((k) => words.markerColumn[k])], rows };
}

/** What the sentence says of the markers, kind by kind ("Marked: 13 November 2024, Kursk offensive; …"); empty without any. */
export function markerSentence(markers: readonly Marker[], labels: readonly string[], f: Format, words: Messages): string {
  const when = (m: Marker) =>
    m.from && m.to ? (m.from === m.to ? f.date(m.from) : `${f.date(m.from)} – ${f.date(m.to)}`) : m.first === m.last ? labels[m.first] : `${labels[m.first]} – ${labels[m.last]}`;
  return kindsOf(markers)
    .map((k) => words.marked(k, markers.filter((m) => m.kind === k).map((m) => `${when(m)}, ${m.label}`)))
    .join(' ');
}

/** The first period of each marker, in order and once each: where the keyboard's next and previous marker keys go. */
export const markedIndexes = (markers: readonly Marker[]): number[] => [...new Set(markers.map((m) => m.first))].sort((a, b) => a - b);
