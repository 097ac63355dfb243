import { describe, expect, it } from 'vitest';
import { planFor } from '../../../main/sync/relevance.js';
import type { TransactionSummary } from '../../../main/stedi/responses.js';

const tx = (over: Partial<TransactionSummary> & { set?: string }): TransactionSummary => ({
  transactionId: 't', status: 'succeeded', direction: 'INBOUND', mode: 'production', processedAt: '2026-01-01T00:00:00Z',
  artifacts: [], x12: over.set ? { metadata: { transaction: { transactionSetIdentifier: over.set } } } : undefined, ...over,
});

describe('which transactions the cache takes in', () => {
  it('takes outbound 837s from their output and inbound 999/277/835 from their input', () => {
    expect(planFor(tx({ direction: 'OUTBOUND', set: '837' }), 'production')).toEqual({ action: 'ingest', usage: 'output', transactionSet: '837' });
    for (const set of ['999', '277', '835']) expect(planFor(tx({ set }), 'production')).toMatchObject({ action: 'ingest', usage: 'input' });
  });

  it('follows the artifact list when it names the X12 document', () => {
    const artifacts = [{ artifactType: 'application/json', usage: 'input' }, { artifactType: 'application/edi-x12', usage: 'output' }];
    expect(planFor(tx({ set: '835', artifacts }), 'production')).toMatchObject({ usage: 'output' });
  });

  it('skips, with a reason, everything else', () => {
    const skip = (t: TransactionSummary, mode: 'test' | 'production' = 'production') => planFor(t, mode);
    expect(skip(tx({ direction: 'INBOUND', set: '837' }))).toMatchObject({ action: 'skip', reason: expect.stringContaining('inbound 837') });
    expect(skip(tx({ direction: 'OUTBOUND', set: '999' }))).toMatchObject({ action: 'skip' });
    expect(skip(tx({ set: '271' }))).toMatchObject({ action: 'skip' });
    expect(skip(tx({}))).toMatchObject({ action: 'skip', reason: expect.stringContaining('non-X12') });
    expect(skip(tx({ set: '835', status: 'failed', translationErrors: [{ message: 'x' }] }))).toMatchObject({ action: 'skip', reason: expect.stringContaining('failed') });
    expect(skip(tx({ set: '835', mode: 'test' }))).toMatchObject({ action: 'skip', reason: expect.stringContaining('test-mode') });
    expect(skip(tx({ set: '835', mode: 'production' }), 'test')).toMatchObject({ action: 'skip' });
    expect(skip(tx({ set: '835', mode: 'other' }), 'test')).toMatchObject({ action: 'ingest' });
  });
});
