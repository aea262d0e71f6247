import { expect } from '@esm-bundle/chai';
import '../../src/elements/strike-chart/strike-chart.js';
import '../../src/elements/strike-troops/strike-troops.js';
import { cleanup, next } from './helpers.js';

/** The builder page (examples/build.html, with the built drop-in file) in a frame of `width` px. */
async function builder(width = 900): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 900px; border: 0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/examples/build.html';
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  for (let i = 0; i < 100 && !doc.querySelector('#preview')?.firstElementChild; i++) await new Promise((r) => setTimeout(r, 50));
  return doc;
}

function paste(doc: Document, text: string): void {
  const figures = doc.getElementById('figures') as HTMLTextAreaElement;
  figures.value = text;
  figures.dispatchEvent(new Event('input'));
}

/** The snippet's element, pasted into a page as an editor would (the script tag left to the page). */
async function pasted(snippet: string): Promise<HTMLElement> {
  const holder = document.createElement('div');
  holder.innerHTML = snippet.replace(/<script[^>]*><\/script>\n?/, '');
  const el = holder.firstElementChild as HTMLElement;
  const drawn = next(el, 'strike-render');
  // At the top of the page: a chart far below the fold is not drawn until the reader scrolls to it.
  document.body.prepend(holder);
  await drawn;
  return el;
}

describe('the embed builder (examples/build.html)', () => {
  afterEach(cleanup);

  it('turns a pasted two-column table into a working snippet and a live preview', async () => {
    const doc = await builder();
    (doc.getElementById('heading') as HTMLInputElement).value = "Troops near Kursk: Pyongyang's and Moscow's";
    paste(doc, 'Force\ttroops\nNorth Korean troops\tmore than 10,000\nRussian troops\tabout 50,000');
    const snippet = (doc.getElementById('snippet') as HTMLTextAreaElement).value;
    expect(snippet).to.match(/^<script type="module" src="https:\/\/unpkg\.com\/strike-charts\/dist\/strike-charts\.min\.js"><\/script>\n<strike-troops /);
    // An apostrophe in the heading cannot end the attribute early.
    expect(snippet).to.contain('Pyongyang&#39;s');
    const el = await pasted(snippet);
    expect(el.getAttribute('heading')).to.equal("Troops near Kursk: Pyongyang's and Moscow's");
    const label = el.shadowRoot!.querySelector('[part~="chart"]')!.getAttribute('aria-label')!;
    expect(label).to.contain('more than 10,000');
    expect(label).to.contain('about 50,000');
    // The live preview is the same element with the same figures.
    const preview = doc.querySelector('#preview strike-troops') as HTMLElement & { data: { unit: string; figures: unknown[] } };
    expect(preview.data.unit).to.equal('troops');
    expect(preview.data.figures).to.have.length(2);
  });

  it('reads a night\'s table into a strike chart, and names the line it cannot read', async () => {
    const doc = await builder(360);
    paste(doc, 'Weapon,Launched,Downed,Jammed\nMissiles,6,4,\nDrones,90,37,47');
    const el = await pasted((doc.getElementById('snippet') as HTMLTextAreaElement).value);
    expect(el.localName).to.equal('strike-chart');
    expect(el.shadowRoot!.querySelector('[part~="chart"]')!.getAttribute('aria-label')).to.contain('47 jammed');
    paste(doc, 'North Korean troops\tmany');
    expect(doc.getElementById('problem')!.textContent).to.contain('line 1: "many" is not a number');
    // At 360 px nothing is wider than the page.
    expect(doc.documentElement.scrollWidth).to.be.at.most(360);
  });
});
