// Core API routes (/2023-08-01/...): poll, list, get, and the 302 / -url document links.
import type { Clock } from './clock.js';
import type { EmuTransaction } from './dataset.js';
import { json, problem, type Reply } from './reply.js';
import { HttpProblem, type TransactionStream } from './stream.js';
import { documentFor, toSummary } from './summary.js';

/** A transaction's input or output artifact, or the whole file it travelled in (executions). */
export type DocumentKind = 'input' | 'output' | 'file';

export interface LinkStore {
  /** A presigned-style URL on the object host, valid for the configured time. */
  create(tx: EmuTransaction, document: DocumentKind): string;
}

export interface CoreContext {
  stream: TransactionStream;
  clock: Clock;
  coreUrl: string;
  links: LinkStore;
  onPoll(): void;
}

/** The route name used for fault targeting and stats, or null when the path is not a core route. */
export function coreRoute(parts: string[]): string | null {
  if (parts[0] === 'polling' && parts[1] === 'transactions' && parts.length === 2) return 'poll';
  if (parts[0] === 'transactions' && parts.length === 1) return 'list';
  if (parts[0] === 'transactions' && parts.length === 2) return 'get';
  if ((parts[0] === 'transactions' || parts[0] === 'executions') && parts.length === 3) return 'link';
  return null;
}

export function handleCore(ctx: CoreContext, route: string, parts: string[], query: URLSearchParams): Reply {
  const now = ctx.clock.now();
  try {
    if (route === 'poll') {
      ctx.onPoll();
      const page = ctx.stream.poll({ startDateTime: query.get('startDateTime'), pageToken: query.get('pageToken'), pageSize: query.get('pageSize') }, now);
      return json(200, { items: page.items.map((t) => toSummary(t, ctx.coreUrl)), nextPageToken: page.nextPageToken });
    }
    if (route === 'list') {
      const page = ctx.stream.list({
        pageToken: query.get('pageToken'), pageSize: query.get('pageSize'), from: query.get('from'), to: query.get('to'),
        direction: query.get('direction'), transactionSetId: query.get('transactionSetId'),
      }, now);
      return json(200, { items: page.items.map((t) => toSummary(t, ctx.coreUrl)), ...(page.nextPageToken ? { nextPageToken: page.nextPageToken } : {}) });
    }
    if (route === 'get') {
      const tx = ctx.stream.get(parts[1]!, now);
      return tx ? json(200, toSummary(tx, ctx.coreUrl)) : problem(404, 'Transaction not found.', 'ResourceNotFoundException');
    }
    return documentLink(ctx, parts, now);
  } catch (err) {
    if (err instanceof HttpProblem) return problem(err.status, err.message, err.code);
    throw err;
  }
}

function documentLink(ctx: CoreContext, parts: string[], now: number): Reply {
  const [collection, id, leaf] = parts as [string, string, string];
  const m = /^(input|output)(-url)?$/.exec(leaf);
  if (!m) return problem(404, 'Not found.');
  const usage = m[1] as 'input' | 'output';
  const tx = collection === 'transactions'
    ? ctx.stream.get(id, now)
    : ctx.stream.all().find((t) => t.fileExecutionId === id && t.visibleAtMs <= now) ?? null;
  if (!tx) return problem(404, `${collection === 'transactions' ? 'Transaction' : 'Execution'} not found.`, 'ResourceNotFoundException');
  if (collection === 'executions' && usage === 'output' && tx.direction === 'INBOUND') return problem(404, 'Inbound executions have no output.');
  if (collection === 'transactions' && !documentFor(tx, usage)) return problem(404, 'This transaction has no such artifact.');
  const url = ctx.links.create(tx, collection === 'executions' ? 'file' : usage);
  if (m[2]) return json(200, { documentDownloadUrl: url });
  return json(302, { documentDownloadUrl: url }, { location: url });
}
