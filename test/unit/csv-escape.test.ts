import { describe, expect, it } from 'vitest';
import { tableToCsv } from '../../src/charts/table.js';

describe('tableToCsv', () => {
  it('quotes commas and quotes, and defuses spreadsheet formulas', () => {
    const csv = tableToCsv({
      caption: '',
      columns: ['Weapon', 'Launched'],
      rows: [
        { header: 'Shahed, "Geran"', cells: [], values: [3] },
        { header: '=HYPERLINK("x")', cells: [], values: [null] },
      ],
    });
    expect(csv).toBe('Weapon,Launched\r\n"Shahed, ""Geran""",3\r\n"\'=HYPERLINK(""x"")",\r\n');
  });
});
