import { expect } from '@esm-bundle/chai';
import { Chart } from 'chart.js';
import { setWarningHandler } from '../../src/data/warn.js';

/** What the tests use of every element: its update, and its chart drawn. */
export type Drawn = HTMLElement & {
  data: unknown;
  updateComplete: Promise<boolean>;
  chartSettled(): Promise<void>;
  toCSV(options?: { raw?: boolean }): string;
  toPNG(): Promise<Blob | null>;
};

/** Adds markup to the page, returns its first element once it has rendered. */
export async function mount<T extends HTMLElement = HTMLElement>(markup: string, parent: Element = document.body): Promise<T> {
  const holder = document.createElement('div');
  holder.style.width = '640px';
  holder.innerHTML = markup;
  parent.append(holder);
  const el = holder.firstElementChild as T;
  await (el as unknown as Drawn).updateComplete;
  return el;
}

/**
 * Writes markup into the page as its HTML is read (attributes set before the element upgrades); resolves with
 * the element and its first event of that type.
 */
export async function fromMarkup<K extends 'strike-render' | 'strike-error'>(markup: string, type: K): Promise<[HTMLElement, GlobalEventHandlersEventMap[K]]> {
  const holder = document.createElement('div');
  holder.style.width = '640px';
  document.body.append(holder);
  const event = next(holder, type);
  holder.innerHTML = markup;
  return [holder.firstElementChild as HTMLElement, await event];
}

/** A new `eager` element with `data` set, for a page (or an iframe's document) to append. */
export function create<T extends HTMLElement = Drawn>(tag: string, data: unknown, attributes: Record<string, string> = {}, doc = document): T {
  const el = doc.createElement(tag) as unknown as T & { data: unknown };
  el.setAttribute('eager', '');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (data !== undefined) el.data = data;
  return el;
}

/** Resolves with the next event of that type from the element (or rejects after a timeout). */
export function next<K extends keyof GlobalEventHandlersEventMap>(el: EventTarget, type: K, ms = 5000): Promise<GlobalEventHandlersEventMap[K]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} within ${ms} ms`)), ms);
    el.addEventListener(type, (e) => {
      clearTimeout(timer);
      resolve(e as GlobalEventHandlersEventMap[K]);
    }, { once: true });
  });
}

export const part = (el: Element, name: string): HTMLElement | null => el.shadowRoot!.querySelector(`[part~="${name}"]`);

/** The Chart drawn on the element's `chart` part, if any. */
export const chartOf = (el: Element): Chart | undefined => Chart.getChart(part(el, 'chart') as HTMLCanvasElement);

/** The cells of the element's table of exact figures, row by row, trimmed. */
/**
 * The element's table of exact figures once whole (a hidden table's rows are built when the page is idle; the
 * element's own `chartSettled` builds them now, from whichever copy of the code defined it).
 */
export async function wholeTable(el: Element): Promise<HTMLTableElement> {
  await (el as Drawn).chartSettled();
  return part(el, 'table') as HTMLTableElement;
}

/** The cells of the element's table of exact figures, row by row, trimmed, once the table is whole. */
export const tableRows = async (el: Element): Promise<string[][]> =>
  [...(await wholeTable(el)).querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));

/** Records errors that reach the page, so a test can assert that none did. */
export function watchPageErrors(): { errors: string[]; stop: () => void } {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.message);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** A URL of the test server that answers `body` as JSON after `delay` ms; with an `id`, `requestEnded` tells how it went. */
export const echo = (body: unknown, delay = 0, id?: string) =>
  `/__test__/echo?delay=${delay}${id ? `&id=${encodeURIComponent(id)}` : ''}&body=${encodeURIComponent(JSON.stringify(body))}`;

type RequestState = 'open' | 'answered' | 'hung-up';

/** Resolves with the test server's word on the `echo` request with that id once it is one of `states`. */
async function requestIn<S extends RequestState>(id: string, states: S[], ms = 5000): Promise<S> {
  for (const start = performance.now(); performance.now() - start < ms; await new Promise((r) => setTimeout(r, 20))) {
    const state = await requestState(id);
    if (state && states.includes(state as S)) return state as S;
  }
  throw new Error(`request ${id} not ${states.join(' or ')} after ${ms} ms`);
}

/** What the test server knows of the `echo` request with that id now (null: it has not reached the server). */
export const requestState = async (id: string): Promise<RequestState | null> =>
  ((await (await fetch(`/__test__/echoed?id=${encodeURIComponent(id)}`)).json()) as { state: RequestState | null }).state;

/** Resolves once the `echo` request with that id reached the test server. */
export const requestArrived = (id: string) => requestIn(id, ['open', 'answered', 'hung-up']);

/** Resolves once the test server finished the `echo` request with that id: answered, or hung up on by the page. */
export const requestEnded = (id: string) => requestIn(id, ['answered', 'hung-up']);

/** Counts the listeners on media-query lists, added and not removed since, by wrapping `matchMedia` until `restore`. */
export function countMediaListeners(): { live: () => number; restore: () => void } {
  const live = new Set<object>();
  const real = window.matchMedia;
  window.matchMedia = (query: string) => {
    const list = real.call(window, query);
    const { addEventListener: add, removeEventListener: remove } = list;
    const added = new Map<unknown, object>();
    list.addEventListener = (type: string, fn: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) => {
      if (fn && !added.has(fn)) live.add(added.set(fn, {}).get(fn)!);
      add.call(list, type, fn, options);
    };
    list.removeEventListener = (type: string, fn: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) => {
      live.delete(added.get(fn)!);
      added.delete(fn);
      remove.call(list, type, fn, options);
    };
    return list;
  };
  return { live: () => live.size, restore: () => (window.matchMedia = real) };
}

export const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

/**
 * Resolves once the element's chart is drawn and the page has painted twice since: anything the draw set off in
 * the browser's rendering steps (a ResizeObserver loop error, say) has happened by then.
 */
export async function painted(el: Drawn): Promise<void> {
  await el.chartSettled();
  await frame();
  await frame();
}

/** The element shows each message in its error part, calmly: an alert, with nothing drawn and nothing loading. */
export function expectShownError(el: Element, ...messages: string[]): void {
  const error = part(el, 'error')!;
  expect(error.getAttribute('role')).to.equal('alert');
  for (const message of messages) expect(error.textContent).to.contain(message);
  expect(part(el, 'loading')).to.equal(null);
  expect(el.shadowRoot!.querySelector('canvas')).to.equal(null);
}

/** Given good data after an error, the element draws again, and no error reached the page meanwhile. */
export async function expectRecovers(el: Drawn, data: unknown, watch: ReturnType<typeof watchPageErrors>): Promise<void> {
  const rendered = next(el, 'strike-render');
  el.data = data;
  await rendered;
  expect(part(el, 'error')).to.equal(null);
  expect(part(el, 'chart')).to.exist;
  await painted(el);
  watch.stop();
  expect(watch.errors).to.deep.equal([]);
}

export function cleanup(): void {
  document.body.replaceChildren();
}

/**
 * For the tests of the `describe` it is called in: the library's warnings of each test, collected instead of
 * printed, and the page emptied after each test.
 */
export function collectWarnings(): string[] {
  const warnings: string[] = [];
  let restore: () => void;
  beforeEach(() => {
    warnings.length = 0;
    restore = setWarningHandler((m) => warnings.push(m));
  });
  afterEach(() => {
    restore();
    cleanup();
  });
  return warnings;
}
