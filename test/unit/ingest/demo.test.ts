// The demo dataset loads like an import and comes out again without touching the office's own data.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDemoDataset, removeDemoDataset } from '../../../main/ingest/index.js';
import { tempDir } from '../../helpers/db.js';
import { allClaims, freshDb, ingest, NOW } from './helpers.js';
import { x835, x837 } from './x12-builders.js';

const tmp = tempDir();
afterAll(() => tmp.remove());
const jane = { last: 'DOE', first: 'JANE', memberId: 'M1' };

describe('demo dataset', () => {
  it('loads from a folder and is removed again, leaving real claims as they were', async () => {
    writeFileSync(join(tmp.dir, 'a.837'), x837([{ pcn: 'DEMO1', charge: '10.00', patient: jane }, { pcn: 'SHARED', charge: '30.00', patient: jane }]).text);
    const db = freshDb();
    ingest(db, x835([{ pcn: 'SHARED', status: '1', charge: '30', paid: '30', pcc: 'KS', patient: jane }], { trace: 'REAL' }));
    const summary = await loadDemoDataset(db, () => NOW, tmp.dir);
    expect(summary).toMatchObject({ files: 1, claimsCreated: 1 });
    expect(allClaims(db).map((c) => [c.pcn, c.flags]).sort()).toEqual([['DEMO1', 0], ['SHARED', 0]]);
    expect(removeDemoDataset(db)).toEqual({ transactionsRemoved: 1, claimsRemoved: 1 });
    const after = allClaims(db);
    expect(after.map((c) => [c.pcn, c.status, c.paid_cents])).toEqual([['SHARED', 'paid', 3000]]);
    expect(after[0]!.submission_count).toBe(0);
  });

  it('shows denied claims for every payer in the bundled demo, and no claim accepted on a 999 alone', async () => {
    const db = freshDb();
    await loadDemoDataset(db, () => NOW, join(process.cwd(), 'demo', 'x12'));
    const perPayer = db.$client.prepare(`SELECT payer_id AS payer, sum(status = 'denied') AS denied, count(*) AS claims FROM claims GROUP BY payer_id`)
      .all() as Array<{ payer: string; denied: number; claims: number }>;
    expect(perPayer.length).toBeGreaterThan(3);
    for (const p of perPayer) expect(p.denied, p.payer).toBeGreaterThan(0);
    const byStatus = Object.fromEntries((db.$client.prepare('SELECT status, count(*) AS n FROM claims GROUP BY status').all() as Array<{ status: string; n: number }>)
      .map((r) => [r.status, r.n]));
    expect(byStatus.denied).toBeGreaterThan(150);
    expect(db.$client.prepare(`SELECT count(*) FROM claims c JOIN claim_timelines t ON t.claim_id = c.id WHERE status = 'accepted' AND NOT EXISTS
      (SELECT 1 FROM json_each(t.events) e WHERE e.value ->> 1 IN ('ack_277ca', 'status_277'))`).pluck().get()).toBe(0);
  });
});
