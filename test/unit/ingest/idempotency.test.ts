// Same files, any order, any number of times → the same final state; duplicate ERAs flagged and never counted twice.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bitsToFlags } from '../../../main/store/flags.js';
import { allClaims, canonicalDump, freshDb, ingest } from './helpers.js';
import { scenarioFiles } from './scenario.js';

const files = scenarioFiles();
const importAll = (order: typeof files) => {
  const db = freshDb();
  for (const f of order) ingest(db, f.text, f.name);
  return db;
};

describe('ingest is idempotent and order-free', () => {
  const reference = importAll(files);
  const expected = canonicalDump(reference);

  it('produces the expected claims from the scenario', () => {
    const claims = allClaims(reference);
    const byPcn = Object.fromEntries(claims.map((c) => [c.pcn, c]));
    expect(claims.map((c) => c.pcn).sort()).toEqual(['C1', 'C2', 'C3', 'C4', 'X9']);
    expect(byPcn.C1).toMatchObject({ status: 'paid', paid_cents: 7000, patient_resp_cents: 2000, acknowledged_at: '2026-01-02T00:00:00.000Z' }); // the 277CA, not the 999
    expect(byPcn.C2).toMatchObject({ status: 'denied', paid_cents: 0 });
    expect(byPcn.C3).toMatchObject({ status: 'paid', paid_cents: 25000, payer_claim_number: 'K3B', frequency_code: '7' });
    expect(byPcn.C4).toMatchObject({ status: 'rejected', status_code: 'A7:562' });
    expect(bitsToFlags(byPcn.X9!.flags)).toEqual(['no_submission', 'duplicate_era']);
    expect(bitsToFlags(byPcn.C1!.flags)).toContain('duplicate_era');
  });

  it('counts a duplicate ERA once: claim money equals the single ERA', () => {
    const remits = reference.$client.prepare('SELECT trace_number, duplicate_of FROM remittances ORDER BY sort_key').all() as Array<{ duplicate_of: number | null }>;
    expect(remits.filter((r) => r.duplicate_of !== null)).toHaveLength(1);
    const total = reference.$client.prepare("SELECT sum(paid_cents) FROM claims WHERE pcn IN ('C1', 'C2', 'X9')").pluck().get();
    expect(total).toBe(7000 + 0 + 5500);
  });

  it('changes nothing when every file is imported a second time', () => {
    const db = importAll(files);
    const again = files.map((f) => ingest(db, f.text, f.name));
    expect(again.every((s) => s.transactions === 0 && s.claimsCreated === 0 && s.claimsUpdated === 0)).toBe(true);
    expect(again.reduce((n, s) => n + s.duplicates, 0)).toBe(files.length);
    expect(canonicalDump(db)).toEqual(expected);
  });

  it('reaches the same final state in any import order', () => {
    fc.assert(fc.property(fc.shuffledSubarray(files, { minLength: files.length, maxLength: files.length }), (order) => {
      expect(canonicalDump(importAll(order))).toEqual(expected);
    }), { numRuns: 25 });
  });
});
