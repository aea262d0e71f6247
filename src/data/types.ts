/** What a weapon entry is, coarsely: the unit of every per-kind breakdown. */
export type WeaponKind = 'missile' | 'drone' | 'bomb' | 'unknown';

export const WEAPON_KINDS: readonly WeaponKind[] = ['missile', 'drone', 'bomb', 'unknown'];

/** Finer class of a weapon model, as the public dataset's model table groups them. */
export type WeaponCategory =
  | 'strike-drone'
  | 'recon-drone'
  | 'ballistic'
  | 'cruise'
  | 'air-defence'
  | 'guided-bomb'
  | 'mixed'
  | 'unknown';

/** The counts every rate is derived from. `jammed` is absent when the report does not say. */
export interface Tally {
  launched: number;
  downed: number;
  jammed?: number;
  /** Still in the air when the report was posted; absent for none. */
  stillAttacking?: number;
  /**
   * Launched whose outcome the figures do not split (summed rows that left `jammed` or `downed` empty): neither
   * neutralized nor unaccounted. When absent, a tally without `jammed` leaves launched − downed − stillAttacking
   * unsplit, and one with `jammed` none.
   */
  notReported?: number;
}

/** One line of a strike report: one weapon kind (or category, or model) in one report. */
export interface WeaponEntry extends Tally {
  kind: WeaponKind;
  label?: string;
  category?: WeaponCategory;
  model?: string;
}

export interface SourceRef {
  name: string;
  url?: string;
}

/** The strike-report JSON shape of DESIGN.md. Unknown extra keys are kept by users but ignored here. */
export interface StrikeReport {
  /** Report date, `YYYY-MM-DD`; for aggregated reports the first day of the period. */
  date?: string;
  /** Last day covered, `YYYY-MM-DD`, when the report spans a period. */
  end?: string;
  /** Period key when aggregated: `2025-01`, `2025-W03`, `2025-01-13`, `2025`. */
  period?: string;
  regions?: number;
  source?: SourceRef;
  weapons: WeaponEntry[];
}

/** A problem found in input, located by a path such as `weapons[1].downed`. */
export interface InputIssue {
  path: string;
  message: string;
}

export type Validation<T> =
  | { ok: true; value: T; issues: InputIssue[] }
  | { ok: false; value?: undefined; issues: InputIssue[] };

/** How sure a figure is. `range` figures carry `low` and `high`. */
export type Qualifier = 'exact' | 'about' | 'more-than' | 'fewer-than' | 'range';

/** One row of the public dataset (`missile_attacks_daily.csv`): one weapon model in one attack window. */
export interface AttackRecord {
  /** 1-based line number of the row in its file, so warnings and users can find it. */
  row: number;
  /** Report date, `YYYY-MM-DD`: the day the attack window ends (or starts, if asked). */
  date: string;
  /** Attack window in Kyiv local time, `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`; absent when the cell is empty. */
  start?: string;
  end?: string;
  model: string;
  kind: WeaponKind;
  category: WeaponCategory;
  launched: number;
  /** Counts the row leaves empty are unknown, not zero. */
  downed?: number;
  jammed?: number;
  stillAttacking?: number;
  /** The post the row was compiled from, e.g. `kpszsu/posts/…`. */
  source?: string;
}

export type DataWarningCode =
  | 'inconsistent'
  | 'unknown-model'
  | 'unreadable-cell'
  | 'ragged-row'
  | 'missing-column'
  | 'missing-date'
  | 'missing-model'
  | 'missing-launched'
  | 'separator';

/** A problem found in a data file, located by its 1-based line number when it concerns one row. */
export interface DataWarning {
  row?: number;
  code: DataWarningCode;
  message: string;
  /** The row gave no record. */
  skipped?: true;
}

/** Something odd in input that was read anyway, or a row left out: a data file's warning, or a JSON input's. */
export type InputWarning = DataWarning | InputIssue;

/** How the cells of a CSV file are separated. */
export type Separator = ',' | ';' | '\t';

/**
 * Why a whole text could not be read, so that the reader can fix it: `message` says it in English with the
 * details, the other fields are what an element needs to say it in the reader's language.
 */
export type ReadingProblem =
  /** `endsEarly`: the text ends before its JSON does (as when an apostrophe ends a single-quoted attribute). */
  | { code: 'not-json'; message: string; endsEarly: boolean }
  /** An HTML page (an error or sign-in page served in the file's place). */
  | { code: 'web-page'; message: string }
  /** The header lacks required columns: those `missing`, and the names it has. */
  | { code: 'missing-column'; message: string; missing: string[]; found: string[]; separator: Separator }
  /** No row was read, and dates were written day first (`04.04.2026`): the first such cell. */
  | { code: 'day-first-date'; message: string; row: number; column: string; cell: string };

export const QUALIFIERS: readonly Qualifier[] = ['exact', 'about', 'more-than', 'fewer-than', 'range'];

/** One figure of a troop comparison: a count and how sure it is. */
export interface TroopFigure {
  label: string;
  /** The stated count; for a range optional (a best estimate inside it). */
  value?: number;
  qualifier: Qualifier;
  /** Ends of a `range`, both inclusive; only on ranges. */
  low?: number;
  high?: number;
  source?: SourceRef;
}

/** The troop-comparison JSON shape of DESIGN.md, with every qualifier made explicit. */
export interface TroopComparison {
  title?: string;
  /** What is counted, e.g. `troops`; the axis title. */
  unit?: string;
  figures: TroopFigure[];
}
