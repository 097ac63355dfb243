// 277CA / 277 and 999 fixtures: every status, key and result their MANIFEST.md lists.
import { describe, expect, it } from 'vitest';
import { parseX12Text } from '../../../main/edi/index.js';
import { acknowledgment, c, codes, parseFixture, statusReports } from './fixture-files.js';
import type { ClaimStatusReport } from '../../../main/edi/model.js';

const L4H = 'LinuxForHealth__x12/277_005010X212/';
const IMS = 'imsweb__x12-parser/';

const stc = (r: ClaimStatusReport) => r.statuses.map((s) => [s.categoryCode, s.statusCode, s.entityCode].filter((x) => x !== null).join(':'));

function levels(file: string) {
  const m = parseFixture(file).sets[0].mapped!;
  if (m.kind !== '277') throw new Error('not a 277');
  return m.levelStatuses ?? [];
}

describe('277CA (X214, imsweb)', () => {
  it('accepted: A2:20, REF*1K, placeholder service date, receiver totals', () => {
    const [r] = statusReports(parseFixture(`${IMS}277_5010/x12_277CA_accepted.txt`));
    expect([r.variant, r.senderLevel, r.source?.name, r.patientControlNumber]).toEqual(['277CA', 'payer', 'NYSDOH', '5781']);
    expect(stc(r)).toEqual(['A2:20']);
    expect([r.statuses[0].chargeCents, r.statuses[0].actionCode, r.statuses[0].effectiveDate]).toEqual([c('125'), 'WQ', '2011-03-11']);
    expect(r.payerClaimControlNumber).toBe('1107000000014420');
    expect(r.serviceDateFrom).toBe('1001-01-01');
    expect(r.batchReference).toBe('000000674');
    expect(r.billingProvider?.npi).toBe('1234567890');
    const receiver = levels(`${IMS}277_5010/x12_277CA_accepted.txt`).find((l) => l.level === 'receiver')!;
    expect([receiver.statuses.map((s) => `${s.categoryCode}:${s.statusCode}`), receiver.acceptedQuantity, receiver.acceptedCents, receiver.traceNumber])
      .toEqual([['A1:20'], '1', c('125.0'), '000000674']);
  });

  it('rejected: | component separator, A7:562:85, REF*1K and REF*BLT', () => {
    const [r] = statusReports(parseFixture(`${IMS}277_5010/x12_277CA_rejected.txt`));
    expect([r.variant, r.patientControlNumber, r.payerClaimControlNumber, r.billType, r.serviceDateFrom]).toEqual(['277CA', '3920394930203', '1107000000001120', '731', '2009-03-11']);
    expect(stc(r)).toEqual(['A7:562:85']);
    expect(r.statuses[0].chargeCents).toBe(c('199.14'));
    const receiver = levels(`${IMS}277_5010/x12_277CA_rejected.txt`).find((l) => l.level === 'receiver')!;
    expect(receiver.statuses.map((s) => [s.categoryCode, s.statusCode, s.chargeCents])).toEqual([['A1', '20', c('199.14')]]);
  });
});

describe('277 status response (X212)', () => {
  it('imsweb x212: eight claims in eight repeated hierarchies, REF*EJ is the patient control number', () => {
    const reports = statusReports(parseFixture(`${IMS}277_5010/x12_277_x212.txt`));
    expect(reports.map((r) => [r.traceNumber, r.patientControlNumber, r.statuses[0].chargeCents, r.clearinghouseTraceNumber])).toEqual([
      ['0000001', '12345', c('600'), '12345'], ['0000002', '12346', c('400'), '12346'], ['0000003', '12347', c('100'), '12347'],
      ['0000004', '12348', c('180'), '12348'], ['0000005', '12349', c('100'), '12349'], ['0000006', '12340', c('450'), '12340'],
      ['0000007', '12341', c('100'), '12341'], ['0000008', '12342', c('100'), '12342'],
    ]);
    expect(reports.every((r) => r.variant === '277' && stc(r).join() === 'A1:704' && r.statuses[0].message === 'PAYER ACKNOWLEDGED RECEIPT OF THE CLAIM')).toBe(true);
    expect(reports.every((r) => r.source?.entityCode === 'PR' && r.receiver?.entityCode === '41')).toBe(true);
    expect(reports.reduce((s, r) => s + (r.statuses[0].chargeCents ?? 0), 0)).toBe(c('2030'));
  });

  it('claim-level-status: three claims, P3 / F0 / F2 twice, BLT, dependent patient', () => {
    const reports = statusReports(parseFixture(`${L4H}claim-level-status.277`));
    expect(reports.map((r) => [r.traceNumber, r.patientControlNumber, r.payerClaimControlNumber, stc(r)])).toEqual([
      ['ABCXYZ1', 'SM123456', '05347006051', ['P3:317']],
      ['ABCXYZ2', 'J0234567', '0529675341', ['F0:3']],
      ['ABCXYC3', 'MA345678', '051681010827', ['F2:88:QC']],
    ]);
    // The second F2:88:QC belongs to the claim's service line.
    expect(reports[2].lines.map((l) => [l.procedure?.code, l.chargeCents, l.statuses.map((s) => `${s.categoryCode}:${s.statusCode}:${s.entityCode}`)]))
      .toEqual([['99203', c('150.00'), ['F2:88:QC']]]);
    expect(reports.map((r) => [r.statuses[0].chargeCents, r.statuses[0].paidCents])).toEqual([[c('8513.88'), null], [c('7599.00'), c('7599.00')], [c('150.00'), 0]]);
    expect(reports[0].billType).toBe('111');
    expect(reports[2].patient?.entityCode).toBe('QC');
    expect(reports.some((r) => r.serviceDateFrom !== null && r.serviceDateFrom !== r.serviceDateTo)).toBe(true);
  });

  it('claim-level-status-ncpdp: RX code list qualifier', () => {
    const [r] = statusReports(parseFixture(`${L4H}claim-level-status-ncpdp.277`));
    expect([r.patientControlNumber, r.payerClaimControlNumber]).toEqual(['ABCXYZ1', '05347006051']);
    expect(r.statuses[0]).toMatchObject({ categoryCode: 'F2', statusCode: '80', entityCode: null, codeListQualifier: 'RX', chargeCents: c('85.00'), paidCents: 0 });
  });

  it('provider-level-status: one claim plus a provider-level E0:24:85', () => {
    const [r] = statusReports(parseFixture(`${L4H}provider-level-status.277`));
    expect([r.traceNumber, r.patientControlNumber, r.payerClaimControlNumber, stc(r)]).toEqual(['ABCXYZ1', 'SM123456', '05347006051', ['P3:317']]);
    const provider = levels(`${L4H}provider-level-status.277`).filter((l) => l.level === 'provider');
    expect(provider.map((l) => [l.traceNumber, l.statuses.map((s) => `${s.categoryCode}:${s.statusCode}:${s.entityCode}`)])).toEqual([['0', ['E0:24:85']]]);
  });

  it('information-receiver-level-status: no claims, E0:0 at the receiver level', () => {
    expect(statusReports(parseFixture(`${L4H}information-receiver-level-status.277`))).toEqual([]);
    const receiver = levels(`${L4H}information-receiver-level-status.277`).filter((l) => l.level === 'receiver');
    expect(receiver.map((l) => [l.traceNumber, l.statuses.map((s) => `${s.categoryCode}:${s.statusCode}`)])).toEqual([['ABC276XXX', ['E0:0']]]);
  });
});

