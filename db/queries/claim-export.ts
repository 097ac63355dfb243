// Claims with their adjustment totals and timeline, streamed page by page for exports.
import type { Db } from '../open.js';
import { iterateClaims, type ClaimListQuery, type ClaimListRow } from './claims-list.js';
import { stmt } from './statements.js';
import { decodeTimeline } from './timeline-codec.js';

export interface ExportClaim extends ClaimListRow {
  adjustments: Array<{ group: string; reason: string; amountCents: number }>;
  events: Array<{ type: string; at: string; source: string; code: string | null; amountCents: number | null; counted: boolean }>;
}

export function* exportClaims(db: Db, q: ClaimListQuery): Generator<ExportClaim> {
  const adj = stmt(db, 'SELECT group_code AS "group", reason, amount_cents AS amountCents FROM claim_adjustments WHERE claim_id = ? ORDER BY group_code, reason');
  const ev = stmt(db, 'SELECT events FROM claim_timelines WHERE claim_id = ?').pluck();
  for (const row of iterateClaims(db, q)) {
    yield {
      ...row,
      adjustments: adj.all(row.id) as ExportClaim['adjustments'],
      events: decodeTimeline(ev.get(row.id) as string | undefined)
        .map((e) => ({ type: e.type, at: e.at, source: e.source, code: e.code, amountCents: e.amountCents, counted: e.counted })),
    };
  }
}
