import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import { badTexts } from '../fixtures/hostile.js';
import { chartsIn, chartTexts, registeredTags, sampleData, shown, shownTexts } from './elements.js';
import { collectWarnings, create, part, tableRows } from './helpers.js';

const show = (tag: string, data: unknown, attributes?: Record<string, string>) => shown(create(tag, data, attributes));

describe('numbers at the edges, as elements show them', () => {
  collectWarnings();

  for (const tag of registeredTags()) {
    for (const [name, launched] of [['nothing launched', 0], ['1e15 launched', 1e15]] as const) {
      it(`<${tag}> shows ${name} without an error or a bad word`, async () => {
        const el = await show(tag, sampleData(tag, 'Edge', launched));
        expect(part(el, 'error'), part(el, 'error')?.textContent ?? '').to.equal(null);
        expect(badTexts([...shownTexts(el), ...chartsIn(el).flatMap((c) => chartTexts(c))])).to.deep.equal([]);
      });
    }
  }

  if (registeredTags().includes('strike-chart')) {
    it('<strike-chart> says "no attacks recorded" for all zeros, as bars or rings, instead of an empty chart', async () => {
      const zeros = { date: '2024-11-13', weapons: [{ kind: 'missile', launched: 0, downed: 0 }, { kind: 'drone', launched: 0, downed: 0, jammed: 0 }] };
      for (const variant of ['bar', 'doughnut']) {
        const el = await show('strike-chart', zeros, { variant });
        expect(part(el, 'summary')!.textContent).to.equal('No attacks recorded on November 13, 2024: nothing was launched.');
        expect(el.shadowRoot!.querySelector('canvas')).to.equal(null);
        expect(part(el, 'legend')).to.equal(null);
        expect((await tableRows(el))[0].slice(1, 5)).to.deep.equal(['0', '0', 'not reported', '0']);
      }
    });
  }

  if (registeredTags().includes('strike-timeline')) {
    it('<strike-timeline> shows a month with no report as a gap, not as zero', async () => {
      const report = (date: string, launched: number) => ({ date, weapons: [{ kind: 'drone', launched, downed: 1 }] });
      const el = await show('strike-timeline', [report('2024-11-13', 10), report('2025-01-02', 20)], { period: 'month' });
      const rows = await tableRows(el);
      // The reports run from 13 November to 2 January: both ends are months held in part.
      expect(rows.map((r) => r[0].replace(/ \(.*/, ''))).to.deep.equal(['Nov 2024', 'Dec 2024', 'Jan 2025']);
      expect(rows[0][0]).to.contain('18 of 30 days');
      expect(rows[1][1]).to.equal('no report');
      const [chart] = chartsIn(el);
      for (const dataset of chart.data.datasets) expect(dataset.data[1], String(dataset.label)).to.equal(null);
      expect(chart.canvas.getAttribute('aria-label')).to.contain('1 period has no report');
    });
  }
});
