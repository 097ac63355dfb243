// Broken input goes to the exception log without stopping the rest; kept raw text can be reprocessed and replayed.
import { describe, expect, it } from 'vitest';
import { listExceptions } from '../../../db/queries/exceptions.js';
import { getWorkflow, setClaimNote } from '../../../db/queries/workflow.js';
import { ingestX12Text, rebuildFromRaw, reprocessException } from '../../../main/ingest/index.js';
import { allClaims, canonicalDump, freshDb, ingest, NOW } from './helpers.js';
import { scenarioFiles } from './scenario.js';
import { x835, x837 } from './x12-builders.js';

const jane = { last: 'DOE', first: 'JANE', memberId: 'M1' };

describe('exceptions, reprocessing and rebuilds', () => {
  it('logs a broken transaction set with where and why, and keeps the rest of the file', () => {
    const db = freshDb();
    const good = x837([{ pcn: 'G1', charge: '10.00', patient: jane }]).text;
    // An 835 whose BPR02 is not a number cannot be mapped; it sits between two good sets.
    const broken = x835([{ pcn: 'B1', status: '1', charge: '5', paid: '5', patient: jane }], { trace: 'BAD', total: 'ABC' });
    const good2 = x837([{ pcn: 'G2', charge: '20.00', patient: jane }]).text;
    const summary = ingest(db, good + broken + good2, 'mixed.x12');
    expect(summary).toMatchObject({ transactions: 3, exceptions: 1, claimsCreated: 2 });
    const [ex] = listExceptions(db);
    expect(ex).toMatchObject({ sourceKind: 'file', sourceRef: 'mixed.x12', transactionSetId: '835', attempts: 1, resolved: false });
    expect(ex!.rawId).not.toBeNull();
    expect((ex!.location as { segmentId: string }).segmentId).toBeTruthy();
    expect(ex!.reason).not.toContain('DOE');
    const failed = reprocessException(db, ex!.id, NOW);
    expect(failed.outcome).toBe('failed');
    expect(listExceptions(db)[0]!.attempts).toBe(2);
  });

  it('keeps text that is not X12 at all, logged once', () => {
    const db = freshDb();
    const s = ingestX12Text(db, 'hello, not x12', { kind: 'stedi', transactionId: 'tx-1', processedAt: NOW }, NOW);
    expect(s.exceptions).toBe(1);
    expect(listExceptions(db)[0]).toMatchObject({ sourceKind: 'stedi', sourceRef: 'tx-1' });
  });

  it('dedupes on the Stedi transaction id', () => {
    const db = freshDb();
    const text = x837([{ pcn: 'S1', charge: '10.00', patient: jane }]).text;
    const src = { kind: 'stedi' as const, transactionId: 'tx-9', processedAt: '2026-01-05T10:00:00.000Z' };
    expect(ingestX12Text(db, text, src, NOW).claimsCreated).toBe(1);
    expect(ingestX12Text(db, x837([{ pcn: 'S2', charge: '1.00', patient: jane }]).text, src, NOW)).toMatchObject({ duplicates: 1, claimsCreated: 0 });
    expect(allClaims(db)).toHaveLength(1);
  });

  it('rebuilds the same state from raw, and workflow notes survive', () => {
    const db = freshDb();
    for (const f of scenarioFiles()) ingest(db, f.text, f.name);
    const before = canonicalDump(db);
    const c1 = allClaims(db).find((c) => c.pcn === 'C1')!;
    expect(setClaimNote(db, c1.id, 'called payer', NOW)).toBe(true);
    rebuildFromRaw(db, NOW);
    expect(canonicalDump(db)).toEqual(before);
    const after = allClaims(db).find((c) => c.pcn === 'C1')!;
    expect(getWorkflow(db, after.id)?.note).toBe('called payer');
  });
});
