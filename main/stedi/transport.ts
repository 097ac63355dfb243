// One HTTP exchange with Stedi, made robust: concurrency limit, per-try timeout, retries with backoff + jitter
// honouring Retry-After, and the caller's AbortSignal everywhere. Knows nothing about endpoints or shapes.
import { StediError } from './errors.js';
import type { Limiter } from './limiter.js';
import { DEFAULT_RETRY, nextDelayMs, parseRetryAfterMs, verdictForStatus, type RetryOptions } from './retry-policy.js';

export interface RetryEvent {
  what: string;
  attempt: number;
  status: number | null; // null: the network failed
  delayMs: number;
}

export interface TransportOptions {
  apiKey: string;
  limiter: Limiter;
  fetch?: typeof fetch;
  timeoutMs?: number;
  retry?: Partial<RetryOptions>;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  random?: () => number;
  now?: () => number;
  onRetry?: (event: RetryEvent) => void;
}

export interface RequestInit {
  /** false for presigned download URLs: the key must never travel to another host. */
  auth: boolean;
  accept?: string;
}

export interface HttpResult {
  status: number;
  headers: Headers;
  body: Buffer;
}

export interface Transport {
  request(what: string, url: string, init: RequestInit, signal: AbortSignal): Promise<HttpResult>;
}

export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => { signal.removeEventListener('abort', onAbort); resolve(); }, ms);
    const onAbort = () => { clearTimeout(timer); reject(signal.reason); };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

export function createTransport(options: TransportOptions): Transport {
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const retry: RetryOptions = { ...DEFAULT_RETRY, ...options.retry };
  const sleep = options.sleep ?? abortableSleep;
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;

  async function once(url: string, init: RequestInit, signal: AbortSignal): Promise<HttpResult> {
    const headers: Record<string, string> = { accept: init.accept ?? 'application/json' };
    if (init.auth) headers.authorization = options.apiKey;
    // The body is read inside the same timeout: a connection dropped mid-body is a failed try, not a bad answer.
    const trySignal = AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]);
    const response = await doFetch(url, { headers, redirect: 'manual', signal: trySignal });
    const body = Buffer.from(await response.arrayBuffer());
    return { status: response.status, headers: response.headers, body };
  }

  async function request(what: string, url: string, init: RequestInit, signal: AbortSignal): Promise<HttpResult> {
    for (let attempt = 0; ; attempt += 1) {
      if (signal.aborted) throw cancelled(what);
      let result: HttpResult | null = null;
      let networkProblem: string | null = null;
      try {
        result = await options.limiter.run(() => once(url, init, signal), signal);
      } catch (err) {
        if (signal.aborted) throw cancelled(what);
        networkProblem = describeNetworkError(err, timeoutMs);
      }
      const last = attempt + 1 >= retry.attempts;
      if (result && (verdictForStatus(result.status) !== 'retry' || last)) return result;
      if (!result && last) {
        throw new StediError('offline', `Could not reach Stedi for ${what} (${networkProblem}) after ${retry.attempts} tries.`);
      }
      const retryAfter = result ? parseRetryAfterMs(result.headers.get('retry-after'), now(), retry.maxRetryAfterMs) : null;
      const delayMs = nextDelayMs(attempt, retryAfter, retry, random);
      options.onRetry?.({ what, attempt: attempt + 1, status: result?.status ?? null, delayMs });
      try {
        await sleep(delayMs, signal);
      } catch {
        throw cancelled(what);
      }
    }
  }

  return { request };
}

const cancelled = (what: string) => new StediError('cancelled', `${what} was cancelled.`);

/** A short, key-free description of why a fetch failed (error codes only, never headers or URLs with secrets). */
function describeNetworkError(err: unknown, timeoutMs: number): string {
  if (err instanceof DOMException && err.name === 'TimeoutError') return `no answer within ${Math.round(timeoutMs / 1000)} s`;
  const cause = (err as { cause?: { code?: unknown } } | null)?.cause;
  if (cause && typeof cause.code === 'string') return cause.code;
  if (err instanceof Error && err.name === 'AbortError') return 'request aborted';
  return 'network error';
}
