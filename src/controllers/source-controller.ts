import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LoadedSource } from './fetch-text.js';
import { fetchShared, RequestTimeout } from './shared-fetch.js';

export type { LoadedSource } from './fetch-text.js';

export interface SourceOptions {
  /** Bytes read at most; past it the load fails rather than freezing the page. */
  maxBytes?: number;
  /** Milliseconds a load may take, request to last byte, before it fails; a function is read as each load starts. */
  timeoutMs?: number | (() => number);
  onLoad: (source: LoadedSource) => void;
  /** A check (`check()`) found the file unchanged. */
  onUnchanged?: () => void;
  onError: (message: string) => void;
  /** Bytes read so far and the expected total (0 when the server does not say). */
  onProgress?: (read: number, total: number) => void;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 30_000;

/** Resolves `src` against the page and accepts only http(s): no data:, blob:, javascript: or file: URLs. */
export function resolveSourceUrl(src: string, base: string): URL | string {
  let url: URL;
  try {
    url = new URL(src, base);
  } catch {
    return `"${src}" is not a valid URL`;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : `only http and https URLs can be loaded, not "${url.protocol}"`;
}

/** No document: a server renders the element. */
const onServer = (): boolean => typeof document === 'undefined';

/**
 * Loads the text behind a `src` URL. A newer load, or the element leaving the page, aborts the older one,
 * and an answer that arrives after that is dropped, so a stale response is never shown.
 */
export class SourceController implements ReactiveController {
  private withdraw?: () => void;
  private pending?: string;
  private generation = 0;
  /** The request in flight only checks for a newer copy of what is shown. */
  private checking = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: SourceOptions,
  ) {
    host.addController(this);
  }

  /** A load is in flight (not a check: the figures shown stay while it runs), or waits for a browser to run in. */
  get loading(): boolean {
    return (this.withdraw !== undefined || (onServer() && this.pending !== undefined)) && !this.checking;
  }

  hostConnected(): void {
    // A router that detached the element mid-load gets it back loading again.
    if (this.pending !== undefined && !this.withdraw) this.load(this.pending);
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** Stops any load in flight; its answer, if it comes, is ignored. */
  cancel(): void {
    this.pending = undefined;
    this.stop();
  }

  /** Asks whether the file behind `source` changed (a conditional request); a newer copy arrives as a load. */
  check(source: LoadedSource): void {
    this.load(source.url, source.validators);
    this.checking = true;
    this.pending = undefined;
  }

  load(src: string, since?: LoadedSource['validators']): void {
    this.stop();
    this.pending = src;
    // A server rendering the element fetches nothing (a relative URL is the page's, which it does not know): it
    // renders the loading message, and the browser loads the file as the element hydrates.
    if (onServer()) return;
    const generation = ++this.generation;
    const url = resolveSourceUrl(src, document.baseURI);
    if (typeof url === 'string') {
      this.pending = undefined;
      this.options.onError(url);
      return;
    }
    const limit = this.options.timeoutMs;
    const asked = typeof limit === 'function' ? limit() : limit;
    // setTimeout fires at once for delays past 2^31 - 1 ms (Infinity included).
    const timeoutMs = typeof asked === 'number' && asked > 0 && asked < 2 ** 31 ? asked : DEFAULT_TIMEOUT_MS;
    const onProgress = (read: number, total: number) => this.options.onProgress?.(read, total);
    const request = fetchShared(url, { onProgress }, { maxBytes: this.options.maxBytes ?? DEFAULT_MAX_BYTES, timeoutMs, since });
    this.withdraw = request.withdraw;
    const current = () => generation === this.generation;
    request.result.then(
      (source) => {
        if (!current()) return;
        this.finish();
        if (source) this.options.onLoad(source);
        else this.options.onUnchanged?.();
      },
      (error: unknown) => {
        if (!current()) return;
        this.finish();
        this.options.onError(failure(error, url));
      },
    );
  }

  private finish(): void {
    this.withdraw = undefined;
    this.pending = undefined;
    this.checking = false;
  }

  private stop(): void {
    this.checking = false;
    this.generation++;
    this.withdraw?.();
    this.withdraw = undefined;
  }
}

/** What went wrong, and with which URL. */
function failure(error: unknown, url: URL): string {
  const where = `while loading ${url.href}`;
  if (error instanceof RequestTimeout) return `${error.message} ${where}`;
  if (!(error instanceof Error)) return `Loading failed ${where}`;
  return error.message.includes(where) ? error.message : `${error.message} ${where}`;
}
