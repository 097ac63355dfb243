// Status bugs at the ingest level: a 999 acceptance is not a claim acceptance, and a processed claim paid nothing
// without patient cost sharing is a denial.
import { describe, expect, it } from 'vitest';
import { allClaims, freshDb, ingest } from './helpers.js';
import { groupControlOf, x277ca, x835, x837, x999 } from './x12-builders.js';

const jane = { last: 'DOE', first: 'JANE', memberId: 'M1' };

describe('999 acceptance', () => {
  it('leaves the claim submitted, with no acknowledgment date and no first-pass answer, until a 277CA accepts it', () => {
    const db = freshDb();
    const batch = x837([{ pcn: 'P1', charge: '100.00', patient: jane }], { date: '20260101' }).text;
    ingest(db, batch);
    ingest(db, x999(groupControlOf(batch), '0001', 'A', '260101'));
    expect(allClaims(db)[0]).toMatchObject({ status: 'submitted', acknowledged_at: null, first_pass_accepted: null, days_to_ack: null });
    ingest(db, x277ca([{ pcn: 'P1', charge: '100', category: 'A2', pcc: 'K1', patient: jane, date: '20260103' }]));
    expect(allClaims(db)[0]).toMatchObject({ status: 'accepted', acknowledged_at: '2026-01-03T00:00:00.000Z', first_pass_accepted: 1, days_to_ack: 2 });
  });

  it('still rejects the claims of a set the 999 rejects', () => {
    const db = freshDb();
    const batch = x837([{ pcn: 'P1', charge: '100.00', patient: jane }], { date: '20260101' }).text;
    ingest(db, batch);
    ingest(db, x999(groupControlOf(batch), '0001', 'R', '260101'));
    expect(allClaims(db)[0]).toMatchObject({ status: 'rejected', acknowledged_at: null, first_pass_accepted: 0 });
  });
});

describe('zero-paid processed claims', () => {
  const paidZero = (adjustments: Array<[string, string, string]>, patientResp = '') => {
    const db = freshDb();
    ingest(db, x837([{ pcn: 'P1', charge: '100.00', patient: jane }]).text);
    ingest(db, x835([{ pcn: 'P1', status: '1', charge: '100', paid: '0', patientResp, pcc: 'K1', patient: jane, adjustments }], { trace: 'T1' }));
    return allClaims(db)[0]!;
  };

  it('denies CLP02 1 with paid 0 and only denial adjustments for the whole charge', () => {
    expect(paidZero([['CO', '16', '100']])).toMatchObject({ status: 'denied', status_code: '1', paid_at: '2026-01-20T00:00:00.000Z' });
    expect(paidZero([['PR', '204', '100']], '100')).toMatchObject({ status: 'denied' });
  });

  it('keeps a claim paid when the whole allowed amount went to the deductible', () => {
    expect(paidZero([['CO', '45', '20'], ['PR', '1', '80']], '80')).toMatchObject({ status: 'paid', paid_cents: 0, patient_resp_cents: 8000 });
  });
});
