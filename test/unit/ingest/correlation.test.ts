// Correlation rules end to end: real X12 text → engine → ingest → claims.
import { describe, expect, it } from 'vitest';
import { bitsToFlags } from '../../../main/store/flags.js';
import { allClaims, freshDb, ingest } from './helpers.js';
import { groupControlOf, x277ca, x835, x837, x999 } from './x12-builders.js';

const jane = { last: 'DOE', first: 'JANE', memberId: 'M1' };
const john = { last: 'ROE', first: 'JOHN', memberId: 'M2' };
const flagsOf = (bits: number) => bitsToFlags(bits);

describe('correlation', () => {
  it('links 837 → 277CA by patient control number (case and spaces ignored) and → 835 by payer claim number', () => {
    const db = freshDb();
    ingest(db, x837([{ pcn: 'Abc-1', charge: '100.00', patient: jane }]).text);
    ingest(db, x277ca([{ pcn: ' ABC-1 ', charge: '100', category: 'A2', pcc: 'K1', patient: jane }]));
    expect(allClaims(db).map((c) => [c.status, c.payer_claim_number])).toEqual([['accepted', 'K1']]);
    ingest(db, x835([{ pcn: 'ABC-1', status: '1', charge: '100', paid: '80', patientResp: '20', pcc: 'K1', patient: jane,
      adjustments: [['PR', '1', '20']] }], { trace: 'T1' }));
    const [claim] = allClaims(db);
    expect(allClaims(db)).toHaveLength(1);
    expect(claim).toMatchObject({ status: 'paid', paid_cents: 8000, patient_resp_cents: 2000, submission_count: 1, payment_count: 1 });
    expect(flagsOf(claim!.flags)).toEqual([]);
  });

  it('matches a patient control number the payer cut to 20 characters', () => {
    const db = freshDb();
    const long = 'LONGCONTROLNUMBER-0123456789';
    ingest(db, x837([{ pcn: long, charge: '50.00', patient: jane }]).text);
    ingest(db, x835([{ pcn: long.slice(0, 20), status: '1', charge: '50', paid: '50', pcc: 'K9', patient: jane }], { trace: 'T2' }));
    expect(allClaims(db).map((c) => [c.pcn, c.status])).toEqual([[long, 'paid']]);
  });

  it('keeps the same control number at two payers as two claims (coordination of benefits)', () => {
    const db = freshDb();
    ingest(db, x837([{ pcn: 'COB1', charge: '79.04', patient: jane, payerId: 'P-A', payerName: 'PAYER A' },
      { pcn: 'COB1', charge: '79.04', patient: jane, payerId: 'P-B', payerName: 'PAYER B' }]).text);
    ingest(db, x835([{ pcn: 'COB1', status: '2', charge: '79.04', paid: '10', pcc: 'KB', patient: jane, adjustments: [['OA', '23', '69.04']] }],
      { trace: 'TB', payerId: 'P-B', payerName: 'PAYER B' }));
    const rows = allClaims(db).map((c) => [c.payer_id, c.status]).sort();
    expect(rows).toEqual([['P-A', 'submitted'], ['P-B', 'paid']]);
  });

  it('treats a re-sent 837 (same keys) as the same claim, and a rejected then resubmitted claim starts over', () => {
    const db = freshDb();
    const first = x837([{ pcn: 'R1', charge: '20.00', patient: jane }], { date: '20260101' }).text;
    ingest(db, first);
    ingest(db, x277ca([{ pcn: 'R1', charge: '20', category: 'A7', status: '562', patient: jane, date: '20260102' }]));
    expect(allClaims(db)[0]!.status).toBe('rejected');
    ingest(db, x837([{ pcn: 'R1', charge: '20.00', patient: jane }], { date: '20260110' }).text);
    const [claim] = allClaims(db);
    expect(allClaims(db)).toHaveLength(1);
    expect(claim).toMatchObject({ status: 'submitted', submission_count: 2, first_pass_accepted: 0 });
  });

  it('applies a 999 rejection to the claims of the 837 set it answers', () => {
    const db = freshDb();
    const { text } = x837([{ pcn: 'S1', charge: '10.00', patient: jane }, { pcn: 'S2', charge: '11.00', patient: john }]);
    ingest(db, x999(groupControlOf(text), '0001', 'R'));
    ingest(db, text);
    expect(allClaims(db).map((c) => c.status)).toEqual(['rejected', 'rejected']);
  });

  it('makes an orphan (no_submission) from an ERA, then merges the 837 into it when it arrives', () => {
    const db = freshDb();
    ingest(db, x835([{ pcn: 'O1', status: '1', charge: '30', paid: '30', pcc: 'KO', patient: jane }], { trace: 'TO' }));
    const [orphan] = allClaims(db);
    expect(flagsOf(orphan!.flags)).toEqual(['no_submission']);
    ingest(db, x837([{ pcn: 'O1', charge: '30.00', patient: jane }]).text);
    const after = allClaims(db);
    expect(after).toHaveLength(1);
    expect(after[0]!.id).toBe(orphan!.id);
    expect(flagsOf(after[0]!.flags)).toEqual([]);
    expect(after[0]!.submission_count).toBe(1);
  });

  it('keeps nine payments that share a control number but differ in patient and amount as nine claims', () => {
    const db = freshDb();
    const payments = Array.from({ length: 9 }, (_, i) => ({
      pcn: 'PATIENT ACCOUNT NUMBER', status: '1', charge: `${10 + i}.00`, paid: `${5 + i}.00`, pcc: i % 2 ? `K${i}` : undefined,
      patient: { last: `LAST${i}`, first: 'P', memberId: `MEM${i}` },
    }));
    ingest(db, x835(payments, { trace: 'NINE' }));
    const claims = allClaims(db);
    expect(claims).toHaveLength(9);
    expect(claims.map((c) => c.paid_cents).sort((a, b) => a - b)).toEqual([500, 600, 700, 800, 900, 1000, 1100, 1200, 1300]);
  });

  it('links a replacement (frequency 7, REF*F8) to the claim holding that payer claim number', () => {
    const db = freshDb();
    ingest(db, x837([{ pcn: 'ORIG', charge: '40.00', patient: jane }]).text);
    ingest(db, x835([{ pcn: 'ORIG', status: '1', charge: '40', paid: '40', pcc: 'K-OLD', patient: jane }], { trace: 'TR-A' }));
    ingest(db, x837([{ pcn: 'ORIG-B', charge: '45.00', patient: jane, frequency: '7', originalPcc: 'K-OLD' }], { date: '20260201' }).text);
    const claims = allClaims(db);
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ frequency_code: '7', charge_cents: 4500, submission_count: 2 });
    expect(flagsOf(claims[0]!.flags)).toContain('replaced');
  });

  it('takes back a reversed payment and makes the correction current, netting the money', () => {
    const db = freshDb();
    ingest(db, x837([{ pcn: 'REV', charge: '100.00', patient: jane }]).text);
    ingest(db, x835([{ pcn: 'REV', status: '1', charge: '100', paid: '90', pcc: 'K1', patient: jane, adjustments: [['CO', '45', '10']] }],
      { trace: 'P1', date: '20260110' }));
    ingest(db, x835([{ pcn: 'REV', status: '22', charge: '-100', paid: '-90', pcc: 'K1', patient: jane, adjustments: [['CO', '45', '-10']] }],
      { trace: 'P2', date: '20260120', total: '0' }));
    expect(allClaims(db)[0]).toMatchObject({ status: 'reversed', paid_cents: 0 });
    ingest(db, x835([{ pcn: 'REV', status: '1', charge: '100', paid: '70', pcc: 'K2', patient: jane, adjustments: [['CO', '45', '30']] }],
      { trace: 'P3', date: '20260125' }));
    const claims = allClaims(db);
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ status: 'paid', paid_cents: 7000, contractual_cents: 3000, payer_claim_number: 'K2' });
    expect(flagsOf(claims[0]!.flags)).toContain('reversal');
  });

  it('links reversal and correction without any 837 (orphan claims)', () => {
    const db = freshDb();
    ingest(db, x835([{ pcn: 'OR', status: '1', charge: '50', paid: '50', pcc: 'KA', patient: jane }], { trace: 'Q1', date: '20260101' }));
    ingest(db, x835([
      { pcn: 'OR', status: '22', charge: '-50', paid: '-50', pcc: 'KA', patient: jane },
      { pcn: 'OR', status: '1', charge: '50', paid: '45', pcc: 'KB', patient: jane, adjustments: [['CO', '45', '5']] },
    ], { trace: 'Q2', date: '20260115', total: '0' }));
    const claims = allClaims(db);
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ status: 'paid', paid_cents: 4500 });
  });
});
