// Talks to Stedi's Core and Healthcare APIs: builds URLs, validates answers, maps failures to StediError.
// No database, no scheduling. The key goes only into the Authorization header of calls to the configured hosts.
import type { z } from 'zod';
import { errorForStatus, scrubKey, StediError } from './errors.js';
import { createLimiter } from './limiter.js';
import {
  DownloadLink, ErrorBody, ListPage, PollPage, Report277, Report835, TransactionSummary,
} from './responses.js';
import type { RetryOptions } from './retry-policy.js';
import { createTransport, type HttpResult, type RetryEvent, type Transport } from './transport.js';

export const DEFAULT_CORE_URL = 'https://core.us.stedi.com/2023-08-01';
export const DEFAULT_HEALTHCARE_URL = 'https://healthcare.us.stedi.com/2024-04-01';
export const MAX_PAGE_SIZE = 500; // the spec says 500; an older page said 1000, so stay under both

export interface StediClientOptions {
  apiKey: string;
  coreUrl?: string;
  healthcareUrl?: string;
  /** Simultaneous calls across this client (Stedi limits concurrency per account). */
  concurrency?: number;
  timeoutMs?: number;
  retry?: Partial<RetryOptions>;
  fetch?: typeof fetch;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  random?: () => number;
  now?: () => number;
  onRetry?: (event: RetryEvent) => void;
}

export type PollQuery = { startDateTime: string; pageSize?: number } | { pageToken: string; pageSize?: number };

export interface ListQuery {
  from?: string;
  to?: string;
  pageToken?: string;
  pageSize?: number;
  direction?: 'INBOUND' | 'OUTBOUND' | 'UNKNOWN';
  transactionSetId?: string;
}

export type DocumentUsage = 'input' | 'output';

export interface StediClient {
  pollTransactions(query: PollQuery, signal: AbortSignal): Promise<PollPage>;
  listTransactions(query: ListQuery, signal: AbortSignal): Promise<ListPage>;
  getTransaction(transactionId: string, signal: AbortSignal): Promise<TransactionSummary>;
  /** The document behind a transaction's input/output artifact, fetched through the presigned link without the key. */
  downloadDocument(transactionId: string, usage: DocumentUsage, signal: AbortSignal): Promise<string>;
  getDownloadUrl(transactionId: string, usage: DocumentUsage, signal: AbortSignal): Promise<string>;
  get277Report(transactionId: string, signal: AbortSignal): Promise<Report277>;
  get835Report(transactionId: string, signal: AbortSignal): Promise<Report835>;
  getEraPdf(transactionId: string, options: { logo?: boolean }, signal: AbortSignal): Promise<Buffer>;
}

