// 837 fixtures: the claim values each MANIFEST.md lists, claim type detection and the known quirks.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { c, codes, fixturePath, parseFixture, submissions } from './fixture-files.js';
import type { ClaimSubmission } from '../../../main/edi/model.js';

const P5 = 'LinuxForHealth__x12/837_005010X222A2/';
const I5 = 'LinuxForHealth__x12/837_005010X223A3/';
const P4 = 'LinuxForHealth__x12/837_004010X098A1/';
const I4 = 'LinuxForHealth__x12/837_004010X096A1/';
const IMS = 'imsweb__x12-parser/837_5010/';

function one(file: string): ClaimSubmission {
  const claims = submissions(parseFixture(file));
  expect(claims).toHaveLength(1);
  return claims[0];
}

const clm05 = (cl: ClaimSubmission) => `${cl.facilityCode ?? ''}:${cl.facilityCodeQualifier ?? ''}:${cl.frequencyCode}`;

// file, CLM01, CLM02, CLM05, billing provider (name, NPI), payer (name, id), lines, component mismatch
const PROFESSIONAL_5010: [string, string, string, string, string, string, string, string, number, boolean][] = [
  ['demo.ambulance.example5.837', '051068', '766.50', '41::1', 'AAA AMBULANCE SERVICE', '2366554859', 'MEDICARE PART B', '123245', 4, false],
  ['demo.autoaccident.837', '900000032', '185.00', '11:B:1', 'ASSOCIATED MEDICAL GROUP', '1253695747', 'HEISMAN INSURANCE COMPANY', '999888777', 2, false],
  ['demo.cob.2ndary.example4.837', '125WILL', '145.50', '11:B:1', 'GREENE', '1234567890', 'MEDICARE PART B MARYLAND', 'C12345', 1, true],
  ['demo.cob.example3.A.837', '26407789', '79.04', '11:B:1', 'KILDARE', '1999996666', 'KEY INSURANCE COMPANY', '999996666', 3, false],
  ['demo.cob.example3.B.837', '26407789', '79.04', '11:B:1', 'KILDARE', '1999996666', 'GREAT PRAIRIES HEALTH', '567890', 3, false],
  ['demo.cob.example3.C.837', '26407789', '79.04', '11:B:1', 'KILDARE', '1999996666', 'GREAT PRAIRIES HEALTH', '567890', 3, false],
  ['demo.cob.example4.837', '101KEN6055', '120.00', '11:B:1', 'SPECIALISTS', '0100000009', 'MEDICARE', '10234', 1, false],
  ['demo.drug.example10.1.837', 'CLMNO12345', '103.37', '11:B:1', 'Associates in Medicine', '1234567893', 'R&R Health Plan', 'PLANID12345', 2, false],
  ['demo.drug.example10.2.837', 'CLMNO12345', '2232.93', '12:B:1', 'Professional Home IV, LLC', '1234567893', 'R&R Health Plan', 'PLANID12345', 6, false],
  ['demo.drug.example10.3.837', 'CLMNO12345', '2232.93', '12:B:1', 'Professional Home IV, LLC', '1234567893', 'R&R Health Plan', 'PLANID12345', 6, false],
  ['demo.example1.837', '26463774', '100.00', '11:B:1', 'BEN KILDARE SERVICE', '1912301953', 'KEY INSURANCE COMPANY', '999996666', 4, false],
  ['demo.example11.837', 'ABC123-RI', '28.75', '11:B:1', 'HAPPY DOCTORS GROUP PRACTICE', '1234567890', 'EXTRA HEALTHY INSURANCE', '12345', 2, true],
  ['demo.example12.837', 'TS234H3', '252.71', '23:B:1', 'EMERGENCY PHYSICIANS GROUP', '1122334455', 'CONSERVATIVE INSURANCE', '00123', 1, true],
  ['demo.example2.837', '26462967', '100.00', '11:B:1', 'BEN KILDARE SERVICE', '9876543210', 'ALLIANCE HEALTH AND LIFE INSURANCE', '741234', 4, false],
  ['demo.example6.837', '125WILL', '145.50', '11:B:1', 'GREENE', '1234567890', 'MEDICARE PART B MARYLAND', 'C12345', 1, true],
  ['demo.example7.837', 'R03996273 #01', '520.24', '11:B:1', 'OXYGEN SUPPLY COMPANY', '9992233334', 'DMERC CARRIER', '99999', 2, false],
  ['demo.example8.837', 'SMI123', '75.00', '12:B:1', 'XYZ WHEELCHAIR INC', '7778889999', 'DMERC CARRIER', '99999', 1, false],
  ['demo.example9.837', '153829140', '827.00', '22:B:1', 'PROVIDER MEDICAL GROUP', '2366554859', 'ABC PAYER', '05440', 1, true],
];

