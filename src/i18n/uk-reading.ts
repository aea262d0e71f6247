import type { ReadingWords } from './types.js';

const SEPARATORS = { ',': 'комами', ';': 'крапками з комою', '\t': 'табуляціями' };

export const reading: ReadingWords = {
  problem: (p, url, f) => {
    const from = url ? `Файл за адресою ${url}` : 'Атрибут data';
    const inFile = `У файлі за адресою ${url}`;
    switch (p.code) {
      case 'not-json':
        return `${from} містить некоректний JSON.${p.endsEarly && !url ? ' Текст уривається: апостроф (\') завершує атрибут, записаний в одинарних лапках, тож напишіть замість нього &#39; або задайте властивість data.' : ''}`;
      case 'web-page':
        return `${from} — вебсторінка, а не CSV чи JSON (сторінка помилки або входу?): перевірте адресу.`;
      case 'missing-column':
        return (
          `${inFile} немає ${p.missing.length === 1 ? 'стовпця' : 'стовпців'} ${f.list(p.missing)}` +
          `${p.separator === ',' ? '' : ` (клітинки в ньому розділено ${SEPARATORS[p.separator]})`}.`
        );
      case 'day-first-date':
        return `${inFile} дати записано, починаючи з дня (${p.column} «${p.cell}», рядок ${p.row}): пишіть їх, починаючи з року, як-от 2026-04-04 (ISO).`;
    }
  },
  warnings: ({ skipped, inconsistent, other }, f) =>
    [
      skipped ? `пропущено ${f.plural(skipped, { one: 'рядок', few: 'рядки', many: 'рядків', other: 'рядка' })}` : '',
      inconsistent ? f.plural(inconsistent, { one: 'неузгоджений', few: 'неузгоджені', many: 'неузгоджених', other: 'неузгодженого' }) : '',
      other
        ? f.plural(
            other,
            skipped || inconsistent
              ? { one: 'інше попередження', few: 'інші попередження', many: 'інших попереджень', other: 'іншого попередження' }
              : { one: 'попередження', few: 'попередження', many: 'попереджень', other: 'попередження' },
          )
        : '',
    ]
      .filter(Boolean)
      .join(', '),
};
