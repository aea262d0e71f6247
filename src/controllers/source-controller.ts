import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What a `src` URL delivered: its text, and whether it is the CSV dataset format. */
export interface LoadedSource {
  url: string;
  text: string;
  csv: boolean;
}

export interface SourceOptions {
  /** Bytes read at most; past it the load fails rather than freezing the page. */
  maxBytes?: number;
  /** Milliseconds a load may take, request to last byte, before it fails; a function is read as each load starts. */
  timeoutMs?: number | (() => number);
  onLoad: (source: LoadedSource) => void;
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

const looksLikeCsv = (url: URL, contentType: string) =>
  /\b(text\/csv|application\/csv)\b/i.test(contentType) || (!/json/i.test(contentType) && /\.csv$/i.test(url.pathname));

/**
 * Loads the text behind a `src` URL. A newer load, or the element leaving the page, aborts the older one,
 * and an answer that arrives after that is dropped, so a stale response is never shown.
 */
export class SourceController implements ReactiveController {
  private abort?: AbortController;
  private pending?: string;
  private generation = 0;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: SourceOptions,
  ) {
    host.addController(this);
  }

  get loading(): boolean {
    return this.abort !== undefined;
  }

  hostConnected(): void {
    // A router that detached the element mid-load gets it back loading again.
    if (this.pending !== undefined && !this.abort) this.load(this.pending);
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** Stops any load in flight; its answer, if it comes, is ignored. */
  cancel(): void {
    this.pending = undefined;
    this.stop();
  }

  load(src: string): void {
    this.stop();
    this.pending = src;
    const generation = ++this.generation;
    const url = resolveSourceUrl(src, typeof document === 'undefined' ? 'http://localhost/' : document.baseURI);
    if (typeof url === 'string') {
      this.pending = undefined;
      this.options.onError(url);
      return;
    }
    const abort = new AbortController();
    this.abort = abort;
    const limit = this.options.timeoutMs;
    const asked = typeof limit === 'function' ? limit() : limit;
    // setTimeout fires at once for delays past 2^31 - 1 ms (Infinity included).
    const timeoutMs = typeof asked === 'number' && asked > 0 && asked < 2 ** 31 ? asked : DEFAULT_TIMEOUT_MS;
    const timer = setTimeout(() => abort.abort('timeout'), timeoutMs);
    const current = () => generation === this.generation;
    this.read(url, abort.signal)
      .then((source) => {
        if (!current()) return;
        this.finish();
        this.options.onLoad(source);
      })
      .catch((error: unknown) => {
        if (!current()) return;
        this.finish();
        const where = `while loading ${url.href}`;
        const message =
          abort.signal.aborted && abort.signal.reason === 'timeout'
            ? `No answer within ${timeoutMs / 1000} s ${where}`
            : error instanceof Error
              ? `${error.message.includes(where) ? error.message : `${error.message} ${where}`}`
              : `Loading failed ${where}`;
        this.options.onError(message);
      })
      .finally(() => clearTimeout(timer));
  }

  private finish(): void {
    this.abort = undefined;
    this.pending = undefined;
  }

  private stop(): void {
    this.generation++;
    this.abort?.abort('superseded');
    this.abort = undefined;
  }

  private async read(url: URL, signal: AbortSignal): Promise<LoadedSource> {
    let response: Response;
    try {
      response = await fetch(url.href, { signal, credentials: 'same-origin' });
    } catch (error) {
      if (signal.aborted) throw error;
      throw new Error(`Network error`);
    }
    // A body refused unread is cancelled: left open, its connection stays busy, and the browser has six per host.
    const refuse = (message: string): never => {
      void response.body?.cancel().catch(() => {});
      throw new Error(message);
    };
    if (!response.ok) return refuse(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    const final = new URL(response.url || url.href);
    if (final.protocol !== 'http:' && final.protocol !== 'https:') return refuse(`Redirected to a ${final.protocol} URL`);
    const maxBytes = this.options.maxBytes ?? DEFAULT_MAX_BYTES;
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > maxBytes) return refuse(`The file is ${declared} bytes, over the ${maxBytes}-byte limit,`);
    const text = await this.readCapped(response, maxBytes, declared);
    return { url: final.href, text, csv: looksLikeCsv(final, response.headers.get('content-type') ?? '') };
  }

  private async readCapped(response: Response, maxBytes: number, total: number): Promise<string> {
    if (!response.body) return response.text();
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    const parts: string[] = [];
    let read = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      read += value.byteLength;
      if (read > maxBytes) {
        await reader.cancel();
        throw new Error(`The response passed the ${maxBytes}-byte limit`);
      }
      parts.push(decoder.decode(value, { stream: true }));
      this.options.onProgress?.(read, total);
    }
    parts.push(decoder.decode());
    return parts.join('');
  }
}
