import { registerBars } from './register-bars.js';
import { httpsUrl } from '../data/check.js';
import type { TroopComparison, TroopFigure } from '../data/types.js';
import type { Format, Messages } from '../i18n/types.js';
import type { Configure, ViewOptions } from './strike-chart.js';
import { namesThatFit } from './category-labels.js';
import { troopRatio } from './ratio.js';
import type { FigureTable } from './table.js';
import { troopMarks, type TroopMark } from './plugins/troop-marks.js';

/** Everything `<strike-troops>` shows: the bars, the same figures in words and as a table, and the sources. */
export interface TroopView {
  configure: Configure<'bar'>;
  sentence: string;
  /** The ratio of two figures, when there are two. */
  headlines: string[];
  table: FigureTable;
  /** The footnote naming each figure's source; a link only when one https source gave every figure. */
  source?: { text: string; url?: string };
}

/** Where a bar ends: the value, or `high` for a range, whose band the plugin draws. */
const reach = (f: TroopFigure): number => (f.qualifier === 'range' ? (f.high ?? 0) : (f.value ?? 0));

/** The figure in the table's CSV: the count, or a compact raw form that keeps the qualifier ("~50000", ">10000"). */
function rawFigure(f: TroopFigure): number | string {
  const v = f.value ?? 0;
  switch (f.qualifier) {
    case 'about':
      return `~${v}`;
    case 'more-than':
      return `>${v}`;
    case 'fewer-than':
      return `<${v}`;
    case 'range':
      return f.value === undefined ? `${f.low}-${f.high}` : `${v} (${f.low}-${f.high})`;
    default:
      return v;
  }
}

/** The footnote: one line naming the source of every figure that has one. */
function sourceLine(figures: TroopFigure[], f: Format, words: Messages): TroopView['source'] {
  const groups = new Map<string, { labels: string[]; urls: Set<string | undefined> }>();
  for (const figure of figures) {
    if (!figure.source) continue;
    const group = groups.get(figure.source.name) ?? { labels: [], urls: new Set() };
    group.labels.push(figure.label);
    group.urls.add(figure.source.url);
    groups.set(figure.source.name, group);
  }
  if (groups.size === 0) return undefined;
  const [only] = groups.values();
  const shared = groups.size === 1 && only.labels.length === figures.length;
  const text = words.troops.sources(
    [...groups].map(([source, g]) => (shared ? { source } : { source, labels: g.labels })),
    f,
  );
  const url = shared && only.urls.size === 1 ? httpsUrl([...only.urls][0]) : undefined;
  return url ? { text, url } : { text };
}

export interface TroopViewOptions extends ViewOptions {
  /** A narrow chart (a phone, a grid cell): each name and figure go above its bar, whole, with no axis of names. */
  compact?: boolean;
}

/** Builds the troop comparison: one horizontal bar per figure, each showing its qualifier, with words and a table. */
export function troopsView(comparison: TroopComparison, o: TroopViewOptions): TroopView {
  const { format: f, words } = o;
  const { figures } = comparison;
  const title = comparison.title ?? words.troops.title;
  const stated = figures.map((figure) => words.troops.stated(figure, f));
  const ratio = figures.length === 2 ? troopRatio(figures[0], figures[1]) : undefined;
  const ratioText = ratio ? words.troops.ratio(ratio, f) : undefined;
  const clauses = figures.map((figure, i) => words.troops.figureSentence(figure.label, stated[i], figure.source?.name));
  const sentence = words.troops.sentence(title, ratioText ? [...clauses, ratioText] : clauses);
  const table: FigureTable = {
    caption: title,
    columns: [words.troops.column.figure, words.troops.column.number, words.troops.column.source],
    rows: figures.map((figure, i) => ({
      header: figure.label,
      cells: [stated[i], figure.source?.name ?? words.troops.noSource],
      values: [rawFigure(figure), figure.source?.name ?? null],
    })),
  };
  const configure = troopBars(comparison, title, stated, o);
  return {
    configure,
    sentence,
    headlines: ratioText ? [ratioText] : [],
    table,
    source: sourceLine(figures, f, words),
  };
}

/** How each bar shows its qualifier, and the figure in words after it. */
function marksOf(figures: TroopFigure[], stated: string[]): TroopMark[] {
  return figures.map((figure, i) => {
    const mark: TroopMark = { qualifier: figure.qualifier, text: stated[i] };
    const high = figure.high ?? 0;
    if (figure.qualifier === 'range' && high > 0) {
      mark.lowShare = (figure.low ?? 0) / high;
      if (figure.value !== undefined) mark.valueShare = figure.value / high;
    }
    return mark;
  });
}

/** One horizontal bar per figure; the plugin draws what the qualifiers say and the figures in words. */
function troopBars(comparison: TroopComparison, title: string, stated: string[], o: TroopViewOptions): Configure<'bar'> {
  const { format: f } = o;
  const { figures } = comparison;
  const top = Math.max(1, ...figures.map(reach));
  // chart.js cannot measure text before its layout, so the room for the words after the bars is estimated:
  // about 7 px a character at the 12 px bold label font.
  const wordsRoom = o.compact ? 0 : Math.max(...stated.map((s) => s.length)) * 7 + 12;
  const runsOn = figures.some((figure) => figure.qualifier === 'more-than');
  const marks = marksOf(figures, stated);
  const names = o.compact ? figures.map((figure) => figure.label) : undefined;
  return ({ palette, font }) => {
    registerBars();
    // Bars the plugin draws itself (soft end, range band) are left transparent here but keep their hover area.
    const fills = figures.map((figure) => (figure.qualifier === 'fewer-than' || figure.qualifier === 'range' ? 'transparent' : palette.troops));
    return {
      type: 'bar',
      data: {
        labels: figures.map((figure) => figure.label),
        datasets: [
          {
            label: comparison.unit ?? title,
            data: figures.map(reach),
            backgroundColor: fills,
            hoverBackgroundColor: fills,
            borderWidth: 0,
            barPercentage: 0.7,
            // Compact rows are twice as tall, the two lines of words above the bar taking the upper part.
            categoryPercentage: o.compact ? 0.4 : 0.9,
          },
        ],
      },
      options: {
        indexAxis: 'y',
        animation: o.animate ? { duration: 250 } : false,
        // At most 30 % of the width, so that narrow charts keep room for their bars.
        layout: { padding: ({ chart }) => ({ right: Math.min(wordsRoom, chart.width * 0.3), top: o.compact ? 8 : 0 }) },
        scales: {
          x: {
            min: 0,
            // Headroom for the extension a "more than" bar runs on in.
            suggestedMax: top * (runsOn ? 1.25 : 1),
            grid: { color: palette.grid },
            ticks: { color: palette.text, maxRotation: 0, callback: (v) => f.count(Number(v)) },
            title: { display: comparison.unit !== undefined, text: comparison.unit ?? '', color: palette.text },
          },
          y: {
            display: !o.compact,
            grid: { display: false },
            ticks: { color: palette.text, callback: namesThatFit },
          },
        },
        plugins: {
          strikeTroopMarks: { marks, color: palette.troops, textColor: palette.text, textOnBar: palette.onTroops, font, names },
        },
      },
      plugins: [troopMarks],
    };
  };
}
