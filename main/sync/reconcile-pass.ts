// Daily reconciliation: lists the last N days and takes in any transaction the cache lacks. Stedi can deliver late
// and out of order (outside the poll window); this pass is what makes the cache eventually exact.
import { getSyncState, updateSyncState } from '../../db/queries/sync.js';
import { commitPage } from './commit-page.js';
import { fetchDocuments } from './fetch-documents.js';
import { commitDeps, freshItems, runCounts, type PassContext } from './pass-context.js';

const DAY_MS = 86_400_000;

/** Due a day after the last one — or at once when the last one is dated ahead of the clock (the clock was set back:
 *  waiting for it to catch up could mean months without reconciling). */
export function reconcileDue(lastReconcileAt: string | null, now: Date, everyMs: number): boolean {
  if (lastReconcileAt === null) return true;
  const since = now.getTime() - Date.parse(lastReconcileAt);
  return since < 0 || since >= everyMs;
}

export async function reconcilePass(ctx: PassContext, force = false): Promise<void> {
  const now = ctx.now();
  if (!force && !reconcileDue(getSyncState(ctx.db)?.lastReconcileAt ?? null, now, ctx.options.reconcileEveryMs)) return;
  const from = new Date(now.getTime() - ctx.options.reconcileDays * DAY_MS).toISOString();
  const to = now.toISOString();
  ctx.report('reconcile', null);
  let pageToken: string | undefined;
  do {
    const page = await ctx.client.listTransactions({ from, to, pageToken, pageSize: ctx.options.pageSize }, ctx.signal);
    ctx.counts.pages += 1;
    const fresh = freshItems(ctx.db, page.items);
    if (fresh.length > 0) {
      ctx.counts.seen += fresh.length;
      const fetched = await fetchDocuments(ctx.client, fresh, ctx.options.mode, ctx.options.downloadConcurrency, ctx.signal);
      const added = commitPage(commitDeps(ctx), { fetched, run: runCounts(ctx, 'reconcile', null) });
      Object.assign(ctx.counts, { ingested: ctx.counts.ingested + added.ingested, skipped: ctx.counts.skipped + added.skipped, failed: ctx.counts.failed + added.failed });
    }
    ctx.report('reconcile', null);
    pageToken = page.nextPageToken;
  } while (pageToken);
  updateSyncState(ctx.db, { lastReconcileAt: to, updatedAt: to });
}