describe('837P 5010 (LinuxForHealth)', () => {
  it.each(PROFESSIONAL_5010)('%s', (file, clm01, charge, composite, billing, npi, payer, payerId, lines, mismatch) => {
    const result = parseFixture(P5 + file);
    const cl = submissions(result)[0];
    expect(submissions(result)).toHaveLength(1);
    expect(cl.claimType).toBe('professional');
    expect([cl.patientControlNumber, cl.chargeCents, clm05(cl)]).toEqual([clm01, c(charge), composite]);
    expect([cl.billingProvider.lastOrOrgName, cl.billingProvider.npi]).toEqual([billing, npi]);
    expect([cl.payer.lastOrOrgName, cl.payer.id]).toEqual([payer, payerId]);
    expect(cl.lines).toHaveLength(lines);
    expect(cl.lines.reduce((sum, l) => sum + l.chargeCents, 0)).toBe(cl.chargeCents);
    expect(codes(cl.warnings).includes('component_separator_mismatch')).toBe(mismatch);
  });

  it('demo.example1: dependent patient, REF*D9, subscriber and patient differ', () => {
    const cl = one(`${P5}demo.example1.837`);
    expect(cl.clearinghouseTraceNumber).toBe('17312345600006351');
    expect(cl.patient.entityCode).toBe('QC');
    expect(cl.subscriber.entityCode).toBe('IL');
    expect(cl.relationshipCode).toBe('19');
  });

  it('demo.example2: patient is the subscriber', () => {
    const cl = one(`${P5}demo.example2.837`);
    expect(cl.patient).toBe(cl.subscriber);
    expect(cl.relationshipCode).toBe('18');
  });

  it('demo.autoaccident: rendering provider; example7: RD8 line dates', () => {
    expect(one(`${P5}demo.autoaccident.837`).renderingProvider?.entityCode).toBe('82');
    expect(one(`${P5}demo.example7.837`).lines.map((l) => [l.serviceDateFrom, l.serviceDateTo])).toEqual([['2005-03-21', '2005-03-21'], ['2005-03-21', '2005-03-21']]);
  });

  it('demo.drug.example10.2: NDC on lines; cob.example3.B: other-payer loops do not replace the payer', () => {
    expect(one(`${P5}demo.drug.example10.2.837`).lines.some((l) => l.ndc !== null)).toBe(true);
    const cl = one(`${P5}demo.cob.example3.B.837`);
    expect(cl.payer.id).toBe('567890');
    expect(cl.subscriber.lastOrOrgName).toBe('SMITH');
    expect(cl.subscriber.firstName).toBe('JACK');
    expect(cl.lines.map((l) => l.procedure?.code)).toEqual(['99213', '90782', 'J3301']);
  });
});

