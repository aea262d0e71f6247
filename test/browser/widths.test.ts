import { expect } from '@esm-bundle/chai';
import '../../src/elements/strike-chart/strike-chart.js';
import '../../src/elements/strike-summary/strike-summary.js';
import '../../src/elements/strike-timeline/strike-timeline.js';
import '../../src/elements/strike-troops/strike-troops.js';
import { kurskJson, referenceStrike } from '../fixtures/samples.js';
import { chartOf, cleanup, next } from './helpers.js';

const FILE = new URL('../fixtures/attacks-2025-03-to-05-05.csv', import.meta.url).href;

/** A grid of `columns` equal columns in a box `width` px wide, holding the given elements once each has drawn. */
async function grid(width: number, columns: number, make: (() => HTMLElement)[]): Promise<{ box: HTMLElement; els: HTMLElement[] }> {
  const box = document.createElement('div');
  box.style.cssText = `width: ${width}px; display: grid; grid-template-columns: repeat(${columns}, 1fr); gap: 8px`;
  const els = make.map((m) => m());
  const drawn = els.map((el) => next(el, 'strike-render'));
  box.append(...els);
  document.body.append(box);
  await Promise.all(drawn);
  // The narrow layout comes a frame after the first draw, once the width is known.
  await new Promise((r) => setTimeout(r, 100));
  await Promise.all(els.map((el) => (el as unknown as { chartSettled?: () => Promise<void> }).chartSettled?.()));
  return { box, els };
}

const strike = () => Object.assign(document.createElement('strike-chart'), { data: referenceStrike });
const troops = () => Object.assign(document.createElement('strike-troops'), { data: kurskJson });
const fromFile = (tag: string) => () => {
  const el = document.createElement(tag);
  el.setAttribute('src', FILE);
  return el;
};

describe('any width', () => {
  afterEach(cleanup);

  it('fits a 2-up grid on a 360 px phone: nothing wider than its column, every name above its bar', async () => {
    const { box, els } = await grid(344, 2, [strike, troops]);
    expect(box.scrollWidth).to.be.at.most(344);
    for (const el of els) expect(el.getBoundingClientRect().width).to.be.below(172);
    const bars = chartOf(els[0])!;
    expect(bars.options.scales!.y!.display).to.equal(false);
    expect(bars.options.plugins?.strikeEndLabels?.names).to.deep.equal(['Ballistic and cruise missiles', 'Drones']);
    const marks = chartOf(els[1])!.options.plugins?.strikeTroopMarks;
    expect(marks?.names).to.deep.equal(kurskJson.figures.map((f) => f.label));
    expect(marks?.marks.map((m) => m.text)).to.deep.equal(['more than 10,000', 'about 50,000']);
  });

  it('fits a 3-up article column of 720 px, and keeps every period name under a narrow timeline', async () => {
    const { box, els } = await grid(720, 3, [troops, fromFile('strike-timeline'), fromFile('strike-summary')]);
    expect(box.scrollWidth).to.be.at.most(720);
    const timeline = chartOf(els[1])!;
    // Every month named: none skipped for want of room.
    const x = timeline.scales.x;
    expect(x.ticks.map((t) => t.label)).to.have.length(3);
    // The 3-up column on a phone: the timeline drops its axis titles and right axis, and still names every month.
    cleanup();
    const phone = await grid(344, 3, [troops, fromFile('strike-timeline'), fromFile('strike-summary')]);
    expect(phone.box.scrollWidth).to.be.at.most(344);
    const narrow = chartOf(phone.els[1])!;
    expect(narrow.scales.x.ticks).to.have.length(3);
    expect(narrow.options.scales!.rate!.display).to.equal(false);
  });

  it('keeps the wide layout where there is room', async () => {
    const { els } = await grid(900, 1, [strike, troops]);
    expect(chartOf(els[0])!.options.scales!.y!.display).to.not.equal(false);
    expect(chartOf(els[1])!.options.plugins?.strikeTroopMarks?.names).to.equal(undefined);
  });
});
