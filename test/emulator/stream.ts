// The emulator's transaction stream: Poll Transactions (ascending, token paging, 15 s trailing window, ties,
// late arrivals, duplicate-across-pages knob) and List Transactions (newest first, time window).
import type { EmuTransaction } from './dataset.js';
import { unit } from './seeded.js';

export const TRAILING_WINDOW_MS = 15_000;

/** Position in the stream: strictly after (processedAt, transactionId). */
interface Cursor { p: number; id: string }
interface PollToken extends Cursor { dup?: string; n: number }

export class HttpProblem extends Error {
  constructor(readonly status: number, message: string, readonly code?: string) { super(message); }
}

export interface PollArgs { startDateTime?: string | null; pageToken?: string | null; pageSize?: string | null }
export interface ListArgs {
  pageToken?: string | null; pageSize?: string | null; from?: string | null; to?: string | null;
  direction?: string | null; transactionSetId?: string | null;
}

export class TransactionStream {
  private readonly items: EmuTransaction[] = []; // sorted by (processedAtMs, transactionId)
  private readonly byId = new Map<string, EmuTransaction>();
  private issued = 0;

  constructor(private readonly options: { seed: number; duplicateRate?: number }) {}

  add(tx: EmuTransaction): void {
    if (this.byId.has(tx.transactionId)) throw new Error(`duplicate transaction id ${tx.transactionId}`);
    this.byId.set(tx.transactionId, tx);
    let lo = 0, hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(this.items[mid]!, tx) < 0) lo = mid + 1; else hi = mid;
    }
    this.items.splice(lo, 0, tx);
  }

  get(id: string, nowMs: number): EmuTransaction | null {
    const tx = this.byId.get(id);
    return tx && tx.visibleAtMs <= nowMs ? tx : null;
  }

  all(): readonly EmuTransaction[] { return this.items; }

  poll(args: PollArgs, nowMs: number): { items: EmuTransaction[]; nextPageToken: string } {
    const hasStart = !!args.startDateTime, hasToken = !!args.pageToken;
    if (hasStart === hasToken) throw new HttpProblem(400, 'Exactly one of startDateTime or pageToken is required.', 'ValidationException');
    const pageSize = parsePageSize(args.pageSize);
    let cursor: Cursor;
    let dup: string | undefined;
    if (hasToken) {
      const token = decodeToken(args.pageToken!);
      cursor = { p: token.p, id: token.id };
      dup = token.dup;
    } else {
      const start = Date.parse(args.startDateTime!);
      if (Number.isNaN(start)) throw new HttpProblem(400, 'startDateTime must be an ISO 8601 date-time.', 'ValidationException');
      if (start > nowMs - 60_000) throw new HttpProblem(400, 'startDateTime must be at least 1 minute in the past.', 'ValidationException');
      cursor = { p: start, id: '\uffff' }; // exclusive: everything at exactly startDateTime is before the cursor
    }
    const cutoff = nowMs - TRAILING_WINDOW_MS;
    const page: EmuTransaction[] = [];
    const repeated = dup ? this.byId.get(dup) : undefined;
    if (repeated) page.push(repeated);
    for (let i = this.firstAfter(cursor); i < this.items.length && page.length < pageSize; i++) {
      const tx = this.items[i]!;
      if (tx.processedAtMs > cutoff) break;
      if (tx.visibleAtMs > nowMs) continue; // not arrived yet: a later token still finds it if it lands ahead of us
      page.push(tx);
    }
    const last = page.length > 0 ? page[page.length - 1]! : null;
    const next: Cursor = last && (!repeated || page.length > 1) ? { p: last.processedAtMs, id: last.transactionId } : cursor;
    const repeatNext = last && last !== repeated && unit(this.options.seed, 'dup', last.transactionId) < (this.options.duplicateRate ?? 0);
    return { items: page, nextPageToken: this.encode({ ...next, ...(repeatNext ? { dup: last.transactionId } : {}) }) };
  }

  list(args: ListArgs, nowMs: number): { items: EmuTransaction[]; nextPageToken?: string } {
    const pageSize = parsePageSize(args.pageSize);
    const from = args.from ? Date.parse(args.from) : -Infinity;
    const to = args.to ? Date.parse(args.to) : Infinity;
    if (Number.isNaN(from) || Number.isNaN(to)) throw new HttpProblem(400, 'from/to must be ISO 8601 date-times.', 'ValidationException');
    const offset = args.pageToken ? decodeOffset(args.pageToken) : 0;
    const matching = this.items.filter((tx) => tx.visibleAtMs <= nowMs && tx.processedAtMs >= from && tx.processedAtMs <= to
      && (!args.direction || tx.direction === args.direction) && (!args.transactionSetId || tx.setId === args.transactionSetId))
      .reverse();
    const items = matching.slice(offset, offset + pageSize);
    const more = offset + pageSize < matching.length;
    return { items, ...(more ? { nextPageToken: Buffer.from(`o:${offset + pageSize}`).toString('base64url') } : {}) };
  }

  private firstAfter(cursor: Cursor): number {
    let lo = 0, hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const it = this.items[mid]!;
      const before = it.processedAtMs < cursor.p || (it.processedAtMs === cursor.p && it.transactionId <= cursor.id);
      if (before) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  /** Unique per request (a counter), opaque to the client, never expiring, replayable. */
  private encode(t: Omit<PollToken, 'n'>): string {
    this.issued += 1;
    return Buffer.from(JSON.stringify({ ...t, n: this.issued })).toString('base64url');
  }
}

const compare = (a: EmuTransaction, b: EmuTransaction) =>
  a.processedAtMs - b.processedAtMs || (a.transactionId < b.transactionId ? -1 : a.transactionId > b.transactionId ? 1 : 0);

function parsePageSize(raw: string | null | undefined): number {
  if (raw === null || raw === undefined || raw === '') return 100;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 500) throw new HttpProblem(400, 'pageSize must be an integer from 1 to 500.', 'ValidationException');
  return n;
}

function decodeToken(raw: string): PollToken {
  try {
    if (raw.length > 1024) throw new Error('too long');
    const t = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as PollToken;
    if (typeof t.p !== 'number' || typeof t.id !== 'string') throw new Error('shape');
    return t;
  } catch {
    throw new HttpProblem(400, 'pageToken is not valid.', 'ValidationException');
  }
}

function decodeOffset(raw: string): number {
  const m = /^o:(\d+)$/.exec(Buffer.from(raw, 'base64url').toString('utf8'));
  if (!m) throw new HttpProblem(400, 'pageToken is not valid.', 'ValidationException');
  return Number(m[1]);
}
