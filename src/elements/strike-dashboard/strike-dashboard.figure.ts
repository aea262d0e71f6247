import { namingKinds } from '../../charts/kind-names.js';
import { windowLabel } from '../../charts/summary.js';
import type { Period } from '../../data/calendar.js';
import { rangeIssue, rangeProblems, type RangeProblem } from '../../data/date-range.js';
import { filterRecords } from '../../data/filters.js';
import { bombsAllGuided, kindsIn } from '../../data/kinds.js';
import { totalsBy } from '../../data/totals.js';
import type { RateName } from '../../data/rates.js';
import type { AttackRecord, WeaponKind } from '../../data/types.js';
import { listOf } from '../../data/view-attributes.js';
import { viewScope } from '../../data/view-scope.js';
import { currentWindow, type DateSpan } from '../../data/windows.js';
import type { InputProblem } from '../../controllers/input-controller.js';
import type { Format, Messages } from '../../i18n/types.js';
import type { View } from './strike-dashboard.panels.js';

export interface DashboardInputs {
  period: Period;
  kind: string | undefined;
  from: string | undefined;
  to: string | undefined;
  selected: string | undefined;
  top: number;
  rate: RateName;
}

/** The data's rows and what they hold, and the view the attributes ask for. */
export interface DashboardFigure {
  rows: { records: readonly AttackRecord[] };
  span: DateSpan;
  /** The weapon kinds the rows hold. */
  kinds: readonly WeaponKind[];
  /** The words, with the weapon kinds named from the rows. */
  words: Messages;
  /** Why `from` and `to` make no range: said next to the controls, and the panels wait for one. */
  rangeProblems: RangeProblem[];
  /** The same problems, for `strike-error`. */
  reported?: InputProblem;
  /** The range in use in words ("Sep 2024 – Feb 2025"); with `view`. */
  rangeLabel?: string;
  /** What the panels show; none while there is no range. */
  view?: View;
}

/** A span named as the summary names it: whole months as months ("Sep 2024 – Feb 2025"), else by days. */
const spanLabel = (span: DateSpan, period: Period, format: Format) =>
  windowLabel(currentWindow(span, { from: span.start, to: span.end, period }), format);

/** The figure of checked rows (at least one) for the view attributes, which are checked but for `from` and `to`. */
export function dashboardFigure(rows: DashboardFigure['rows'], span: DateSpan, inputs: DashboardInputs & { format: Format; words: Messages }): DashboardFigure {
  const { period, kind, from, to, selected, top, rate, format } = inputs;
  const records = rows.records;
  const guided = bombsAllGuided(records);
  const words = namingKinds(inputs.words, guided);
  const problems = rangeProblems({ from, to });
  const figure: DashboardFigure = { rows, span, kinds: kindsIn(records), words, rangeProblems: problems };
  if (problems.length) return { ...figure, reported: { message: words.error(problems.length), issues: problems.map(rangeIssue) } };
  const { scope, wholePeriod } = viewScope(span, { from, to, selected });
  const weapons = totalsBy(filterRecords(records, { kinds: listOf(kind) as WeaponKind[], from: scope.start, to: scope.end }), 'kind')
    // A report has no categories: the strike chart is told the bombs' name.
    .map((w) => (guided && w.kind === 'bomb' ? { ...w, label: words.kind.bomb } : w));
  const label = wholePeriod ? format.period(selected!) : spanLabel(scope, period, format);
  const report = weapons.length ? { date: scope.start, end: scope.end, weapons } : undefined;
  const rangeLabel = spanLabel({ start: from || span.start, end: to || span.end }, period, format);
  return { ...figure, rangeLabel, view: { period, kind, from, to, selected, top, rate, scope, label, report } };
}
