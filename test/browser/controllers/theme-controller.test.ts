import { expect } from '@esm-bundle/chai';
import { emulateMedia } from '@web/test-runner-commands';
import { ThemeController } from '../../../src/controllers/theme-controller.js';
import { cleanup, countMediaListeners } from '../helpers.js';
import { hosted } from './host.js';

const downed = (c: ThemeController) => c.read().palette.downed;

describe('ThemeController', () => {
  let listeners: ReturnType<typeof countMediaListeners>;
  beforeEach(() => (listeners = countMediaListeners()));
  afterEach(async () => {
    listeners.restore();
    cleanup();
    document.body.removeAttribute('style');
    await emulateMedia({ colorScheme: 'light' });
  });

  it('reads the theme tokens, the same object while none changed, and a new one when one did', async () => {
    const { host, controller } = await hosted((h) => new ThemeController(h));
    host.style.setProperty('--strike-color-downed', 'rgb(1, 2, 3)');
    // A style change on the host itself is watched from its first update on.
    await host.nextUpdate();
    const theme = controller.read();
    expect(theme.palette.downed).to.equal('rgb(1, 2, 3)');
    expect(controller.read()).to.equal(theme);
    const updated = host.nextUpdate();
    host.style.setProperty('--strike-color-downed', 'rgb(4, 5, 6)');
    await updated;
    expect(downed(controller)).to.equal('rgb(4, 5, 6)');
  });

  it('updates its host when the page or the colour scheme changes, never while the host is away, and reads again on return', async () => {
    const { host, controller } = await hosted((h) => new ThemeController(h));
    // Its observer and media lists are made after the host's: once it heard of a change, the host had its chance.
    const { host: witness } = await hosted((h) => new ThemeController(h));
    expect(downed(controller)).to.equal('#0b4f8a');

    let updated = host.nextUpdate();
    document.body.style.setProperty('--strike-color-downed', 'rgb(0, 90, 0)');
    await updated;
    expect(downed(controller)).to.equal('rgb(0, 90, 0)');

    const listening = listeners.live();
    host.remove();
    // The colour scheme and forced colours.
    expect(listening - listeners.live(), 'media-query listeners removed').to.equal(2);
    const before = host.updates;
    updated = witness.nextUpdate();
    document.body.style.setProperty('--strike-color-downed', 'rgb(90, 0, 0)');
    await updated;
    updated = witness.nextUpdate();
    await emulateMedia({ colorScheme: 'dark' });
    await updated;
    await host.updateComplete;
    expect(host.updates, 'updates while disconnected').to.equal(before);

    document.body.append(host);
    await host.updateComplete;
    expect(downed(controller)).to.equal('rgb(90, 0, 0)');
    updated = host.nextUpdate();
    document.body.style.setProperty('--strike-color-downed', 'rgb(0, 0, 90)');
    await updated;
    expect(downed(controller)).to.equal('rgb(0, 0, 90)');
  });
});
