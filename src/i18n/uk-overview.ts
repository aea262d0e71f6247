import { outcome, rate } from './uk-outcomes.js';
import { fullStop, outcomePhrases, rateValue } from './sentence.js';
import type { BreakdownWords, DashboardWords, Format, PartWords, SummaryWords } from './types.js';

// "з 31 дня", "з 30 днів": after "з" the noun is genitive, singular only for numbers ending in 1 (not 11).
export const ukDays = ({ days, of }: PartWords): string => `${days} з ${of} ${of % 10 === 1 && of % 100 !== 11 ? 'дня' : 'днів'}`;

const points = (p: number, f: Format) =>
  `${p > 0 ? '+' : p < 0 ? '−' : '±'}${f.plural(Math.abs(Math.round(p * 1000) / 10), {
    one: 'відсотковий пункт',
    few: 'відсоткові пункти',
    many: 'відсоткових пунктів',
    other: 'відсоткового пункту',
  })}`;

export const summary: SummaryWords = {
  tile: { launched: 'Запущено', downed: 'Збито', jammed: 'Локаційно втрачено', neutralizedRate: 'Частка знешкоджених', downedRate: 'Частка збитих' },
  ofLaunched: (share) => `${share} від запущених`,
  rateDetail: (shown, count) => (shown === 'downed' ? `збито ${count}` : `${count} збито або локаційно втрачено`),
  kindDetail: (shown, share) => `${shown === 'downed' ? 'збито' : 'знешкоджено'} ${share}`,
  change: ({ change, previous }) => `${change} порівняно з ${previous}`,
  rateChange: ({ change, previous }) => `${change} порівняно з ${previous}`,
  points,
  fromNothing: (previous) => `${previous}: нічого не запущено`,
  noPrevious: 'у даних немає попереднього періоду для порівняння',
  versus: (previous) => `зміна порівняно з ${previous}`,
  column: { figure: 'Показник', change: 'Зміна' },
  partialWindow: (window, p, soFar) => (soFar ? `${window}, поки що ${ukDays(p)}` : `${window} від ${p.first}, ${ukDays(p)}`),
  sentence: (s, f) =>
    `${s.window}: запущено ${f.count(s.total.launched)}, ${outcomePhrases(outcome, s.total, f).join(', ')}; ` +
    `${rate[s.rate]} ${f.percent(rateValue(s.total, s.rate))}.` +
    (s.previous && (s.launchedChange || s.rateChange)
      ? fullStop(
          (s.launchedChange ? ` Запущено ${s.launchedChange} порівняно з ${s.previous}` : '') +
            (s.rateChange ? `${s.launchedChange ? ';' : ` Порівняно з ${s.previous}`} ${rate[s.rate]} ${s.rateChange}` : ''),
        )
      : '') +
    s.kinds.map((k) => ` Запущено ${f.plural(k.launched, k.counted)}, ${rate[s.rate]} ${f.percent(rateValue(k, s.rate))}.`).join(''),
};

export const breakdown: BreakdownWords = {
  category: {
    'strike-drone': 'Ударні дрони',
    'recon-drone': 'Розвідувальні дрони',
    ballistic: 'Балістичні ракети',
    cruise: 'Крилаті ракети',
    'air-defence': 'Зенітні ракети',
    'guided-bomb': 'Керовані бомби',
  },
  otherOfKind: { drone: 'Інші дрони', missile: 'Інші ракети', bomb: 'Інші бомби', unknown: 'Некласифіковані засоби' },
  mixedOfKind: {
    drone: 'Дрони кількох класів',
    missile: 'Ракети кількох класів',
    bomb: 'Бомби кількох класів',
    unknown: 'Змішані удари',
  },
  title: { category: 'За класом засобу', model: 'За моделлю засобу' },
  column: { category: 'Клас', model: 'Модель' },
  barLabel: (launched, share) => `${launched} · ${share}`,
  barLabelKey: (name) => `Підписи стовпчиків: запущено · ${name}`,
  sentence: (title, entries, more, f) =>
    `${title}. ${entries.join('. ')}.${more > 0 ? ` Ще ${f.plural(more, { one: 'рядок', few: 'рядки', many: 'рядків', other: 'рядка' })} у таблиці.` : ''}`,
};

export const dashboard: DashboardWords = {
  controls: 'Вигляд',
  period: 'Період',
  periodOption: { day: 'День', week: 'Тиждень', month: 'Місяць', year: 'Рік' },
  kind: 'Засоби',
  allKinds: 'Усі засоби',
  from: 'З',
  to: 'По',
  reset: 'Скинути',
  timelineTitle: (period, name) => `Запущено і ${name}, ${{ day: 'за днями', week: 'за тижнями', month: 'за місяцями', year: 'за роками' }[period]}`,
  categoryTitle: 'За класом засобу',
  modelsTitle: (top) => `${top} найчастіших моделей`,
  strikeTitle: (scope) => `${scope}, за видом засобу`,
  summaryTitle: 'Основні показники',
  hint: 'Виберіть стовпчик (або наведіть фокус на графік і натисніть Enter), щоб переглянути один період.',
  selected: (label) => `Вибрано: ${label}`,
  clear: 'Показати весь діапазон',
  download: (what, format) => `Завантажити ${what} як ${format}`,
  loaded: (rows, first, last, f) => `${f.plural(rows, { one: 'рядок', few: 'рядки', many: 'рядків', other: 'рядка' })}, ${first} – ${last}`,
  dateProblem: (p, f) =>
    p.reason === 'no-such-day'
      ? `${p.value === undefined ? 'Такого дня' : `Дня ${p.value}`} немає в календарі.`
      : p.reason === 'end-before-start'
        ? fullStop(`Кінець раніше за початок, ${f.date(p.other)}`)
        : p.reason === 'start-after-end'
          ? fullStop(`Початок пізніше за кінець, ${f.date(p.other)}`)
          : fullStop(`Можна вибрати дати від ${f.date(p.bounds.start)} до ${f.date(p.bounds.end)}`),
  stillShowing: (range) => `Досі показано: ${range}.`,
  noRange: 'Виберіть дати, що утворюють проміжок, щоб побачити дані.',
  kindsAbsent: (nouns, f) => `У даних немає ${f.list(nouns.map((n) => n.many ?? n.other))}.`,
};
