/** What a `src` URL delivered: its text, whether it is the CSV dataset format, and what a later check sends. */
export interface LoadedSource {
  url: string;
  text: string;
  csv: boolean;
  /** The response's ETag and Last-Modified, for a conditional request when the figures are refreshed. */
  validators?: { etag?: string; lastModified?: string };
}

export interface FetchOptions {
  signal: AbortSignal;
  maxBytes: number;
  /** Bytes read so far and the expected total (0 when the server does not say). */
  onProgress: (read: number, total: number) => void;
  /** Asks only for a newer copy than the one these validators describe; an unchanged one gives null. */
  since?: LoadedSource['validators'];
}

const looksLikeCsv = (url: URL, contentType: string) =>
  /\b(text\/csv|application\/csv)\b/i.test(contentType) || (!/json/i.test(contentType) && /\.csv$/i.test(url.pathname));

function conditionalHeaders(since: FetchOptions['since']): Record<string, string> {
  const headers: Record<string, string> = {};
  if (since?.etag) headers['If-None-Match'] = since.etag;
  if (since?.lastModified) headers['If-Modified-Since'] = since.lastModified;
  return headers;
}

/** The text behind `url`, read up to `maxBytes`; null when a conditional request finds it unchanged. */
export async function fetchText(url: URL, o: FetchOptions): Promise<LoadedSource | null> {
  let response: Response;
  try {
    response = await fetch(url.href, { signal: o.signal, credentials: 'same-origin', headers: conditionalHeaders(o.since) });
  } catch (error) {
    if (o.signal.aborted) throw error;
    throw new Error(`Network error`);
  }
  // A body refused unread is cancelled: left open, its connection stays busy, and the browser has six per host.
  const refuse = (message: string): never => {
    void response.body?.cancel().catch(() => {});
    throw new Error(message);
  };
  if (response.status === 304 && o.since) return null;
  if (!response.ok) return refuse(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  const final = new URL(response.url || url.href);
  if (final.protocol !== 'http:' && final.protocol !== 'https:') return refuse(`Redirected to a ${final.protocol} URL`);
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > o.maxBytes) return refuse(`The file is ${declared} bytes, over the ${o.maxBytes}-byte limit,`);
  const text = await readCapped(response, o, declared);
  const validators = { etag: response.headers.get('etag') ?? undefined, lastModified: response.headers.get('last-modified') ?? undefined };
  return { url: final.href, text, csv: looksLikeCsv(final, response.headers.get('content-type') ?? ''), validators };
}

async function readCapped(response: Response, o: FetchOptions, total: number): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let read = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    read += value.byteLength;
    if (read > o.maxBytes) {
      await reader.cancel();
      throw new Error(`The response passed the ${o.maxBytes}-byte limit`);
    }
    parts.push(decoder.decode(value, { stream: true }));
    o.onProgress(read, total);
  }
  parts.push(decoder.decode());
  return parts.join('');
}
