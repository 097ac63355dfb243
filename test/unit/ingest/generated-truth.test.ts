// The store against the generator's truth: every claim's status, money and adjustments after importing a generated
// dataset. Frequency-7 replacements join their original by REF*F8 (one store claim for two generated ones), so
// claims in a replacement chain are left out of the claim-by-claim comparison.
import { describe, expect, it } from 'vitest';
import { generateEvents, type ClaimTruth } from '../../../main/edi/generate/index.js';
import { freshDb, ingest } from './helpers.js';

const OPTS = { seed: 7, claims: 600, claimsPer837: 30, claimsPer835: 15, rates: { denied: 0.2, reversal: 0.08, pending: 0.05, rejected999: 0.05, duplicateEra: 0.03 } };

describe('generated dataset → store', () => {
  const db = freshDb();
  const truths: ClaimTruth[] = [];
  for (const e of generateEvents(OPTS)) {
    if (e.type === 'file') ingest(db, e.file.text, e.file.name);
    else if (e.type === 'claim') truths.push(e.claim);
  }
  const inChain = new Set(truths.flatMap((t) => (t.frequencyCode === '7' ? [t.patientControlNumber, t.originalPatientControlNumber!] : [])));
  const compared = truths.filter((t) => !inChain.has(t.patientControlNumber) && !t.flags.replaced);
  const rows = new Map((db.$client.prepare('SELECT id, pcn, status, paid_cents, patient_resp_cents FROM claims').all() as Array<Record<string, never>>)
    .map((r) => [r.pcn as string, r]));
  const adjustments = db.$client.prepare('SELECT group_code AS "group", reason, amount_cents AS amountCents FROM claim_adjustments WHERE claim_id = ? ORDER BY group_code, reason');

  it('derives the status the generator meant, for every lifecycle path', () => {
    const got = compared.map((t) => [t.patientControlNumber, rows.get(t.patientControlNumber)?.status]);
    expect(got).toEqual(compared.map((t) => [t.patientControlNumber, t.status]));
    expect(new Set(compared.map((t) => t.status))).toEqual(new Set(['submitted', 'accepted', 'rejected', 'pending', 'paid', 'denied', 'reversed']));
  });

  it('counts the same money and adjustments, net of reversals and duplicate ERAs', () => {
    for (const t of compared) {
      const r = rows.get(t.patientControlNumber)!;
      expect([t.patientControlNumber, r.paid_cents, r.patient_resp_cents]).toEqual([t.patientControlNumber, t.paidCents, t.patientResponsibilityCents]);
      const adj = adjustments.all(r.id) as ClaimTruth['adjustments'];
      if (t.claimPayments > 0) expect(adj).toEqual(t.adjustments.slice().sort((a, b) => (a.group + a.reason < b.group + b.reason ? -1 : 1)));
    }
  });
});
