import { expect } from '@esm-bundle/chai';
import '../../src/elements/strike-chart/strike-chart.js';
import '../../src/elements/strike-timeline/strike-timeline.js';
import type { StrikeChart } from '../../src/elements/strike-chart/strike-chart.js';
import { referenceStrike } from '../fixtures/samples.js';
import { chartOf, cleanup, mount, next } from './helpers.js';

/** The image's pixels, and a reader of one pixel's RGBA. */
async function pixels(png: Blob) {
  const bitmap = await createImageBitmap(png);
  const canvas = document.createElement('canvas');
  [canvas.width, canvas.height] = [bitmap.width, bitmap.height];
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
  const at = (x: number, y: number) => [...data.slice((y * bitmap.width + x) * 4, (y * bitmap.width + x) * 4 + 4)];
  /** How many pixels in the band of rows `from`–`to` differ clearly from the background at (1, 1). */
  const inked = (from: number, to: number) => {
    const [r, g, b] = at(1, 1);
    let n = 0;
    for (let y = from; y < to; y++) for (let x = 0; x < bitmap.width; x++) {
      const p = at(x, y);
      if (Math.abs(p[0] - r) + Math.abs(p[1] - g) + Math.abs(p[2] - b) > 150) n++;
    }
    return n;
  };
  return { width: bitmap.width, height: bitmap.height, at, inked };
}

describe('images to post (toPNG)', () => {
  afterEach(cleanup);

  it('composes heading, chart and source at twice the chart\'s size, on an opaque background', async () => {
    const el = await mount<StrikeChart>('<strike-chart eager heading="Drones and missiles launched at Ukraine"></strike-chart>');
    const drawn = next(el, 'strike-render');
    el.data = referenceStrike;
    await drawn;
    const chart = chartOf(el)!;
    const image = await pixels((await el.toPNG())!);
    expect(image.width).to.equal(chart.width * 2);
    expect(image.height).to.be.greaterThan(chart.height * 2);
    // Opaque everywhere it was painted: the corners are the background, white in the light theme.
    for (const [x, y] of [[0, 0], [image.width - 1, image.height - 1]]) expect(image.at(x, y)).to.deep.equal([255, 255, 255, 255]);
    // The heading's line (16 px down, 24 px tall, at 2x) holds dark text; so does the source line near the foot.
    expect(image.inked(32, 80)).to.be.greaterThan(500);
    expect(image.inked(image.height - 110, image.height - 32)).to.be.greaterThan(200);
    // At 1x it is the chart's size across.
    expect((await pixels((await el.toPNG({ scale: 1 }))!)).width).to.equal(chart.width);
  });

  it('draws in the light theme unless asked, whatever the element shows; dark when asked', async () => {
    const el = await mount<StrikeChart>('<strike-chart eager theme="dark" heading="Dark page"></strike-chart>');
    const drawn = next(el, 'strike-render');
    el.data = referenceStrike;
    await drawn;
    const light = await pixels((await el.toPNG())!);
    expect(light.at(0, 0)).to.deep.equal([255, 255, 255, 255]);
    // Dark heading text on white: near-white text (the dark theme's) would leave the band blank.
    expect(light.inked(32, 80)).to.be.greaterThan(500);
    const dark = await pixels((await el.toPNG({ theme: 'dark' }))!);
    expect(dark.at(0, 0).slice(0, 3).every((v) => v < 40)).to.equal(true);
    expect(dark.inked(32, 80)).to.be.greaterThan(500);
    const red = await pixels((await el.toPNG({ background: 'rgb(200, 0, 0)' }))!);
    expect(red.at(0, 0)).to.deep.equal([200, 0, 0, 255]);
  });
});