describe('837I 5010 (LinuxForHealth)', () => {
  it('institutional-claim: SV2 lines, DTP*434 statement period, diagnoses', () => {
    const cl = one(`${I5}institutional-claim.837i`);
    expect(cl.claimType).toBe('institutional');
    expect([cl.patientControlNumber, cl.chargeCents, clm05(cl)]).toEqual(['756048Q', c('89.93'), '14:A:1']);
    expect([cl.billingProvider.lastOrOrgName, cl.billingProvider.npi, cl.payer.lastOrOrgName, cl.payer.id]).toEqual(['JONES HOSPITAL', '9876540809', 'MEDICARE B', '00435']);
    expect(cl.lines).toHaveLength(2);
    expect(cl.lines.every((l) => l.revenueCode !== null)).toBe(true);
    expect(cl.statementFrom).not.toBeNull();
    expect(cl.statementTo).not.toBeNull();
    expect(cl.diagnosisCodes.length).toBeGreaterThan(0);
  });

  it.each([
    ['out-of-network-repriced-claim.837i', 'W392-49141', '14.84', 'LOCAL HOSPITAL', '1122334455', 'CONSERVATIVE INSURANCE', '0012', '32423466233'],
    ['ppo-repriced-claim.837i', '456DFH43', '237.50', 'GOOD HEALTH HOSPITAL', '1257234346', 'LOCAL INSURANCE COMPANY', '7452723', '04566877634343456'],
  ])('%s: > composite read as 13:A:1, REF*D9', (file, clm01, charge, billing, npi, payer, payerId, d9) => {
    const cl = one(I5 + file);
    expect([cl.patientControlNumber, cl.chargeCents, clm05(cl), cl.clearinghouseTraceNumber]).toEqual([clm01, c(charge), '13:A:1', d9]);
    expect([cl.billingProvider.lastOrOrgName, cl.billingProvider.npi, cl.payer.lastOrOrgName, cl.payer.id]).toEqual([billing, npi, payer, payerId]);
    expect(codes(cl.warnings)).toContain('component_separator_mismatch');
  });

  it('out-of-network-repriced-claim: DTP*435 admission date', () => {
    expect(one(`${I5}out-of-network-repriced-claim.837i`).admissionDate).not.toBeNull();
  });

  it('two-claims-single-provider: two subscribers, one claim each, total 139.95', () => {
    const claims = submissions(parseFixture(`${I5}two-claims-single-provider.837i`));
    expect(claims.map((cl) => [cl.patientControlNumber, cl.chargeCents, clm05(cl)])).toEqual([['756048Q', c('89.95'), '13:A:1'], ['756049Q', c('50.00'), '13:A:1']]);
    expect(claims.map((cl) => [cl.billingProvider.lastOrOrgName, cl.billingProvider.npi, cl.payer.lastOrOrgName, cl.payer.id]))
      .toEqual([['JONES HOSPITAL', '1234567890', 'TRICARE', '99999'], ['JONES HOSPITAL', '1234567890', 'TRICARE', '99999']]);
    expect(claims[0].subscriber.id).not.toBe(claims[1].subscriber.id);
  });
});

