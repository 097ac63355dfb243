// The Stedi emulator: a real HTTP server on 127.0.0.1 serving Core and Healthcare under their versioned base
// paths, plus a separate "object store" host for presigned downloads. Faults, clock and data are all injectable.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClaimDesk, type ClaimDeskOptions } from './claims.js';
import { systemClock, type Clock } from './clock.js';
import { buildTransactions, type DatasetLayout, type EmuTransaction, type SourceFile } from './dataset.js';
import { FaultInjector, type FaultKind, type FaultPlan } from './faults.js';
import { problem, readBody, text, type Reply } from './reply.js';
import { coreRoute, handleCore, type DocumentKind } from './routes-core.js';
import { handleHealthcare, healthcareRoute } from './routes-healthcare.js';
import { TransactionStream } from './stream.js';
import { documentFor } from './summary.js';

export const CORE_VERSION = '2023-08-01';
export const HEALTHCARE_VERSION = '2024-04-01';
export const DEFAULT_EMULATOR_KEY = 'emu_test_key_6b1f0c2d9e8a7f5b4c3d';

export interface EmulatorOptions {
  seed?: number;
  files?: readonly SourceFile[];
  layout?: Partial<DatasetLayout>;
  transactions?: readonly EmuTransaction[];
  /** Valid keys; `test: true` marks a test-mode key (claim bodies must then say usageIndicator T). */
  keys?: Array<{ key: string; test?: boolean }>;
  clock?: Clock;
  /** HTTP status for a bad key on each host (real behaviour is unconfirmed: 401 vs 403). */
  coreAuthStatus?: 401 | 403;
  healthcareAuthStatus?: 401 | 403;
  faults?: FaultPlan;
  /** Chance that a poll page's last item is repeated at the top of the next page. */
  duplicateRate?: number;
  /** More than this many requests in flight → 429. */
  concurrencyLimit?: number;
  /** Added to every API call (bench: 50 ms). */
  latencyMs?: number;
  /** Presigned link lifetime (real: 60 min). */
  linkTtlMs?: number;
  /** The key in use stops working after this many authenticated requests (key revoked mid-run), once. */
  revokeAfterRequests?: number;
  claims?: ClaimDeskOptions;
  port?: number;
}

export interface EmulatorStats {
  requests: Record<string, number>;
  pollCalls: number;
  /** Downloads that arrived carrying an Authorization header: a client leaking the key across the redirect. */
  authOnDownload: number;
  maxInFlight: number;
  concurrencyRejections: number;
  faults: Record<string, number>;
  authorizationHeaders: string[];
}

export interface Emulator {
  url: string;
  coreUrl: string;
  healthcareUrl: string;
  objectsUrl: string;
  apiKey: string;
  stream: TransactionStream;
  stats: EmulatorStats;
  addTransaction(tx: EmuTransaction): void;
  revokeKey(key?: string): void;
  setFaults(plan: FaultPlan): void;
  resetStats(): void;
  close(): Promise<void>;
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const seed = options.seed ?? 1;
  const clock = options.clock ?? systemClock;
  const keys = new Map((options.keys ?? [{ key: DEFAULT_EMULATOR_KEY }]).map((k) => [k.key, { test: !!k.test, revoked: false }]));
  const stream = new TransactionStream({ seed, duplicateRate: options.duplicateRate });
  const now = clock.now();
  const initial = options.transactions ?? (options.files
    ? buildTransactions(options.files, { seed, fromMs: now - 30 * 86_400_000, toMs: now - 120_000, ...options.layout })
    : []);
  for (const tx of initial) stream.add(tx);
  const faults = new FaultInjector(seed, options.faults);
  const stats = emptyStats(faults);
  const links = new Map<string, { tx: EmuTransaction; document: DocumentKind; expiresAt: number }>();
  let authorized = 0, inFlight = 0, linkCounter = 0, revokedOnce = false;

  const objects = createServer((req, res) => void serveObject(req, res));
  const api = createServer((req, res) => void serveApi(req, res));
  await Promise.all([listen(objects, 0), listen(api, options.port ?? 0)]);
  const url = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
  const objectsUrl = `http://127.0.0.1:${(objects.address() as AddressInfo).port}`;
  const coreUrl = `${url}/${CORE_VERSION}`;
  const healthcareUrl = `${url}/${HEALTHCARE_VERSION}`;
  const claimDesk = createClaimDesk({ seed, clock, stream, ...options.claims });

  const linkStore = {
    create(tx: EmuTransaction, document: DocumentKind) {
      linkCounter += 1;
      const id = `${linkCounter.toString(36)}-${tx.transactionId.slice(0, 8)}`;
      links.set(id, { tx, document, expiresAt: clock.now() + (options.linkTtlMs ?? 3_600_000) });
      return `${objectsUrl}/stedi-default-core-artifacts/${id}?X-Amz-Signature=emulated`;
    },
  };

