import type { Messages } from './types.js';

export const uk: Messages = {
  segment: { downed: 'Збито', jammed: 'Локаційно втрачено', unaccounted: 'Не враховано' },
  kind: { missile: 'Ракети', drone: 'Дрони', bomb: 'Керовані бомби', unknown: 'Інші засоби' },
  kindCount: {
    missile: { one: 'ракета', few: 'ракети', many: 'ракет', other: 'ракети' },
    drone: { one: 'дрон', few: 'дрони', many: 'дронів', other: 'дрона' },
    bomb: { one: 'керована бомба', few: 'керовані бомби', many: 'керованих бомб', other: 'керованої бомби' },
    unknown: { one: 'інший засіб', few: 'інші засоби', many: 'інших засобів', other: 'іншого засобу' },
  },
  rate: { downed: 'частка збитих', jammed: 'частка локаційно втрачених', neutralized: 'частка знешкоджених' },
  column: {
    weapon: 'Засіб',
    launched: 'Запущено',
    total: 'Усього',
    downedRate: 'Частка збитих',
    neutralizedRate: 'Частка знешкоджених',
  },
  ringOrder: (labels, f) => `Кільця ззовні всередину: ${f.list(labels)}`,
  noRate: 'частки немає (нічого не запущено)',
  notReported: 'не повідомлено',
  shareAxis: 'Частка від запущених',
  headline: (t, f) =>
    t.launched === 0
      ? `${t.label}: нічого не запущено`
      : t.jammedReported
        ? `${t.label}: знешкоджено ${f.count(t.downed + t.jammed)} з ${f.count(t.launched)}, ${f.percent(t.neutralizedRate)} — ` +
          `збито ${f.count(t.downed)}, локаційно втрачено ${f.count(t.jammed)}, не враховано ${f.count(t.unaccounted)}`
        : `${t.label}: збито ${f.count(t.downed)} з ${f.count(t.launched)}, ${f.percent(t.downedRate)}`,
  entrySentence: (t, f) =>
    `${t.label}: запущено ${f.count(t.launched)}, збито ${f.count(t.downed)}` +
    (t.jammedReported ? `, локаційно втрачено ${f.count(t.jammed)}` : '') +
    `, не враховано ${f.count(t.unaccounted)}; ` +
    (t.jammedReported
      ? `частка знешкоджених ${f.percent(t.neutralizedRate)}, частка збитих ${f.percent(t.downedRate)}`
      : `частка збитих ${f.percent(t.downedRate)}`),
  chartSentence: ({ date, regions, entries }, f) =>
    `Перехоплення атаки` +
    (date ? ` ${f.date(date)}` : '') +
    (regions !== undefined
      ? ` по ${f.plural(regions, { one: 'області', few: 'областях', many: 'областях', other: 'області' })}`
      : '') +
    `. ${entries.join('. ')}.`,
  inconsistent: (t, f) =>
    `${t.label}: збито й локаційно втрачено ${f.count(t.downed + t.jammed)}, це на ${f.count(t.excess)} більше, ніж ` +
    `запущено (${f.count(t.launched)}). Показано як у звіті.`,
  source: (name, date, f) => `Джерело: ${name}${date ? `, ${f.date(date)}` : ''}`,
  loading: 'Завантаження даних…',
  empty: 'Даних поки немає.',
  error: (n) =>
    n === 1 ? 'Графік не вдалося побудувати: у даних є помилка.' : `Графік не вдалося побудувати: у даних є помилки (${n}).`,
  showTable: 'Показати таблицю',
  hideTable: 'Сховати таблицю',
  segmentValue: (count, share) => `${count} (${share})`,
};
