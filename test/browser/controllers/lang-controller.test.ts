import { expect } from '@esm-bundle/chai';
import { LangController } from '../../../src/controllers/lang-controller.js';
import { cleanup } from '../helpers.js';
import { hosted } from './host.js';

describe('LangController', () => {
  afterEach(cleanup);

  it('updates its host when a lang attribute changes anywhere in the page, and stops while the host is away', async () => {
    const section = document.createElement('section');
    document.body.append(section);
    const { host } = await hosted((h) => new LangController(h), section);
    // Served by the same observer, and told in the same callback, after the host: once it updated, the host had its chance.
    const { host: witness } = await hosted((h) => new LangController(h));

    let updated = host.nextUpdate();
    section.lang = 'uk';
    await updated;

    host.remove();
    const before = host.updates;
    updated = witness.nextUpdate();
    section.lang = 'en';
    document.documentElement.lang = 'en-GB';
    await updated;
    await host.updateComplete;
    expect(host.updates, 'updates while disconnected').to.equal(before);

    // Back in the page, it hears again.
    section.append(host);
    await host.updateComplete;
    updated = host.nextUpdate();
    document.documentElement.lang = 'en';
    await updated;
  });

  it('follows its host into another document', async () => {
    const iframe = document.createElement('iframe');
    const loaded = new Promise((r) => iframe.addEventListener('load', r, { once: true }));
    document.body.append(iframe);
    await loaded;
    const { host } = await hosted((h) => new LangController(h));
    const page = iframe.contentDocument!;
    page.body.append(host);
    await host.updateComplete;
    const updated = host.nextUpdate();
    page.documentElement.lang = 'uk';
    await updated;
  });
});
