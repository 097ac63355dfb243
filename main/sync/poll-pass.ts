// Reads the transaction stream from the durable checkpoint until caught up (an empty page). The first run is the
// backfill from the chosen start date; being resumable is free because every page moves the checkpoint.
import { ensureSyncState, getSyncState, updateSyncState } from '../../db/queries/sync.js';
import type { PollQuery } from '../stedi/client.js';
import { commitPage } from './commit-page.js';
import { fetchDocuments } from './fetch-documents.js';
import { commitDeps, freshItems, laterOf, runCounts, type PassContext } from './pass-context.js';

const DAY_MS = 86_400_000;
const MIN_START_AGE_MS = 61_000; // Stedi wants startDateTime at least a minute in the past
const MAX_IDLE_PAGES = 5; // pages with nothing new and no forward movement before we call it caught up

export interface PollPassOptions {
  /** Read from this date instead of the checkpoint (CLI --since). Replays are harmless: ingest is idempotent. */
  since?: Date;
}

export async function pollPass(ctx: PassContext, pass: PollPassOptions = {}): Promise<void> {
  const now = ctx.now();
  const backfillFrom = new Date(now.getTime() - ctx.options.backfillDays * DAY_MS).toISOString();
  const state = ensureSyncState(ctx.db, { backfillFrom, now: now.toISOString() });
  const phase = state.backfillDoneAt ? 'poll' : 'backfill';
  let token = pass.since ? null : state.pageToken;
  let watermark = state.watermark;
  // Nothing received yet: start at the earlier of the saved backfill start and today's, so a first run made while
  // the clock was far ahead (a start in the future, nothing found) backfills properly once the clock is right.
  let startAt = pass.since?.toISOString() ?? (watermark ? shiftIso(watermark, -1000) : earliest(state.backfillFrom ?? backfillFrom, Date.parse(backfillFrom)));
  ctx.report(phase, watermark);
  let idlePages = 0;
  for (;;) {
    const query: PollQuery = token
      ? { pageToken: token, pageSize: ctx.options.pageSize }
      : { startDateTime: earliest(startAt, ctx.now().getTime() - MIN_START_AGE_MS), pageSize: ctx.options.pageSize };
    const page = await ctx.client.pollTransactions(query, ctx.signal);
    ctx.counts.pages += 1;
    if (page.items.length === 0) break; // caught up; the old token stays valid, so nothing is written
    ctx.counts.seen += page.items.length;
    const fresh = freshItems(ctx.db, page.items);
    const fetched = await fetchDocuments(ctx.client, fresh, ctx.options.mode, ctx.options.downloadConcurrency, ctx.signal);
    const before = watermark;
    watermark = page.items.reduce<string | null>((w, tx) => laterOf(w, tx.processedAt), watermark);
    // A server that keeps re-sending what we have (a duplicate loop) must not hold the run forever.
    idlePages = fresh.length === 0 && watermark === before ? idlePages + 1 : 0;
    const nextToken = page.nextPageToken ?? null;
    const added = commitPage(commitDeps(ctx), { fetched, checkpoint: { pageToken: nextToken, watermark }, run: runCounts(ctx, phase, watermark) });
    Object.assign(ctx.counts, { ingested: ctx.counts.ingested + added.ingested, skipped: ctx.counts.skipped + added.skipped, failed: ctx.counts.failed + added.failed });
    token = nextToken;
    if (!token && watermark) startAt = shiftIso(watermark, -1000); // token missing (tolerated): resume just before the watermark
    ctx.report(phase, watermark);
    if (idlePages >= MAX_IDLE_PAGES) break;
  }
  if (!getSyncState(ctx.db)?.backfillDoneAt) updateSyncState(ctx.db, { backfillDoneAt: ctx.now().toISOString(), updatedAt: ctx.now().toISOString() });
}

const shiftIso = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();
const earliest = (iso: string, ms: number) => new Date(Math.min(Date.parse(iso), ms)).toISOString();