describe('999 (imsweb)', () => {
  it('accepted: AK1 HC 17456, AK2 837 0001, IK5 A, AK9 A; IEA02 mismatch is a warning', () => {
    const result = parseFixture(`${IMS}837_5010/x12_999_accepted.txt`);
    const ack = acknowledgment(result);
    expect([ack.functionalId, ack.groupControlNumber, ack.groupStatus]).toEqual(['HC', '17456', 'A']);
    expect(ack.sets).toEqual([{ transactionSetId: '837', transactionControlNumber: '0001', status: 'accepted', statusCode: 'A', errorCodes: [], errors: [] }]);
    expect(codes(result.sets[0].warnings)).toEqual(['iea_control_mismatch']);
  });

  it('rejected: | component separator, IK3 NM*17 code 1, IK5 R 5, AK9 R', () => {
    const ack = acknowledgment(parseFixture(`${IMS}837_5010/x12_999_rejected.txt`));
    expect([ack.functionalId, ack.groupControlNumber, ack.groupStatus]).toEqual(['HC', '28', 'R']);
    expect(ack.sets).toHaveLength(1);
    expect(ack.sets[0]).toMatchObject({ transactionSetId: '837', transactionControlNumber: '0028', status: 'rejected', statusCode: 'R', errorCodes: ['5'] });
    expect(ack.sets[0].errors).toEqual([{ segmentId: 'NM', segmentPosition: '17', loopId: null, segmentErrorCode: '1', elementPosition: null, elementErrorCode: null, badValue: null, patientControlNumber: null }]);
  });
});

describe('999 error detail (synthetic)', () => {
  it('pairs IK4 with its IK3 and CTX claim, and flags a set without IK5', () => {
    const segs = [
      'ST*999*0001*005010X231A1', 'AK1*HC*17*005010X222A1',
      'AK2*837*0001', 'IK3*CLM*22*2300*8', 'CTX*CLM01:PCN-77', 'IK4*2**7*ABC', 'IK4*5:3**I12', 'IK3*NM1*30**3', 'IK5*R*5',
      'AK2*837*0002', 'AK9*P*2*2*0',
    ];
    const text = [...segs, `SE*${segs.length + 1}*0001`].join('~') + '~';
    const result = parseX12Text(text);
    const ack = acknowledgment(result);
    expect(ack.groupStatus).toBe('P');
    expect(ack.sets.map((s) => [s.transactionControlNumber, s.status, s.statusCode])).toEqual([['0001', 'rejected', 'R'], ['0002', 'rejected', '']]);
    expect(ack.sets[0].errors.map((e) => [e.segmentId, e.segmentPosition, e.loopId, e.segmentErrorCode, e.elementPosition, e.elementErrorCode, e.badValue, e.patientControlNumber])).toEqual([
      ['CLM', '22', '2300', '8', '2', '7', 'ABC', 'PCN-77'],
      ['CLM', '22', '2300', '8', '5:3', 'I12', null, 'PCN-77'],
      ['NM1', '30', null, '3', null, null, null, null],
    ]);
    expect(codes(ack.warnings)).toEqual(['missing_ik5']);
  });
});
