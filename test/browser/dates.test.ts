import { expect } from '@esm-bundle/chai';
import '../../src/elements/strike-breakdown/strike-breakdown.js';
import '../../src/elements/strike-summary/strike-summary.js';
import '../../src/elements/strike-timeline/strike-timeline.js';
import { SAMPLE_CSV as SAMPLE } from '../fixtures/samples.js';
import { collectWarnings, expectShownError, mount, next } from './helpers.js';

describe('a `from` and `to` that make no range, as the elements that take them say it', () => {
  const warnings = collectWarnings();

  for (const tag of ['strike-timeline', 'strike-breakdown', 'strike-summary']) {
    for (const [attributes, path, message] of [
      ['from="2026-04-31"', 'from', 'from: expected a day on the calendar (2026-04 has 30 days), got "2026-04-31"'],
      ['to="2025-02-29"', 'to', 'to: expected a day on the calendar (2025-02 has 28 days), got "2025-02-29"'],
      ['from="2025-02-01" to="2025-01-01"', 'to', 'to: expected a date on or after from (2025-02-01), got "2025-01-01"'],
    ]) {
      it(`<${tag} ${attributes}> names the bad value in its error, its event and its warning`, async () => {
        const el = await mount(`<${tag} eager src="${SAMPLE}" ${attributes}></${tag}>`);
        const error = await next(el, 'strike-error', 10_000);
        expect(error.detail.issues).to.deep.equal([{ path, message }]);
        expectShownError(el, message);
        expect(warnings.some((w) => w.includes(message))).to.equal(true);
      });
    }
  }
});
