import type { StrikeElement } from '../../src/elements/strike-element.js';

/** Adds markup to the page, returns its first element once it has rendered. */
export async function mount<T extends HTMLElement = HTMLElement>(markup: string, parent: Element = document.body): Promise<T> {
  const holder = document.createElement('div');
  holder.style.width = '640px';
  holder.innerHTML = markup;
  parent.append(holder);
  const el = holder.firstElementChild as T;
  await (el as unknown as StrikeElement).updateComplete;
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

export const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

export function cleanup(): void {
  document.body.replaceChildren();
}