  async function serveApi(req: IncomingMessage, res: ServerResponse): Promise<void> {
    inFlight += 1;
    stats.maxInFlight = Math.max(stats.maxInFlight, inFlight);
    res.on('close', () => { inFlight -= 1; });
    const u = new URL(req.url ?? '/', url);
    const [version, ...parts] = u.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    const method = req.method ?? 'GET';
    const route = version === CORE_VERSION ? coreRoute(parts) : version === HEALTHCARE_VERSION ? healthcareRoute(parts, method) : null;
    if (!route) return write(res, problem(404, 'No such route.'));
    stats.requests[route] = (stats.requests[route] ?? 0) + 1;
    const auth = req.headers.authorization ?? '';
    stats.authorizationHeaders.push(auth);
    if (options.concurrencyLimit && inFlight > options.concurrencyLimit) {
      stats.concurrencyRejections += 1;
      return write(res, problem(429, 'Too many concurrent requests.', 'ThrottlingException'));
    }
    if (options.latencyMs) await sleep(options.latencyMs);
    const key = auth.replace(/^Key\s+/i, '');
    const known = keys.get(key);
    if (!known || known.revoked) {
      const status = version === CORE_VERSION ? options.coreAuthStatus ?? 401 : options.healthcareAuthStatus ?? 403;
      return write(res, problem(status, status === 401 ? 'Unauthorized.' : 'Access denied.', status === 401 ? 'UnauthorizedException' : 'AccessDeniedException'));
    }
    authorized += 1;
    if (!revokedOnce && options.revokeAfterRequests !== undefined && authorized >= options.revokeAfterRequests) {
      known.revoked = true; // this key only: a replacement key keeps working
      revokedOnce = true;
    }
    const fault = faults.decide(route, `${method} ${u.pathname}${u.search}`);
    if (fault && (await injected(res, fault))) return;
    try {
      const reply = version === CORE_VERSION
        ? handleCore({ stream, clock, coreUrl, links: linkStore, onPoll: () => { stats.pollCalls += 1; } }, route, parts, u.searchParams)
        : route === 'claims'
          ? claimDesk.submit(parts, await readBody(req), req.headers['idempotency-key'] as string | undefined, known.test)
          : handleHealthcare({ stream, clock }, route, parts, u.searchParams, String(req.headers.accept ?? ''));
      write(res, reply, fault === 'drop-mid-body');
    } catch (err) {
      write(res, problem(500, `Emulator failure: ${(err as Error).message}`, 'ServiceException'));
    }
  }

  async function serveObject(req: IncomingMessage, res: ServerResponse): Promise<void> {
    stats.requests.download = (stats.requests.download ?? 0) + 1;
    if (req.headers.authorization) {
      stats.authOnDownload += 1; // S3 refuses two auth mechanisms at once
      return write(res, text(400, '<Error><Code>InvalidArgument</Code><Message>Only one auth mechanism allowed</Message></Error>', 'application/xml'));
    }
    const id = new URL(req.url ?? '/', objectsUrl).pathname.split('/').pop() ?? '';
    const link = links.get(id);
    if (!link || link.expiresAt <= clock.now()) {
      return write(res, text(403, '<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>', 'application/xml'));
    }
    if (options.latencyMs) await sleep(options.latencyMs);
    const fault = faults.decide('download', `GET ${req.url}`);
    if (fault && (await injected(res, fault))) return;
    const doc = link.document === 'file' ? { contentType: 'application/edi-x12', body: link.tx.fileText } : documentFor(link.tx, link.document);
    write(res, doc ? text(200, doc.body, doc.contentType) : text(404, 'NoSuchKey', 'application/xml'), fault === 'drop-mid-body');
  }

  /** Acts out a fault. True when the answer has been given (or the connection dropped). */
  async function injected(res: ServerResponse, fault: FaultKind): Promise<boolean> {
    if (fault === 'slow') { await sleep(options.faults?.slowMs ?? 30_000); return res.destroyed; }
    if (fault === 'drop-mid-body') return false;
    if (fault === 'drop') { res.socket?.destroy(); return true; }
    if (fault === '429') write(res, problem(429, 'Rate exceeded.', 'ThrottlingException'));
    else if (fault === '429-retry-after') write(res, problem(429, 'Rate exceeded.', 'ThrottlingException'), false, { 'retry-after': String(options.faults?.retryAfterSeconds ?? 1) });
    else if (fault === '502-html') write(res, text(502, '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>', 'text/html'));
    else write(res, problem(Number(fault), 'Internal failure. Please retry.', 'ServiceException'));
    return true;
  }

  return {
    url, coreUrl, healthcareUrl, objectsUrl,
    apiKey: [...keys.keys()][0]!,
    stream,
    stats,
    addTransaction: (tx) => stream.add(tx),
    revokeKey: (key) => { const k = keys.get(key ?? [...keys.keys()][0]!); if (k) k.revoked = true; },
    setFaults: (plan) => faults.setPlan(plan),
    resetStats: () => Object.assign(stats, emptyStats(faults)),
    close: async () => {
      claimDesk.close();
      await Promise.all([closeServer(api), closeServer(objects)]);
    },
  };
}

function emptyStats(faults: FaultInjector): EmulatorStats {
  for (const k of Object.keys(faults.counts)) delete faults.counts[k];
  return { requests: {}, pollCalls: 0, authOnDownload: 0, maxInFlight: 0, concurrencyRejections: 0, faults: faults.counts, authorizationHeaders: [] };
}

function write(res: ServerResponse, reply: Reply, truncate = false, extra: Record<string, string> = {}): void {
  if (res.destroyed || res.headersSent) return;
  res.writeHead(reply.status, { ...reply.headers, ...extra, 'content-length': String(reply.body.length) });
  if (!truncate) { res.end(reply.body); return; }
  res.write(reply.body.subarray(0, Math.floor(reply.body.length / 2)));
  setTimeout(() => res.socket?.destroy(), 5); // the rest never comes
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const listen = (server: Server, port: number) => new Promise<void>((resolve, reject) => {
  server.once('error', reject);
  server.listen(port, '127.0.0.1', () => resolve());
});
const closeServer = (server: Server) => new Promise<void>((resolve) => {
  server.closeAllConnections();
  server.close(() => resolve());
});
