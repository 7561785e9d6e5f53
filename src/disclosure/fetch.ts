import { PolicyLoadError } from './document';

// Fetches a policy given as an http(s) URL -- the only network access sdkscan ever makes, and only for a URL
// the user gave. Redirects are followed (at most 5), the whole request has a timeout, the body a size cap.

export interface FetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
}

export interface Fetched {
  url: string;
  contentType: string;
  body: Uint8Array;
}

export async function fetchPolicy(url: string, opts: FetchOptions = {}): Promise<Fetched> {
  const timeoutMs = opts.timeoutMs ?? Number(process.env.SDKSCAN_FETCH_TIMEOUT_MS ?? 20000);
  const maxBytes = opts.maxBytes ?? 20 * 1024 * 1024;
  const maxRedirects = opts.maxRedirects ?? 5;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let current = url;
  try {
    for (let hop = 0; ; hop++) {
      let res: Response;
      try {
        res = await fetch(current, { redirect: 'manual', signal: controller.signal, headers: { 'user-agent': 'sdkscan (privacy disclosure check)', accept: 'text/html,application/pdf,text/plain,text/markdown;q=0.9,*/*;q=0.1' } });
      } catch (e) {
        const err = e as Error & { cause?: { code?: string } };
        if (err.name === 'AbortError') throw new PolicyLoadError(url, `no answer within ${timeoutMs} ms`);
        throw new PolicyLoadError(url, `could not be fetched (${err.cause?.code ?? err.message})`);
      }
      if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
        if (hop >= maxRedirects) throw new PolicyLoadError(url, `more than ${maxRedirects} redirects`);
        current = new URL(res.headers.get('location')!, current).toString();
        if (!/^https?:/i.test(current)) throw new PolicyLoadError(url, `redirects to a non-http URL (${current})`);
        continue;
      }
      if (!res.ok) throw new PolicyLoadError(url, `the server answered ${res.status} ${res.statusText}`);
      const declared = Number(res.headers.get('content-length') ?? 0);
      if (declared > maxBytes) throw new PolicyLoadError(url, `is larger than ${maxBytes} bytes`);
      const chunks: Uint8Array[] = [];
      let size = 0;
      if (res.body) {
        const reader = res.body.getReader();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          size += value.length;
          if (size > maxBytes) {
            await reader.cancel();
            throw new PolicyLoadError(url, `is larger than ${maxBytes} bytes`);
          }
          chunks.push(value);
        }
      }
      return { url: current, contentType: res.headers.get('content-type') ?? '', body: Buffer.concat(chunks) };
    }
  } catch (e) {
    if (e instanceof PolicyLoadError) throw e;
    if ((e as Error).name === 'AbortError') throw new PolicyLoadError(url, `no answer within ${timeoutMs} ms`);
    throw new PolicyLoadError(url, `could not be fetched (${(e as Error).message})`);
  } finally {
    clearTimeout(timer);
  }
}