describe('837 4010 (LinuxForHealth): version detection and values', () => {
  it.each([
    [`${P4}coordination-of-benefits.837`, 'professional', '26407789', '79.04', '11::1', 3],
    [`${P4}dependent-commercial-insurance-01.837`, 'professional', '686868686', '245.00', '11::1', 6],
    [`${P4}dependent-commercial-insurance-02.837`, 'professional', '888228888', '405.00', '11::1', 4],
    [`${P4}dependent-commercial-insurance-03.837`, 'professional', '900000032', '185.00', '11::1', 2],
    [`${P4}patient-is-dependent.837`, 'professional', '26463774', '100.00', '11::1', 4],
    [`${P4}patient-is-subscriber.837`, 'professional', '26462967', '100.00', '11::1', 4],
    [`${I4}automobile-accident.837`, 'institutional', '6721', '545.00', '13:A:1', 4],
    [`${I4}homeowners.837`, 'institutional', '67129', '450.00', '13:A:1', 3],
    [`${I4}institutional-ppo-repriced.837`, 'institutional', '72255589', '2593.69', '11:A:1', 5],
    [`${I4}institutional.837`, 'institutional', '756048Q', '89.93', '14:A:1', 2],
    [`${I4}workers-compensation.837`, 'institutional', '67188', '350.00', '13:A:1', 3],
  ])('%s', (file, type, clm01, charge, composite, lines) => {
    const cl = one(file);
    expect([cl.claimType, cl.patientControlNumber, cl.chargeCents, clm05(cl)]).toEqual([type, clm01, c(charge), composite]);
    expect(cl.lines).toHaveLength(lines);
    expect(cl.envelope.version.startsWith('00401')).toBe(true);
  });

  it('patient-is-dependent / patient-is-subscriber carry REF*D9; institutional-ppo-repriced has 434/435 dates', () => {
    expect(one(`${P4}patient-is-dependent.837`).clearinghouseTraceNumber).not.toBeNull();
    expect(one(`${P4}patient-is-subscriber.837`).clearinghouseTraceNumber).not.toBeNull();
    const cl = one(`${I4}institutional-ppo-repriced.837`);
    expect([cl.statementFrom !== null, cl.statementTo !== null, cl.admissionDate !== null]).toEqual([true, true, true]);
  });

  it('keeps UTF-8 text intact (curly apostrophe) and byte offsets exact', () => {
    const result = parseFixture(`${I4}homeowners.837`);
    const cl = submissions(result)[0];
    expect(cl.billingProvider.name).toContain('DUFFER’S');
    expect(result.sets[0].raw).toContain('DUFFER’S');
    const bytes = readFileSync(fixturePath(`${I4}homeowners.837`));
    const clmAt = cl.location.byteOffset;
    expect(bytes.subarray(clmAt, clmAt + 4).toString('latin1')).toBe('CLM*');
  });
});

describe('837 moov-io fixtures', () => {
  it('837D: SV3 lines with tooth and surfaces, dependent patient, rendering provider', () => {
    const cl = one('moov-io__x12/example_5010_837d/sample.txt');
    expect(cl.claimType).toBe('dental');
    expect([cl.patientControlNumber, cl.chargeCents, clm05(cl)]).toEqual(['26403774', c('150'), '11:B:1']);
    expect([cl.billingProvider.lastOrOrgName, cl.billingProvider.npi, cl.payer.lastOrOrgName, cl.payer.id]).toEqual(['DENTAL ASSOCIATES', '1234567890', 'INSURANCE COMPANY XYZ', '66783JJT']);
    expect([cl.patient.entityCode, cl.relationshipCode, cl.clearinghouseTraceNumber]).toEqual(['QC', '19', '17312345600006351']);
    expect([cl.renderingProvider?.lastOrOrgName, cl.renderingProvider?.npi]).toEqual(['KILDARE', '9876543210']);
    expect(cl.lines.map((l) => [l.procedure?.qualifier, l.procedure?.code, l.chargeCents, l.toothNumber, l.toothSurfaces]))
      .toEqual([['AD', 'D2150', c('100'), '12', ['M', 'O']], ['AD', 'D1110', c('50'), null, []]]);
    expect(cl.lines[0].serviceDateFrom).toBe('2006-10-29'); // claim-level DTP*472 applies to its lines
  });

  it('837P: component separator <, 8 claims under 8 subscribers, duplicate CLM01', () => {
    const claims = submissions(parseFixture('moov-io__x12/example_5010_837p/sample.txt'));
    expect(claims.map((cl) => [cl.patientControlNumber, cl.chargeCents])).toEqual([
      ['1029353-03', c('553.96')], ['1029353-03', c('174')], ['1-1180', c('174')], ['1-1181', c('174')],
      ['1-1182', c('174')], ['1-1183', c('174')], ['1029353-03', c('174')], ['1029353-03', c('174')],
    ]);
    expect(claims.reduce((s, cl) => s + cl.chargeCents, 0)).toBe(c('1771.96'));
    expect(claims[0].lines.map((l) => l.chargeCents)).toEqual([c('31.96'), c('174'), c('174'), c('174')]);
    expect(claims.every((cl) => cl.billingProvider.npi === '1215954003' && cl.billingProvider.lastOrOrgName === 'BILLING PROVIDER')).toBe(true);
    expect(claims.every((cl) => cl.payToProvider !== null && clm05(cl) === '11:B:1')).toBe(true);
    expect(claims[0].lines[0].procedure).toEqual({ qualifier: 'HC', code: '87086', modifiers: [] });
    expect(claims[0].diagnosisCodes[0]).toEqual({ qualifier: 'BK', code: '6268' });
    expect(new Set(claims.filter((cl) => cl.patientControlNumber === '1029353-03').map((cl) => cl.payer.id))).toEqual(new Set(['XX123A', '12CCCA', '12345']));
    expect(claims.every((cl) => cl.warnings.every((w) => w.code !== 'claim_charge_mismatch'))).toBe(true);
    expect(claims.some((cl) => cl.referringProvider !== null && cl.serviceFacility !== null && cl.renderingProvider !== null)).toBe(true);
  });
});