export function createStediClient(options: StediClientOptions): StediClient {
  const core = trimSlash(options.coreUrl ?? DEFAULT_CORE_URL);
  const healthcare = trimSlash(options.healthcareUrl ?? DEFAULT_HEALTHCARE_URL);
  const transport: Transport = createTransport({
    apiKey: options.apiKey,
    limiter: createLimiter(options.concurrency ?? 5),
    fetch: options.fetch, timeoutMs: options.timeoutMs, retry: options.retry,
    sleep: options.sleep, random: options.random, now: options.now, onRetry: options.onRetry,
  });
  const key = options.apiKey;

  async function getJson<S extends z.ZodType>(what: string, url: string, schema: S, signal: AbortSignal): Promise<z.infer<S>> {
    const res = await transport.request(what, url, { auth: true }, signal);
    if (res.status !== 200) throw errorForStatus(res.status, what, serverMessage(res, key));
    return parseBody(res, schema, what);
  }

  async function getDownloadUrl(transactionId: string, usage: DocumentUsage, signal: AbortSignal): Promise<string> {
    const what = `the ${usage} link of a transaction`;
    const url = `${core}/transactions/${encodeURIComponent(transactionId)}/${usage}-url`;
    return (await getJson(what, url, DownloadLink, signal)).documentDownloadUrl;
  }

  /** Asks /input or /output for the link without following the 302 (fetch would resend our headers). */
  async function redirectTarget(transactionId: string, usage: DocumentUsage, signal: AbortSignal): Promise<string> {
    const what = `the ${usage} of a transaction`;
    const url = `${core}/transactions/${encodeURIComponent(transactionId)}/${usage}`;
    const res = await transport.request(what, url, { auth: true }, signal);
    if (res.status >= 300 && res.status < 400) {
      const location = res.headers.get('location');
      if (location) return new URL(location, url).toString();
    }
    if (res.status >= 200 && res.status < 400) return parseBody(res, DownloadLink, what).documentDownloadUrl;
    throw errorForStatus(res.status, what, serverMessage(res, key));
  }

  async function downloadDocument(transactionId: string, usage: DocumentUsage, signal: AbortSignal): Promise<string> {
    const what = `the ${usage} document of a transaction`;
    for (let fresh = 0; ; fresh += 1) {
      const link = await redirectTarget(transactionId, usage, signal);
      const res = await transport.request(what, link, { auth: false, accept: '*/*' }, signal);
      if (res.status === 200) return res.body.toString('utf8');
      // Presigned links expire (60 min at Stedi); one fresh link is worth a try. A 403 here is the link, not the key.
      if ((res.status === 403 || res.status === 400) && fresh === 0) continue;
      throw new StediError('unavailable', `The download link for ${what} was refused (HTTP ${res.status}).`, res.status);
    }
  }

  return {
    pollTransactions: (query, signal) => {
      const params = new URLSearchParams();
      if ('pageToken' in query) params.set('pageToken', query.pageToken);
      else params.set('startDateTime', query.startDateTime);
      params.set('pageSize', String(clampPageSize(query.pageSize ?? 100)));
      return getJson('Poll Transactions', `${core}/polling/transactions?${params}`, PollPage, signal);
    },
    listTransactions: (query, signal) => {
      const params = new URLSearchParams();
      for (const [k, v] of Object.entries({ ...query, pageSize: clampPageSize(query.pageSize ?? 100) })) {
        if (v !== undefined) params.set(k, String(v));
      }
      return getJson('List Transactions', `${core}/transactions?${params}`, ListPage, signal);
    },
    getTransaction: (id, signal) =>
      getJson('Get Transaction', `${core}/transactions/${encodeURIComponent(id)}`, TransactionSummary, signal),
    downloadDocument,
    getDownloadUrl,
    get277Report: (id, signal) =>
      getJson('the 277 report', `${healthcare}/change/medicalnetwork/reports/v2/${encodeURIComponent(id)}/277`, Report277, signal),
    get835Report: (id, signal) =>
      getJson('the 835 report', `${healthcare}/change/medicalnetwork/reports/v2/${encodeURIComponent(id)}/835`, Report835, signal),
    getEraPdf: async (id, pdfOptions, signal) => {
      const what = 'the ERA PDF';
      const url = `${healthcare}/electronic-remittance-advice/${encodeURIComponent(id)}/pdf?logo=${pdfOptions.logo ?? true}`;
      const res = await transport.request(what, url, { auth: true, accept: 'application/pdf' }, signal);
      if (res.status !== 200) throw errorForStatus(res.status, what, serverMessage(res, key));
      return decodePdf(res);
    },
  };
}

const trimSlash = (url: string) => url.replace(/\/+$/, '');
const clampPageSize = (n: number) => Math.max(1, Math.min(MAX_PAGE_SIZE, Math.trunc(n)));

function parseBody<S extends z.ZodType>(res: HttpResult, schema: S, what: string): z.infer<S> {
  let json: unknown;
  try {
    json = JSON.parse(res.body.toString('utf8'));
  } catch {
    throw new StediError('bad_response', `Stedi's answer to ${what} was not JSON (HTTP ${res.status}).`, res.status);
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'unknown';
  throw new StediError('bad_response', `Stedi's answer to ${what} did not have the expected shape (${where}).`, res.status);
}

/** The server's own message from a JSON error body; HTML gateway pages and empty bodies give null. */
function serverMessage(res: HttpResult, apiKey: string): string | null {
  try {
    const body = ErrorBody.safeParse(JSON.parse(res.body.toString('utf8')));
    return body.success && body.data.message ? scrubKey(body.data.message, apiKey) : null;
  } catch {
    return null;
  }
}

/** Raw bytes when Stedi honours Accept: application/pdf, else its default base64 string (bare or JSON-quoted). */
function decodePdf(res: HttpResult): Buffer {
  if (res.body.subarray(0, 5).toString('latin1') === '%PDF-') return res.body;
  let text = res.body.toString('utf8').trim();
  if (text.startsWith('"')) text = JSON.parse(text) as string;
  return Buffer.from(text, 'base64');
}
