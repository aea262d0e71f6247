// Many elements with one `src` share one request and one parse; `refresh` follows a file that changes.
import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import { cleanup, next, part } from './helpers.js';

const CSV = 'attacks-2025-01-and-2024-11-13.csv';
const OTHER_CSV = 'attacks-sample.csv';

let ids = 0;
/** A file on the test server that a test can change, and how many requests it got. */
async function liveFile(fixture: string) {
  const id = `live-${Date.now()}-${++ids}`;
  const set = (name: string) => fetch(`/__live__/set?id=${id}&fixture=${name}`);
  await set(fixture);
  return {
    url: (delay = 50) => `/__live__/file?id=${id}&delay=${delay}`,
    set,
    fail: () => fetch(`/__live__/set?id=${id}&status=500`),
    count: async () => (await (await fetch(`/__live__/count?id=${id}`)).json()) as { requests: number; unchanged: number; hungUp: number },
  };
}

const mountAll = (markup: string) => {
  const holder = document.createElement('div');
  holder.style.width = '640px';
  holder.innerHTML = markup;
  document.body.append(holder);
  return [...holder.children] as HTMLElement[];
};

/** Resolves when `condition` holds, checked every frame; rejects after `ms`. */
async function until(condition: () => boolean | Promise<boolean>, ms = 8000): Promise<void> {
  const end = performance.now() + ms;
  while (!(await condition())) {
    if (performance.now() > end) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => requestAnimationFrame(r));
  }
}

describe('one request per URL', () => {
  afterEach(cleanup);

  it('six elements with the same src make one request, and each draws its figures', async () => {
    const file = await liveFile(CSV);
    const src = file.url(200);
    const tags = ['strike-chart', 'strike-timeline', 'strike-summary', 'strike-breakdown', 'strike-dashboard', 'strike-chart'];
    const elements = mountAll(tags.map((t) => `<${t} src="${src}"></${t}>`).join(''));
    await Promise.all(elements.map((el) => next(el, 'strike-load')));
    expect(await file.count()).to.deep.equal({ requests: 1, unchanged: 0, hungUp: 0 });
    for (const el of elements.slice(0, 4)) expect(part(el, 'error'), el.localName).to.equal(null);
    expect(part(elements[0], 'chart')!.getAttribute('aria-label')).to.contain('103 drones launched');
  });

  it('one element leaving keeps the request for the others; the last one leaving cancels it', async () => {
    const file = await liveFile(CSV);
    const [first, second] = mountAll(`<strike-chart src="${file.url(1500)}"></strike-chart><strike-timeline src="${file.url(1500)}"></strike-timeline>`);
    await until(async () => (await file.count()).requests === 1);
    first.remove();
    await next(second, 'strike-load');
    expect(await file.count()).to.deep.equal({ requests: 1, unchanged: 0, hungUp: 0 });

    const [third, fourth] = mountAll(`<strike-chart src="${file.url(1500)}"></strike-chart><strike-chart src="${file.url(1500)}"></strike-chart>`);
    await until(async () => (await file.count()).requests === 2);
    third.remove();
    fourth.remove();
    await until(async () => (await file.count()).hungUp === 1);
  });
});

describe('refresh', () => {
  afterEach(cleanup);

  it('follows the file as it changes: the chart updates in place, keeps focus and selection, and says so once', async () => {
    const file = await liveFile(CSV);
    const [timeline] = mountAll(`<strike-timeline refresh="1" period="month" selected="2025-01" src="${file.url()}"></strike-timeline>`);
    await next(timeline, 'strike-render');
    const canvas = part(timeline, 'chart')!;
    const before = canvas.getAttribute('aria-label');
    canvas.focus();
    expect(part(timeline, 'as-of')!.textContent).to.match(/^Updated \d/);

    const region = part(timeline, 'update-announcement')!;
    const announced: string[] = [];
    new MutationObserver(() => region.textContent!.trim() && announced.push(region.textContent!.trim())).observe(region, { childList: true, subtree: true, characterData: true });

    await file.set(OTHER_CSV);
    await next(timeline, 'strike-load', 5000);
    await timeline.updateComplete;
    expect(part(timeline, 'chart'), 'the same canvas').to.equal(canvas);
    expect(canvas.getAttribute('aria-label')).not.to.equal(before);
    expect((timeline.shadowRoot as ShadowRoot).activeElement, 'focus kept').to.equal(canvas);
    expect(timeline.getAttribute('selected')).to.equal('2025-01');

    // The next check finds the file unchanged (a 304): the figures stay, and nothing more is said.
    const unchanged = (await file.count()).unchanged;
    await until(async () => (await file.count()).unchanged > unchanged, 5000);
    await timeline.updateComplete;
    expect(announced.length, announced.join(' | ')).to.equal(1);
    expect(announced[0]).to.match(/^New figures at /);
  });

  it('keeps the figures shown when a check fails, and says why', async () => {
    const file = await liveFile(CSV);
    const [chart] = mountAll(`<strike-chart refresh="1" src="${file.url()}"></strike-chart>`);
    await next(chart, 'strike-render');
    const label = part(chart, 'chart')!.getAttribute('aria-label');
    await file.fail();
    await until(() => /Could not check/.test(part(chart, 'as-of')?.textContent ?? ''), 6000);
    expect(part(chart, 'chart')!.getAttribute('aria-label')).to.equal(label);
    expect(part(chart, 'error')).to.equal(null);
  });
});
