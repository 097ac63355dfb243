// The bundled demo dataset: loaded like any import but marked 'demo', so it can be taken out again cleanly.
import type { Db } from '../../db/open.js';
import { evidenceKeysOfClaims, pcnKeysForEnvelope } from '../../db/queries/evidence.js';
import { resolveDuplicateRemittances } from '../../db/queries/remittances.js';
import { inTransaction, stmt } from '../../db/queries/statements.js';
import { importPaths, type ImportProgress } from './import-paths.js';
import { newSeeds, recomputeClaims } from './recompute.js';
import type { IngestSummary } from './types.js';

/** `dir`: the demo folder (<repo>/demo/x12 in development, the packaged resources folder in the app). */
export function loadDemoDataset(db: Db, now: () => string, dir: string, onProgress?: (p: ImportProgress) => void): Promise<IngestSummary> {
  return importPaths(db, [dir], now, onProgress, { sourceKind: 'demo' });
}

export const hasDemoDataset = (db: Db): boolean =>
  stmt(db, "SELECT 1 FROM raw_transactions WHERE source_kind = 'demo' LIMIT 1").get() !== undefined;

/** Deletes the demo's raw sets and evidence, then re-derives every claim they touched (merged real claims survive). */
export function removeDemoDataset(db: Db): { transactionsRemoved: number; claimsRemoved: number } {
  return inTransaction(db, () => {
    const before = stmt(db, 'SELECT count(*) FROM claims').pluck().get() as number;
    const demo = "(SELECT id FROM raw_transactions WHERE source_kind = 'demo')";
    const claimIds = db.$client.prepare(`SELECT claim_id FROM submissions WHERE raw_id IN ${demo} UNION SELECT claim_id FROM status_reports
      WHERE raw_id IN ${demo} UNION SELECT claim_id FROM claim_payments WHERE raw_id IN ${demo}`).pluck().all().filter((x) => x !== null) as number[];
    const seeds = newSeeds();
    const keys = evidenceKeysOfClaims(db, claimIds);
    keys.pcnKeys.forEach((k) => seeds.pcnKeys.add(k));
    keys.pccs.forEach((k) => seeds.pccs.add(k));
    const acks = db.$client.prepare(`SELECT group_control_number AS g, transaction_control_number AS t FROM set_acknowledgments WHERE raw_id IN ${demo}`)
      .all() as Array<{ g: string; t: string }>;
    for (const a of acks) pcnKeysForEnvelope(db, a.g, a.t).forEach((k) => seeds.pcnKeys.add(k));
    const remits = db.$client.prepare(`SELECT payer_id AS p, trace_number AS t, payment_cents AS c FROM remittances WHERE raw_id IN ${demo}`)
      .all() as Array<{ p: string | null; t: string; c: number }>;
    for (const table of ['submissions', 'status_reports', 'set_acknowledgments', 'claim_payments', 'remittances', 'ingest_exceptions']) {
      db.$client.prepare(`DELETE FROM ${table} WHERE raw_id IN ${demo}`).run();
    }
    const removed = db.$client.prepare("DELETE FROM raw_transactions WHERE source_kind = 'demo'").run().changes;
    for (const r of remits) resolveDuplicateRemittances(db, r.p, r.t, r.c).forEach((k) => seeds.pcnKeys.add(k));
    recomputeClaims(db, seeds, { created: new Set(), updated: new Set() }, claimIds);
    const after = stmt(db, 'SELECT count(*) FROM claims').pluck().get() as number;
    return { transactionsRemoved: removed, claimsRemoved: before - after };
  });
}
