import { expect } from '@esm-bundle/chai';
import { emulateMedia } from '@web/test-runner-commands';
import { MediaQueryController } from '../../../src/controllers/media-query-controller.js';
import { cleanup, countMediaListeners } from '../helpers.js';
import { hosted } from './host.js';

const DARK = '(prefers-color-scheme: dark)';

describe('MediaQueryController', () => {
  let listeners: ReturnType<typeof countMediaListeners>;
  beforeEach(() => (listeners = countMediaListeners()));
  afterEach(async () => {
    listeners.restore();
    cleanup();
    await emulateMedia({ colorScheme: 'light' });
  });

  it('says whether its query matches, updates its host when it flips, and stops listening while the host is away', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const { host, controller } = await hosted((h) => new MediaQueryController(h, DARK));
    expect(controller.matches).to.equal(false);
    // A later list of the same query is told of a flip after the host's: once it heard, the host had its chance.
    const { host: witness } = await hosted((h) => new MediaQueryController(h, DARK));

    let updated = host.nextUpdate();
    await emulateMedia({ colorScheme: 'dark' });
    await updated;
    expect(controller.matches).to.equal(true);

    expect(listeners.live()).to.equal(2);
    host.remove();
    expect(listeners.live(), 'listeners of a disconnected host').to.equal(1);
    const before = host.updates;
    updated = witness.nextUpdate();
    await emulateMedia({ colorScheme: 'light' });
    await updated;
    await host.updateComplete;
    console.log('DBG', host.updates, before, controller.matches);
    expect(host.updates, 'updates while disconnected').to.equal(before);
    expect(controller.matches, 'not followed while disconnected').to.equal(true);

    // Back in the page it reads the query again, and hears the next flip.
    document.body.append(host);
    await host.updateComplete;
    expect(controller.matches).to.equal(false);
    updated = host.nextUpdate();
    await emulateMedia({ colorScheme: 'dark' });
    await updated;
    expect(controller.matches).to.equal(true);
  });
});
