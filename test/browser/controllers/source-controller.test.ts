import { expect } from '@esm-bundle/chai';
import { SourceController, type LoadedSource } from '../../../src/controllers/source-controller.js';
import { cleanup, echo, requestArrived, requestEnded } from '../helpers.js';
import { hosted } from './host.js';

/** A host with a source controller, and what the controller told it. */
async function loader(options: { timeoutMs?: number } = {}) {
  const loads: LoadedSource[] = [];
  const errors: string[] = [];
  let told!: () => void;
  let outcome = new Promise<void>((r) => (told = r));
  const tell = () => {
    told();
    outcome = new Promise<void>((r) => (told = r));
  };
  const { host, controller } = await hosted(
    (h) => new SourceController(h, { ...options, onLoad: (s) => (loads.push(s), tell()), onError: (m) => (errors.push(m), tell()) }),
  );
  return { host, controller, loads, errors, told: () => outcome };
}

describe('SourceController', () => {
  afterEach(cleanup);

  it('loads a URL and says whether it is CSV', async () => {
    const { controller, loads, told } = await loader();
    const done = told();
    controller.load(echo({ figures: [] }));
    expect(controller.loading).to.equal(true);
    await done;
    expect(controller.loading).to.equal(false);
    expect(loads.map((l) => [l.text, l.csv])).to.deep.equal([['{"figures":[]}', false]]);
  });

  it('hangs up on a load when its host leaves the page, and loads it again when the host comes back', async () => {
    const { host, controller, loads, errors, told } = await loader();
    const id = `away-${Math.random()}`;
    controller.load(echo({ n: 1 }, 1000, id));
    await requestArrived(id);
    host.remove();
    expect(await requestEnded(id)).to.equal('hung-up');
    expect([loads, errors]).to.deep.equal([[], []]);

    const done = told();
    document.body.append(host);
    expect(controller.loading).to.equal(true);
    await done;
    expect(loads.map((l) => l.text)).to.deep.equal(['{"n":1}']);
    expect(errors).to.deep.equal([]);
  });

  it('drops the older load for a newer one, and tells only the newer', async () => {
    const { controller, loads, told } = await loader();
    const id = `older-${Math.random()}`;
    controller.load(echo({ n: 'older' }, 1000, id));
    await requestArrived(id);
    const done = told();
    controller.load(echo({ n: 'newer' }));
    await done;
    expect(await requestEnded(id)).to.equal('hung-up');
    expect(loads.map((l) => l.text)).to.deep.equal(['{"n":"newer"}']);
  });

  it('refuses a URL that is not http(s) without fetching, and names a timeout', async () => {
    const { controller, errors, told } = await loader({ timeoutMs: 200 });
    controller.load('javascript:alert(1)');
    expect(errors).to.deep.equal(['only http and https URLs can be loaded, not "javascript:"']);
    const done = told();
    controller.load('/__test__/slow?ms=3000');
    await done;
    expect(errors[1]).to.match(/^No answer within 0.2 s while loading http:\/\/.*\/__test__\/slow\?ms=3000$/);
  });
});
