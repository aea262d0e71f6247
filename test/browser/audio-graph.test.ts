import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/strike-timeline/strike-timeline.js';
import type { StrikeTimeline } from '../../src/elements/strike-timeline/strike-timeline.js';
import type { AudioGraphController } from '../../src/controllers/audio-graph-controller.js';
import { SAMPLE_CSV } from '../fixtures/samples.js';
import { collectWarnings, mount, next, part, tableRows } from './helpers.js';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const soundOf = (el: StrikeTimeline) => (el as unknown as { sound: AudioGraphController }).sound;

describe('the timeline\'s audio graph', () => {
  collectWarnings();

  it('makes no sound until asked, then plays, pauses and steps by keyboard', async () => {
    const el = await mount<StrikeTimeline>(`<strike-timeline src="${SAMPLE_CSV}"></strike-timeline>`);
    await next(el, 'strike-render');
    const sound = soundOf(el);
    const play = part(el, 'play') as HTMLButtonElement;
    expect(play.textContent!.trim()).to.equal('▶ Play as sound');
    // Described for screen readers: what it plays and how to read it.
    const description = el.shadowRoot!.getElementById(play.getAttribute('aria-describedby')!)!;
    expect(description.textContent).to.contain('the higher the tone, the more launched');
    expect(sound.context).to.equal(undefined);

    play.focus();
    await sendKeys({ press: 'Space' });
    expect(sound.phase).to.equal('playing');
    await wait(700);
    expect(sound.context!.state).to.equal('running');
    const reached = sound.index;
    expect(reached).to.be.greaterThan(0);
    await el.updateComplete;
    expect(play.textContent!.trim()).to.equal('❚❚ Pause');

    await sendKeys({ press: 'Space' });
    expect(sound.phase).to.equal('paused');
    const pausedAt = sound.index;
    await wait(600);
    expect(sound.index, 'paused: no step').to.equal(pausedAt);

    // The arrows step one period and say its row; Home goes to the first.
    await sendKeys({ press: 'ArrowRight' });
    expect(sound.index).to.equal(pausedAt + 1);
    await el.updateComplete;
    const row = (await tableRows(el))[pausedAt + 1];
    expect(part(el, 'sound-status')!.textContent).to.contain(`${row[0]}: Launched ${row[1]}`);
    await sendKeys({ press: 'Home' });
    expect(sound.index).to.equal(0);
    await sendKeys({ press: 'Escape' });
    expect(sound.phase).to.equal('stopped');
  });

  it('closes its audio context when the element leaves the page', async () => {
    const el = await mount<StrikeTimeline>(`<strike-timeline src="${SAMPLE_CSV}"></strike-timeline>`);
    await next(el, 'strike-render');
    (part(el, 'play') as HTMLButtonElement).focus();
    await sendKeys({ press: 'ArrowRight' });
    const context = soundOf(el).context!;
    el.remove();
    await wait(50);
    expect(context.state).to.equal('closed');
  });

  it('plays where the browser gives no 2D canvas: the sound needs no chart', async () => {
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = () => null;
    try {
      const el = await mount<StrikeTimeline>(`<strike-timeline src="${SAMPLE_CSV}"></strike-timeline>`);
      await next(el, 'strike-load');
      await el.updateComplete;
      await wait(100);
      const play = part(el, 'play') as HTMLButtonElement;
      play.focus();
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      expect(soundOf(el).index).to.equal(1);
      expect(soundOf(el).context!.state).to.not.equal('closed');
    } finally {
      HTMLCanvasElement.prototype.getContext = getContext;
    }
  });
});
