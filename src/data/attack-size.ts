import type { AttackRecord, WeaponKind } from './types.js';

/** How big an attack was by what was launched in it: below `large`, at or above `large`, at or above `massive`. */
export type SizeClass = 'routine' | 'large' | 'massive';

export const SIZE_CLASSES: readonly SizeClass[] = ['routine', 'large', 'massive'];

/** Launched at or above which an attack is large, and massive. */
export interface SizeThresholds {
  large: number;
  massive: number;
}

/**
 * The defaults: 100 launched is where reports start to speak of "more than a hundred drones", and the top
 * fifth of the snapshot's report dates; 200 is "hundreds of drones and missiles", the news' "massive attack",
 * about the top 3 % of report dates up to mid-2025 (README, "Size classes and records").
 */
export const SIZE_THRESHOLDS: Readonly<SizeThresholds> = { large: 100, massive: 200 };

/** The thresholds asked for over the defaults; a RangeError names one that is not a count ≥ 1, or `large` above `massive`. */
export function sizeThresholds(asked: Partial<SizeThresholds> = {}): SizeThresholds {
  const t = { ...SIZE_THRESHOLDS, ...asked };
  for (const name of ['large', 'massive'] as const) {
    if (!Number.isFinite(t[name]) || t[name] < 1) throw new RangeError(`size thresholds: ${name} must be a number of launched ≥ 1, got ${String(t[name])}`);
  }
  if (t.large > t.massive) throw new RangeError(`size thresholds: large (${t.large}) is above massive (${t.massive})`);
  return t;
}

/** The size class of an attack that launched `launched`. */
export function sizeClass(launched: number, thresholds: Partial<SizeThresholds> = {}): SizeClass {
  const { large, massive } = sizeThresholds(thresholds);
  return launched >= massive ? 'massive' : launched >= large ? 'large' : 'routine';
}

/** Launched in an attack, in all and per kind, and its size class. */
export interface Attack {
  /** Report date, `YYYY-MM-DD`. */
  date: string;
  launched: number;
  /** Launched per kind, for the kinds it has rows of. */
  kinds: Partial<Record<WeaponKind, number>>;
  /** Rows of the dataset summed. */
  rows: number;
  size: SizeClass;
}

/** One attack window: the rows of one report date with one `start`–`end`. */
export interface AttackWindow extends Attack {
  /** As the rows write them; both absent for the rows of the date that lack either. */
  start?: string;
  end?: string;
}

/** A report date's attack: all its windows summed, as a strike chart's report of the date sums them. */
export interface DatedAttack extends Attack {
  windows: number;
}

function add(attack: Attack, r: AttackRecord): void {
  attack.launched += r.launched;
  attack.kinds[r.kind] = (attack.kinds[r.kind] ?? 0) + r.launched;
  attack.rows++;
}

const order = (a = '', b = ''): number => (a < b ? -1 : a > b ? 1 : 0);
const byDateThenWindow = (a: AttackWindow, b: AttackWindow): number => order(a.date, b.date) || order(a.start, b.start) || order(a.end, b.end);

/**
 * The attack windows of the rows, sorted by report date and start, each classed by size. Rows share a window
 * when they share the report date and the window's `start` and `end` as written (an overnight window is one);
 * rows that lack `start` or `end` cannot be told apart, so those of one report date make one window. Rows
 * without a finite `launched` are left out, as `aggregate` leaves them.
 */
export function attackWindows(records: readonly AttackRecord[], thresholds: Partial<SizeThresholds> = {}): AttackWindow[] {
  const t = sizeThresholds(thresholds);
  const windows = new Map<string, AttackWindow>();
  for (const r of records) {
    if (!Number.isFinite(r.launched)) continue;
    const known = r.start !== undefined && r.end !== undefined;
    const key = known ? `${r.date} ${r.start} ${r.end}` : r.date;
    let w = windows.get(key);
    if (!w) windows.set(key, (w = { date: r.date, ...(known ? { start: r.start, end: r.end } : {}), launched: 0, kinds: {}, rows: 0, size: 'routine' }));
    add(w, r);
  }
  const list = [...windows.values()].sort(byDateThenWindow);
  for (const w of list) w.size = sizeClass(w.launched, t);
  return list;
}

/** One attack per report date, its windows summed (the night of 13 November, as a newsroom names it), sorted by date. */
export function datedAttacks(records: readonly AttackRecord[], thresholds: Partial<SizeThresholds> = {}): DatedAttack[] {
  const t = sizeThresholds(thresholds);
  const dates = new Map<string, DatedAttack>();
  for (const w of attackWindows(records, t)) {
    let d = dates.get(w.date);
    if (!d) dates.set(w.date, (d = { date: w.date, launched: 0, kinds: {}, rows: 0, windows: 0, size: 'routine' }));
    d.launched += w.launched;
    for (const [kind, n] of Object.entries(w.kinds) as [WeaponKind, number][]) d.kinds[kind] = (d.kinds[kind] ?? 0) + n;
    d.rows += w.rows;
    d.windows++;
  }
  const list = [...dates.values()];
  for (const d of list) d.size = sizeClass(d.launched, t);
  return list;
}
