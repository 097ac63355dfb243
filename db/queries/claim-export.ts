// Claims with their adjustment totals and timeline, streamed page by page for exports.
import type { Db } from '../open.js';
import { iterateClaims, type ClaimListQuery, type ClaimListRow } from './claims-list.js';
import { stmt } from './statements.js';

export interface ExportClaim extends ClaimListRow {
  adjustments: Array<{ group: string; reason: string; amountCents: number }>;
  events: Array<{ type: string; at: string; source: string; code: string | null; amountCents: number | null; counted: boolean }>;
}

export function* exportClaims(db: Db, q: ClaimListQuery): Generator<ExportClaim> {
  const adj = stmt(db, 'SELECT group_code AS "group", reason, amount_cents AS amountCents FROM claim_adjustments WHERE claim_id = ? ORDER BY group_code, reason');
  const ev = stmt(db, 'SELECT type, at, source, code, amount_cents AS amountCents, counted FROM claim_events WHERE claim_id = ? ORDER BY seq');
  for (const row of iterateClaims(db, q)) {
    yield {
      ...row,
      adjustments: adj.all(row.id) as ExportClaim['adjustments'],
      events: (ev.all(row.id) as Array<Record<string, unknown>>).map((e) => ({ ...e, counted: e.counted === 1 })) as ExportClaim['events'],
    };
  }
}
