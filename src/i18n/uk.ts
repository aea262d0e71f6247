import { breakdown, dashboard, summary, ukDays } from './uk-overview.js';
import { outcome, rate } from './uk-outcomes.js';
import { reading } from './uk-reading.js';
import { fullStop, ledByNeutralized, outcomePhrases, rateValue } from './sentence.js';
import { attack } from './uk-attack.js';
import type { Messages } from './types.js';

export const uk: Messages = {
  segment: { downed: 'Збито', jammed: 'Локаційно втрачено', unaccounted: 'Не враховано', stillAttacking: 'Ще в повітрі', notReported: 'Не повідомлено' },
  outcome,
  kind: { missile: 'Ракети', drone: 'Дрони', bomb: 'Бомби', unknown: 'Інші засоби' },
  kindCount: {
    missile: { one: 'ракету', few: 'ракети', many: 'ракет', other: 'ракети' },
    drone: { one: 'дрон', few: 'дрони', many: 'дронів', other: 'дрона' },
    bomb: { one: 'бомбу', few: 'бомби', many: 'бомб', other: 'бомби' },
    unknown: { one: 'інший засіб', few: 'інші засоби', many: 'інших засобів', other: 'іншого засобу' },
  },
  guidedBomb: {
    kind: 'Керовані бомби',
    count: { one: 'керовану бомбу', few: 'керовані бомби', many: 'керованих бомб', other: 'керованої бомби' },
  },
  rate,
  column: {
    weapon: 'Засіб',
    launched: 'Запущено',
    total: 'Усього',
    downedRate: 'Частка збитих',
    neutralizedRate: 'Частка знешкоджених',
  },
  ringOrder: (labels, f) => `Кільця ззовні всередину: ${f.list(labels)}`,
  noRate: 'частки немає (нічого не запущено)',
  noAttacks: (date, f) => `Атак не зафіксовано${date ? ` ${f.date(date)}` : ''}: нічого не запущено.`,
  notReported: 'не повідомлено',
  partlyReported: (count) => `${count} (дані неповні)`,
  shareAxis: 'Частка від запущених',
  headline: (t, f, shown) => {
    if (t.launched === 0) return `${t.label}: нічого не запущено`;
    const neutralized = ledByNeutralized(t, shown);
    const lead = neutralized
      ? `${t.label}: знешкоджено ${f.count(t.downed + t.jammed)} з ${f.count(t.launched)}, ${f.percent(t.neutralizedRate)}`
      : `${t.label}: збито ${f.count(t.downed)} з ${f.count(t.launched)}, ${f.percent(t.downedRate)}`;
    const details = outcomePhrases(outcome, t, f, neutralized);
    return details.length ? `${lead} — ${details.join(', ')}` : lead;
  },
  entrySentence: (t, f, shown) =>
    (t.counted ? `Запущено ${f.plural(t.launched, t.counted)}` : `${t.label}: запущено ${f.count(t.launched)}`) +
    `, ${outcomePhrases(outcome, t, f).join(', ')}; ` +
    (ledByNeutralized(t, shown)
      ? `частка знешкоджених ${f.percent(t.neutralizedRate)}, частка збитих ${f.percent(t.downedRate)}`
      : `частка збитих ${f.percent(t.downedRate)}`),
  chartSentence: ({ date, end, regions, entries }, f) => {
    const head =
      (date && end && end !== date ? `Перехоплення з ${f.date(date)} по ${f.date(end)}` : `Перехоплення атаки` + (date ? ` ${f.date(date)}` : '')) +
      (regions !== undefined ? ` по ${f.plural(regions, { one: 'області', few: 'областях', many: 'областях', other: 'області' })}` : '');
    return `${fullStop(head)} ${entries.join('. ')}.`;
  },
  inconsistent: (t, f) =>
    `${t.label}: ${t.stillAttacking || t.notReported ? 'збито, локаційно втрачено, ще в повітрі чи не повідомлено разом' : 'збито й локаційно втрачено'} ` +
    `${f.count(t.launched + t.excess)}, це на ${f.count(t.excess)} більше, ніж запущено (${f.count(t.launched)}). Показано як у звіті.`,
  source: (name, date, f) => `Джерело: ${name}${date ? `, ${f.date(date)}` : ''}`,
  loading: 'Завантаження даних…',
  empty: 'Даних поки немає.',
  error: (n) =>
    n === 1 ? 'Графік не вдалося побудувати: у даних є помилка.' : `Графік не вдалося побудувати: у даних є помилки (${n}).`,
  showTable: 'Показати таблицю',
  hideTable: 'Сховати таблицю',
  segmentValue: (count, share) => `${count} (${share})`,
  weekOf: (date) => `Тиждень від ${date}`,
  asOf: (time) => `Оновлено о ${time}`,
  newFigures: (time) => `Нові дані о ${time}.`,
  checkFailed: (reason) => `Не вдалося перевірити, чи є новіші дані (${reason}); показано останні завантажені.`,
  periodPart: (period, p) => `${period} (лише ${p.first === p.last ? p.first : `${p.first} – ${p.last}`}: ${ukDays(p)})`,
  partialLegend: 'Неповний період',
  credit: 'Графік: strike-charts',
  audio: {
    play: 'Прослухати',
    pause: 'Пауза',
    resume: 'Продовжити',
    describe: (first, last) =>
      `Відтворює кількість запущених за періодами звуками, з ${first} до ${last}: що вищий звук, то більше запущено; період без звіту звучить тишею. Пробіл запускає і зупиняє; стрілки переходять на один період, Home і End — до країв, Escape зупиняє.`,
    playing: (first, last) => `Звучить кількість запущених, з ${first} до ${last}.`,
    ended: 'Кінець періодів.',
  },
  partDays: (p) => ukDays(p),
  periodName: {
    day: { one: 'день', few: 'дні', many: 'днів', other: 'дня' },
    week: { one: 'тиждень', few: 'тижні', many: 'тижнів', other: 'тижня' },
    month: { one: 'місяць', few: 'місяці', many: 'місяців', other: 'місяця' },
    year: { one: 'рік', few: 'роки', many: 'років', other: 'року' },
  },
  noReport: 'немає звіту',
  rollingRate: (n, name) => `${name}, ковзна за ${n} періоди`,
  timelineColumns: { period: 'Період' },
  markerColumn: { annotation: 'Позначки', record: 'Рекорди' },
  largestShown: (launched) => `найбільша атака на графіку, запущено ${launched}`,
  marked: (kind, items) => `${kind === 'record' ? 'Рекорди' : 'Позначено'}: ${items.join('; ')}.`,
  timelineSentence: (t, f) =>
    `Перехоплення за ${t.periods}, з ${t.first} до ${t.last}: запущено ${f.count(t.total.launched)}, ` +
    `${outcomePhrases(outcome, t.total, f).join(', ')}; ${rate[t.rate]} ${f.percent(rateValue(t.total, t.rate))}.` +
    (t.highest && t.lowest
      ? ` Найвища ${rate[t.rate]} ${f.percent(t.highest.rate)} (${t.highest.label}), найнижча ${f.percent(t.lowest.rate)} (${t.lowest.label}).`
      : '') +
    (t.gaps > 0 ? ` Без звіту: ${f.plural(t.gaps, { one: 'період', few: 'періоди', many: 'періодів', other: 'періоду' })}.` : '') +
    (t.partial.length > 0
      ? ` Неповні періоди не порівнюються за найвищою і найнижчою часткою: ${t.partial.map((p) => `${p.label} — ${ukDays(p)}`).join('; ')}.`
      : ''),
  troops: {
    title: 'Порівняння',
    column: { figure: 'Показник', number: 'Кількість', source: 'Джерело' },
    noSource: 'не вказано',
    stated: ({ qualifier, value, low, high }, f) => {
      const n = f.count(value ?? 0);
      if (qualifier === 'range') {
        const span = `від ${f.count(low ?? 0)} до ${f.count(high ?? 0)}`;
        return value === undefined ? span : `${n} (діапазон ${span})`;
      }
      return qualifier === 'about' ? `близько ${n}` : qualifier === 'more-than' ? `понад ${n}` : qualifier === 'fewer-than' ? `менше ніж ${n}` : n;
    },
    figureSentence: (label, stated, source) => `${label}: ${stated}${source ? ` (джерело: ${source})` : ''}`,
    ratio: (r, f) => {
      if (r.bound === 'unknown') return `З цих даних не видно, кого більше: ${r.larger} чи ${r.smaller}`;
      const about = r.approximate ? 'приблизно ' : '';
      const times = (n: number) => f.plural(n, { one: 'раз', few: 'рази', many: 'разів', other: 'раза' });
      const bound = r.bound === 'at-least' ? 'щонайменше ' : r.bound === 'at-most' ? 'щонайбільше ' : '';
      const howMany =
        r.bound === 'between'
          ? `${about}у ${f.decimal(r.low ?? 0)}–${times(r.times)} більше, ніж`
          : r.times === 1
            ? `${bound}${about}стільки ж, скільки`
            : `${bound}${about}у ${times(r.times)} більше, ніж`;
      return `${r.larger}: ${howMany} ${r.smaller}`;
    },
    sentence: (title, clauses) => `${title}. ${clauses.join('. ')}.`,
    sources: (items, f) =>
      items.length === 1 && !items[0].labels
        ? `Джерело: ${items[0].source}`
        : `Джерела: ${items.map((i) => (i.labels ? `${i.source} (${f.list(i.labels)})` : i.source)).join('; ')}`,
  },
  reading,
  summary,
  attack,
  breakdown,
  dashboard,
};
