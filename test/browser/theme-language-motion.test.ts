import { expect } from '@esm-bundle/chai';
import { emulateMedia, resetMouse, sendMouse } from '@web/test-runner-commands';
import '../../src/elements/strike-chart/strike-chart.js';
import '../../src/elements/strike-timeline/strike-timeline.js';
import type { StrikeChart } from '../../src/elements/strike-chart/strike-chart.js';
import { referenceStrike, SAMPLE_CSV } from '../fixtures/samples.js';
import { chartOf, collectWarnings, mount, next, part, wholeTable } from './helpers.js';

const fillOf = (el: Element, dataset: number) => chartOf(el)!.data.datasets[dataset].backgroundColor;

describe('themes, colour, language and motion', () => {
  collectWarnings();
  afterEach(() => emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' }));

  it('draws with the theme tokens, and redraws when a token changes at run time', async () => {
    const el = await mount<StrikeChart>('<strike-chart></strike-chart>');
    el.data = referenceStrike;
    await next(el, 'strike-render');
    expect(fillOf(el, 0)).to.equal('#0b4f8a');
    const rendered = next(el, 'strike-render');
    el.style.setProperty('--strike-color-downed', 'rgb(200, 0, 0)');
    await rendered;
    expect(fillOf(el, 0)).to.equal('rgb(200, 0, 0)');
  });

  it('redraws when a token changes on the element it sits in (a dashboard and its parts)', async () => {
    const outer = document.createElement('div');
    document.body.append(outer);
    const el = document.createElement('strike-chart') as StrikeChart;
    // As the dashboard hands its tokens to its parts.
    const style = document.createElement('style');
    style.textContent = 'strike-chart { --strike-color-downed: inherit; }';
    outer.attachShadow({ mode: 'open' }).append(style, el);
    el.data = referenceStrike;
    await next(el, 'strike-render');
    const rendered = next(el, 'strike-render');
    outer.style.setProperty('--strike-color-downed', 'rgb(0, 90, 0)');
    await rendered;
    expect(fillOf(el, 0)).to.equal('rgb(0, 90, 0)');
  });

  it('marks jammed and unaccounted with patterns, not colour alone', async () => {
    const el = await mount<StrikeChart>('<strike-chart></strike-chart>');
    el.data = referenceStrike;
    await next(el, 'strike-render');
    expect(fillOf(el, 1)).to.be.instanceOf(CanvasPattern);
    expect(fillOf(el, 2)).to.be.instanceOf(CanvasPattern);
    const swatches = [...part(el, 'legend')!.querySelectorAll('.swatch')].map((s) => getComputedStyle(s).backgroundImage);
    expect(swatches[0]).to.equal('none');
    expect(swatches[1]).to.contain('repeating-linear-gradient');
    expect(swatches[2]).to.contain('radial-gradient');
  });

  it('theme="dark" forces dark tokens; theme="auto" follows prefers-color-scheme', async () => {
    const el = await mount<StrikeChart>('<strike-chart theme="dark"></strike-chart>');
    el.data = referenceStrike;
    await next(el, 'strike-render');
    expect(fillOf(el, 0)).to.equal('#5aa9e6');
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(23, 24, 27)');

    const auto = await mount<StrikeChart>('<strike-chart></strike-chart>');
    auto.data = referenceStrike;
    await next(auto, 'strike-render');
    expect(fillOf(auto, 0)).to.equal('#0b4f8a');
    const redrawn = next(auto, 'strike-render');
    await emulateMedia({ colorScheme: 'dark' });
    await redrawn;
    expect(fillOf(auto, 0)).to.equal('#5aa9e6');

    const light = await mount<StrikeChart>('<strike-chart theme="light"></strike-chart>');
    light.data = referenceStrike;
    await next(light, 'strike-render');
    expect(fillOf(light, 0)).to.equal('#0b4f8a');
  });

  it('does not animate under prefers-reduced-motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await mount<StrikeChart>('<strike-chart></strike-chart>');
    el.data = referenceStrike;
    await next(el, 'strike-render');
    expect(chartOf(el)!.options.animation).to.equal(false);
    await emulateMedia({ reducedMotion: 'no-preference' });
    const animated = await mount<StrikeChart>('<strike-chart></strike-chart>');
    animated.data = referenceStrike;
    await next(animated, 'strike-render');
    expect((chartOf(animated)!.options.animation as { duration: number }).duration).to.be.at.most(300);
  });

  it('locale="uk" gives Ukrainian words and number formats in labels, aria-label and table', async () => {
    const el = await mount(`<strike-timeline locale="uk" kind="drone" from="2025-01-01" to="2025-01-31" src="${SAMPLE_CSV}"></strike-timeline>`);
    await next(el, 'strike-render');
    const label = part(el, 'chart')!.getAttribute('aria-label')!;
    expect(label).to.match(/^Перехоплення за 1 місяць/);
    expect(label).to.contain('запущено 2\u00a0715');
    const table = await wholeTable(el);
    expect(table.querySelector('thead')!.textContent).to.contain('Запущено');
    expect(table.querySelector('tbody th')!.textContent!.trim()).to.match(/^січ\.? 2025/);
    expect(String(chartOf(el)!.data.datasets[0].label)).to.equal('Збито');
    expect(part(el, 'legend')!.textContent).to.contain('Локаційно втрачено');
  });

  it('moves through bars with the arrow keys and announces the figures', async () => {
    const el = await mount<StrikeChart>('<strike-chart></strike-chart>');
    el.data = referenceStrike;
    await next(el, 'strike-render');
    const canvas = part(el, 'chart')!;
    expect(canvas.tabIndex).to.equal(0);
    canvas.focus();
    canvas.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    await el.updateComplete;
    const live = part(el, 'live')!;
    expect(live.getAttribute('aria-live')).to.equal('polite');
    expect(live.textContent).to.equal(
      'Ballistic and cruise missiles: Launched 6, Downed 4, Jammed not reported, Unaccounted 0, Not reported 2, Downed rate 67%, Neutralized rate 67%',
    );
    expect(chartOf(el)!.getActiveElements().map((a) => a.index)).to.deep.equal([0, 0, 0, 0]);
    const tip = part(el, 'tooltip')!;
    expect(tip.getAttribute('aria-hidden')).to.equal('true');
    // The top bar has no room above it for the tooltip: it goes below, never over what sits above the chart.
    expect(tip.getBoundingClientRect().top).to.be.at.least(part(el, 'plot')!.getBoundingClientRect().top - 1);
    expect(tip.innerText.replace(/\s+/g, ' ').trim()).to.equal(
      'Ballistic and cruise missiles Launched: 6 Downed: 4 Jammed: not reported Unaccounted: 0 Not reported: 2 Downed rate: 67% Neutralized rate: 67%',
    );
    canvas.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    await el.updateComplete;
    expect(live.textContent).to.match(/^Drones: Launched 90, Downed 37, Jammed 47, Unaccounted 6/);
    canvas.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await el.updateComplete;
    expect(chartOf(el)!.getActiveElements()).to.deep.equal([]);
    expect(part(el, 'tooltip')).to.equal(null);
  });

  it('shows the HTML tooltip where the pointer is, inside the plot, and hides it on leaving', async () => {
    const el = await mount<StrikeChart>('<strike-chart></strike-chart>');
    el.data = referenceStrike;
    await next(el, 'strike-render');
    const canvas = part(el, 'chart') as HTMLCanvasElement;
    // Let the bars finish growing: chart.js hit-tests where they are now, not where they end.
    await new Promise((r) => setTimeout(r, 400));
    const bar = chartOf(el)!.getDatasetMeta(1).data[1].getCenterPoint();
    const box = canvas.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.left + bar.x), Math.round(box.top + bar.y)] });
    for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
    await el.updateComplete;
    const tip = part(el, 'tooltip')!;
    expect(tip.textContent).to.contain('Drones');
    expect(tip.textContent).to.contain('Jammed: 47');
    const plot = part(el, 'plot')!.getBoundingClientRect();
    const t = tip.getBoundingClientRect();
    expect(t.left).to.be.at.least(plot.left - 1);
    expect(t.right).to.be.at.most(plot.right + 1);
    await sendMouse({ type: 'move', position: [Math.round(box.left + 5), Math.round(box.bottom + 40)] });
    await el.updateComplete;
    expect(part(el, 'tooltip')).to.equal(null);
    await resetMouse();
  });
});