describe('837 imsweb fixtures', () => {
  it('x12_valid: values the repo asserts', () => {
    const result = parseFixture(`${IMS}x12_valid.txt`);
    const claims = submissions(result);
    expect(result.sets[0].envelope).toMatchObject({ interchangeDate: '2003-01-01', transactionControlNumber: '987654', senderId: 'SUBMITTERS.ID' });
    expect(claims.map((cl) => cl.patientControlNumber)).toEqual(['A37YH556', 'A37YH667']);
    expect(claims.map((cl) => cl.groupNumber)).toEqual(['SUBSCRIBER GROUP', 'SUBSCRIBER GROUP TWO']);
    expect(claims.map((cl) => cl.payer.name)).toEqual(['HEALTH INSURANCE COMPANY', 'HEALTH INSURANCE COMPANY TWO']);
    expect(claims[0].billingProvider.address?.postalCode).toBe('20705');
    expect(claims[0].subscriber.id).toBe('123456');
    expect(claims.map((cl) => cl.diagnosisCodes.map((d) => `${d.qualifier}:${d.code}`))).toEqual([['BK:8901', 'BF:87200', 'BF:5559'], ['BK:1987', 'BF:4134', 'BF:5559']]);
    expect(claims.map((cl) => cl.lines[0].procedure)).toEqual([
      { qualifier: 'HC', code: '99211', modifiers: ['25'] }, { qualifier: 'HC', code: '478331', modifiers: ['25'] },
    ]);
    expect(claims.map((cl) => [cl.lines[0].serviceDateFrom, cl.lines[0].serviceDateTo])).toEqual([['2005-03-14', '2005-03-25'], ['2005-03-22', '2005-03-25']]);
    expect(claims.map((cl) => [cl.chargeCents, clm05(cl)])).toEqual([[50000, '11:B:1'], [50000, '11:B:1']]);
    // Known defect: CLM02 500 vs line charges 12.25, and SE01 25 is wrong.
    expect(codes(claims[0].warnings)).toEqual(expect.arrayContaining(['claim_charge_mismatch', 'malformed_hi']));
    expect(codes(result.sets[0].warnings)).toContain('se_count_mismatch');
  });

  it('x12_valid_different_separators reads the same as x12_valid', () => {
    const strip = (r: ReturnType<typeof parseFixture>) => submissions(r).map((cl) => ({ ...cl, location: undefined, warnings: codes(cl.warnings) }));
    expect(strip(parseFixture(`${IMS}x12_valid_different_separators.txt`))).toEqual(strip(parseFixture(`${IMS}x12_valid.txt`)));
  });

  it.each([
    ['x12_multiple_isa.txt', 2, ['A37YH556', 'A37YH667', 'A37YH5561', 'A37YH6672'], 2000],
    ['x12_multiple_gs.txt', 3, null, 3000],
    ['x12_multiple_st.txt', 2, null, 2000],
    ['x12_complex.txt', 2, ['A37YH556', 'A37YH667', 'A37YH668', 'A37YH556', 'A37YH667', 'A37YH668'], 3000],
    ['x12_many_claims.txt', 1, null, 410000],
    ['x12_multiple_transactions.txt', 312, null, 312000],
    ['x12_no_errors.txt', 1, ['A37YH556', 'A37YH556'], 1000],
    ['x223-test.txt', 1, ['A37YH556'], 500],
    ['x12_bad_first_line.txt', 1, null, 1000],
    ['x12_no_isa_line.txt', 1, null, 1000],
  ])('%s: %i sets', (file, sets, ids, total) => {
    const result = parseFixture(IMS + file);
    expect(result.sets).toHaveLength(sets);
    const claims = submissions(result);
    if (ids) expect(claims.map((cl) => cl.patientControlNumber)).toEqual(ids);
    expect(claims.reduce((s, cl) => s + cl.chargeCents, 0)).toBe(c(String(total)));
  });

  it('x12_multiple_gs / x12_multiple_st: per-group and per-set values', () => {
    const gs = submissions(parseFixture(`${IMS}x12_multiple_gs.txt`));
    expect(gs).toHaveLength(6);
    expect(gs[0].payToProvider?.address?.city).toBe('GREENBELT');
    expect(gs[2].payToProvider?.address?.city).toBe('COLLEGE PARK');
    expect([gs[2].lines[0].serviceDateFrom, gs[3].lines[0].serviceDateFrom]).toEqual(['2005-03-14', '2001-05-23']);
    const st = submissions(parseFixture(`${IMS}x12_multiple_st.txt`));
    expect([st[0].payToProvider?.address?.line1, st[2].payToProvider?.address?.line1]).toEqual(['227 LASTNER LANE', '21 CRAMER PATH']);
    expect([st[1].payer.name, st[3].payer.name]).toEqual(['HEALTH INSURANCE COMPANY TWO', 'AN INSURANCE COMPANY']);
  });

  it('x12_complex: patient level under a subscriber, rendering provider; x223: institutional with two 2320 loops', () => {
    const complex = submissions(parseFixture(`${IMS}x12_complex.txt`));
    expect(complex.some((cl) => cl.patient !== cl.subscriber && cl.patient.entityCode === 'QC')).toBe(true);
    const x223 = one(`${IMS}x223-test.txt`);
    expect(x223.claimType).toBe('institutional');
    expect(x223.groupNumber).toBe('SUBSCRIBER GROUP');
    expect(x223.payer.name).not.toMatch(/AETNA|ANOTHER NAME/);
  });

  it('x12_ambiguous_loop: line-level rendering provider stays on the line', () => {
    const cl = one(`${IMS}x12_ambiguous_loop.txt`);
    expect(cl.renderingProvider).toBeNull();
    expect(cl.lines.some((l) => l.renderingProvider?.lastOrOrgName === 'PERSON')).toBe(true);
  });

  it('x12_missing_elements: second claim without CLM05 defaults the frequency', () => {
    const claims = submissions(parseFixture(`${IMS}x12_missing_elements.txt`));
    expect(claims[1].facilityCode).toBeNull();
    expect(claims[1].frequencyCode).toBe('1');
  });

  it('x12_loop_errors3_missing_loops: missing billing provider is a warning, not a crash', () => {
    const cl = one(`${IMS}x12_loop_errors3_missing_loops.txt`);
    expect(codes(cl.warnings)).toContain('missing_billing_provider');
    expect(cl.billingProvider.name).toBe('');
  });

  it('x12_missing_required_loop_in_one_repeat: missing subscriber is a warning on that claim', () => {
    const claims = submissions(parseFixture(`${IMS}x12_missing_required_loop_in_one_repeat.txt`));
    expect(claims.some((cl) => codes(cl.warnings).includes('missing_subscriber'))).toBe(true);
  });
});
