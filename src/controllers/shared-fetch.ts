import { fetchText, type LoadedSource } from './fetch-text.js';

/** One who asked for a URL: told of the bytes as they arrive. */
export interface Interest {
  onProgress: (read: number, total: number) => void;
}

interface SharedRequest {
  result: Promise<LoadedSource | null>;
  abort: AbortController;
  interests: Set<Interest>;
}

/** The server gave no whole answer within the time allowed. */
export class RequestTimeout extends Error {
  constructor(readonly ms: number) {
    super(`No answer within ${ms / 1000} s`);
  }
}

/** Requests in flight, by URL and by the copy they ask to be newer than: elements asking at once share one. */
const inFlight = new Map<string, SharedRequest>();

export interface SharedFetchOptions {
  maxBytes: number;
  timeoutMs: number;
  since?: LoadedSource['validators'];
}

/**
 * The text behind `url`, fetched once for everyone who asks while it is in flight (six charts on one page with
 * the same `src` make one request). Each asker withdraws on its own; the last one to withdraw cancels it.
 */
export function fetchShared(url: URL, interest: Interest, o: SharedFetchOptions): { result: Promise<LoadedSource | null>; withdraw: () => void } {
  const key = `${url.href}\n${o.since?.etag ?? ''}\n${o.since?.lastModified ?? ''}`;
  let request = inFlight.get(key);
  if (!request) {
    const abort = new AbortController();
    const interests = new Set<Interest>();
    const timer = setTimeout(() => abort.abort('timeout'), o.timeoutMs);
    const onProgress = (read: number, total: number) => interests.forEach((i) => i.onProgress(read, total));
    const result = fetchText(url, { signal: abort.signal, maxBytes: o.maxBytes, onProgress, since: o.since })
      .catch((error: unknown) => {
        throw abort.signal.reason === 'timeout' ? new RequestTimeout(o.timeoutMs) : error;
      })
      .finally(() => {
        clearTimeout(timer);
        if (inFlight.get(key) === request) inFlight.delete(key);
      });
    // Each asker handles the outcome; this copy only keeps a rejection nobody waits for from reaching the page.
    result.catch(() => {});
    request = { result, abort, interests };
    inFlight.set(key, request);
  }
  const shared = request;
  shared.interests.add(interest);
  return {
    result: shared.result,
    withdraw: () => {
      if (!shared.interests.delete(interest) || shared.interests.size > 0) return;
      if (inFlight.get(key) === shared) inFlight.delete(key);
      shared.abort.abort('superseded');
    },
  };
}
