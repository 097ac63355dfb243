// 835 fixtures: every value their MANIFEST.md lists, plus the quirks they carry.
import { describe, expect, it } from 'vitest';
import { c, codes, parseFixture, remittances } from './fixture-files.js';
import type { ClaimPayment, Remittance } from '../../../main/edi/model.js';

const L4H = 'LinuxForHealth__x12/835_005010X221A1/';
const KS = 'keironstoddart__edi-835-parser/test_edi_835_files/';
const MOOV = 'moov-io__x12/example_5010_835/';

function only(file: string): Remittance {
  const r = remittances(parseFixture(file));
  expect(r).toHaveLength(1);
  return r[0];
}

function claimRow(cl: ClaimPayment) {
  return [cl.patientControlNumber, cl.statusCode, cl.chargeCents, cl.paidCents, cl.patientResponsibilityCents, cl.payerClaimControlNumber];
}

function lineRows(cl: ClaimPayment) {
  return cl.lines.map((l) => [l.procedure?.code, l.chargeCents, l.paidCents, l.adjustments.map((a) => `${a.group}-${a.reason} ${a.amountCents}`).join(' ')]);
}

const allFindings = (r: Remittance) => [...r.findings, ...r.claims.flatMap((cl) => cl.findings)];

describe('835 LinuxForHealth fixtures', () => {
  it('cob-contractural-adjustment: > composite, negative CAS, balances', () => {
    const r = only(`${L4H}cob-contractural-adjustment.835`);
    expect([r.handlingCode, r.paymentCents, r.paymentMethod, r.traceNumber]).toEqual(['I', c('34.00'), 'CHK', '0063158ABC']);
    expect(r.claims.map(claimRow)).toEqual([['0001000055', '2', c('541.00'), c('34.00'), 0, '50650619501']]);
    const cl = r.claims[0];
    expect(cl.lines[0].procedure).toEqual({ qualifier: 'HC', code: '55669', modifiers: [] });
    const adj = [...cl.adjustments, ...cl.lines.flatMap((l) => l.adjustments)].map((a) => [a.group, a.reason, a.amountCents]);
    expect(adj).toEqual(expect.arrayContaining([['OA', '23', c('516.00')], ['OA', '94', c('-9.00')]]));
    expect(cl.renderingProvider?.idQualifier).toBe('BS');
    expect(codes(r.warnings)).toContain('component_separator_mismatch');
    expect(allFindings(r)).toEqual([]);
  });

  it('managed-care: invalid BPR16 date, old CARC A2, DTM 150/151 line periods', () => {
    const r = only(`${L4H}managed-care.835`);
    expect([r.handlingCode, r.paymentCents, r.paymentMethod, r.traceNumber]).toEqual(['I', c('945.00'), 'ACH', '7170066655']);
    expect(r.paymentDate).toBeNull();
    expect(r.warnings.find((w) => w.code === 'invalid_date')?.location).toMatchObject({ segmentId: 'BPR', element: 16 });
    expect(r.claims.map(claimRow)).toEqual([
      ['5554555444', '1', c('800.00'), c('450.00'), c('300.00'), '94060555410000'],
      ['8765432112', '1', c('1200.00'), c('495.00'), c('600.00'), '94077799230000'],
    ]);
    expect(r.claims[0].adjustments.map((a) => `${a.group}-${a.reason}`)).toContain('CO-A2');
    const line = r.claims[0].lines[0];
    expect(line.serviceDateFrom).not.toBeNull();
    expect(line.serviceDateTo).not.toBeNull();
    expect(r.claims.flatMap((cl) => cl.findings).filter((f) => f.level === 'claim')).toEqual([]);
    expect(r.findings).toEqual([]);
  });

  it('medicare-part-a: no lines, MIA/MOA, QTY, negative PLB CV:CP balances the transaction', () => {
    const r = only(`${L4H}medicare-part-a.835`);
    expect([r.handlingCode, r.paymentCents, r.paymentMethod, r.traceNumber]).toEqual(['C', c('150000.00'), 'ACH', '12345']);
    expect(r.claims.map(claimRow)).toEqual([
      ['666123', '1', c('211366.97'), c('138018.40'), 0, '1999999444444'],
      ['777777', '1', c('15000.00'), c('11980.33'), 0, '1999999444445'],
    ]);
    expect(r.claims.every((cl) => cl.lines.length === 0)).toBe(true);
    expect(r.providerAdjustments).toEqual([{ providerId: '6543210903', fiscalPeriodDate: '2002-12-31', reasonCode: 'CV', reference: 'CP', amountCents: -127 }]);
    expect(r.claims[1].remarkCodes).toEqual(['MA02']);
    expect(r.claims[0].quantities).toEqual([{ qualifier: 'CA', value: '8.00' }]);
    expect([r.claims[0].statementFrom, r.claims[0].statementTo]).toEqual(['2002-08-16', '2002-08-24']);
    expect(allFindings(r)).toEqual([]);
  });

  it('secondary-payment: status 2 claims, > composite with modifier, two CAS triples', () => {
    const r = only(`${L4H}secondary-payment.835`);
    expect([r.handlingCode, r.paymentCents, r.paymentMethod, r.traceNumber]).toEqual(['I', c('1222.00'), 'CHK', '0012524965']);
    expect(r.claims.map(claimRow)).toEqual([
      ['L0004828311', '2', c('10323.64'), c('912.00'), 0, '05090256390'],
      ['0001000053', '2', c('751.50'), c('310.00'), c('220.00'), '05630626430'],
    ]);
    const procedures = r.claims.flatMap((cl) => cl.lines.map((l) => l.procedure));
    expect(procedures).toContainEqual({ qualifier: 'HC', code: '12345', modifiers: ['26'] });
    const triples = r.claims.flatMap((cl) => [...cl.adjustments, ...cl.lines.flatMap((l) => l.adjustments)]).map((a) => `${a.group}-${a.reason} ${a.amountCents}`);
    expect(triples).toEqual(expect.arrayContaining([`PR-1 ${c('150.00')}`, `PR-2 ${c('70.00')}`]));
    expect(allFindings(r)).toEqual([]);
  });

  it('tertiary-payment: malformed SVC is read shifted, with a warning', () => {
    const r = only(`${L4H}tertiary-payment.835`);
    expect([r.handlingCode, r.paymentCents, r.traceNumber]).toEqual(['I', c('187.50'), '0012524879']);
    expect(r.claims.map(claimRow)).toEqual([['0001000054', '3', c('1766.50'), c('187.50'), 0, '50580155533']]);
    const line = r.claims[0].lines[0];
    expect([line.procedure?.code, line.chargeCents, line.paidCents, line.unitsPaid]).toEqual(['24599.00', c('1766.50'), c('187.50'), '1']);
    expect(r.warnings.find((w) => w.code === 'malformed_svc')?.location).toMatchObject({ segmentId: 'SVC', element: 1 });
    expect(line.allowedCents).toBe(c('1700.00'));
    expect(allFindings(r)).toEqual([]);
  });
});

describe('835 keironstoddart fixtures', () => {
  it('blue_cross_nc: bare ST without envelope, empty SVC amounts, 6R refs, allowed amounts', () => {
    const result = parseFixture(`${KS}blue_cross_nc_sample.txt`);
    expect(codes(result.sets[0].warnings)).toEqual(expect.arrayContaining(['no_envelope', 'se_count_mismatch']));
    const r = remittances(result)[0];
    expect([r.handlingCode, r.paymentCents, r.paymentMethod, r.paymentDate, r.traceNumber]).toEqual(['I', c('1922.86'), 'CHK', '2011-01-08', '02790758']);
    expect(r.payer.name).toBe('BLUE CROSS AND BLUE SHIELD OF NORTH CAROLINA');
    expect([r.payee.name, r.payee.npi]).toEqual(['XYZ HEALTHCARE CORPORATION', '0987654321']);
    const cl = r.claims[0];
    expect(claimRow(cl)).toEqual(['200200964A52', '1', c('2100'), c('1922.86'), c('142.54'), '94151100100']);
    expect(cl.filingIndicator).toBe('15');
    expect(cl.patient?.name).toBe('Dough, Mary'); // lower-case data is kept as sent
    expect(cl.patient?.id).toBe(' YPB123456789001');
    expect(lineRows(cl)).toEqual([
      ['59430', c('1210'), c('1057.86'), `CO-42 ${c('34.60')} PR-2 ${c('117.54')}`],
      ['59440', c('890'), c('865'), `PR-3 ${c('25.00')}`],
      ['59426', 0, 0, ''],
    ]);
    expect(cl.lines.map((l) => l.allowedCents)).toEqual([c('1175.40'), null, c('742')]);
    expect(cl.lines.map((l) => l.lineControlNumber)).toEqual(['0001', '0002', '0003']);
    expect(cl.lines[2].originalUnits).toBe('742');
    expect(cl.lines[0].serviceDateFrom).toBe('2010-12-31');
    expect(codes(r.warnings)).toContain('missing_amount');
    expect(allFindings(r)).toEqual([]);
  });

  it('emedny: three claims share CLP01, told apart by CLP07; 10 lines; N206 remarks', () => {
    const r = only(`${KS}emedny_sample.txt`);
    expect([r.handlingCode, r.paymentCents, r.creditDebit, r.paymentMethod, r.paymentDate, r.traceNumber]).toEqual(['I', c('45.75'), 'C', 'ACH', '2010-01-01', '10100000000']);
    expect(r.payer.name).toBe('NYSDOH');
    expect([r.payee.name, r.payee.npi]).toEqual(['MAJOR MEDICAL PROVIDER', '9999999995']);
    expect(r.claims.map(claimRow)).toEqual([
      ['PATIENT ACCOUNT NUMBER', '1', c('34.25'), c('34.25'), 0, '1000210000000030'],
      ['PATIENT ACCOUNT NUMBER', '2', c('34.00'), 0, 0, '1000220000000020'],
      ['PATIENT ACCOUNT NUMBER', '2', c('34.25'), c('11.50'), 0, '1000230000000020'],
    ]);
    expect(r.claims.map(lineRows)).toEqual([
      [['V2020', 600, 600, ''], ['V2700', 275, 275, ''], ['V2103', 550, 550, ''], ['S0580', 2000, 2000, '']],
      [['V2020', 1200, 0, 'CO-29 1200'], ['V2103', 2200, 0, 'CO-29 2200']],
      [['V2020', 600, 600, ''], ['V2103', 550, 550, ''], ['V2700', 275, 0, 'CO-251 275'], ['S0580', 2000, 0, 'CO-251 2000']],
    ]);
    expect(r.claims[0].lines[0].procedure?.modifiers).toEqual(['RB']);
    expect(r.claims[2].lines.map((l) => l.remarkCodes)).toEqual([[], [], ['N206'], ['N206']]);
    expect(r.claims[2].lines[1].serviceDateFrom).toBe('2013-09-17');
    expect(r.claims[0].patient?.name).toBe('SUBMITTED LAST, SUBMITTED FIRST');
    expect(r.claims[0].correctedPatient?.name).toBe('CORRECTED LAST, CORRECTED FIRST');
    expect(r.claims.reduce((sum, cl) => sum + cl.paidCents, 0)).toBe(r.paymentCents);
    expect(allFindings(r)).toEqual([]);
  });

  it('united_healthcare_legacy: > as ISA16, two CAS triples in one segment, 6R refs and allowed', () => {
    const r = only(`${KS}united_healthcare_legacy_sample.txt`);
    expect([r.handlingCode, r.paymentCents, r.paymentMethod, r.paymentDate, r.traceNumber]).toEqual(['I', c('349.99'), 'ACH', '2021-02-04', '1234567890']);
    expect([r.payer.name, r.payer.id]).toEqual(['UNITED HEALTHCARE INSURANCE COMPANY', '87726']);
    expect([r.payee.name, r.payee.npi, r.payee.taxId]).toEqual(['KLAUS MEDICAL CENTER', '1922164458', '333333333']);
    expect(r.claims.map(claimRow)).toEqual([
      ['001-18573-358', '1', c('341.28'), c('88.92'), c('105.26'), 'ATL2819897200'],
      ['001-18604-358', '1', c('816.24'), c('261.07'), c('115.13'), 'ATL2819897800'],
    ]);
    expect(r.claims.map((cl) => [cl.facilityCode, cl.frequencyCode])).toEqual([['12', '1'], ['12', '1']]);
    expect(r.claims.map(lineRows)).toEqual([
      [['B4152', c('156.42'), c('88.92'), `CO-45 ${c('67.50')}`], ['B4152', c('184.86'), 0, `PR-1 ${c('105.26')} CO-45 ${c('79.60')}`]],
      [['B4154', c('459.90'), c('204.18'), `CO-45 ${c('255.72')}`], ['B4034', c('27.84'), c('27.84'), ''],
        ['B4154', c('328.50'), c('29.05'), `PR-2 ${c('5.13')} PR-1 ${c('110.00')} CO-45 ${c('184.32')}`]],
    ]);
    const lines = r.claims.flatMap((cl) => cl.lines);
    expect(lines.map((l) => l.allowedCents)).toEqual([c('88.92'), c('105.26'), c('204.18'), c('27.84'), c('144.18')]);
    expect(lines.map((l) => l.lineControlNumber)).toEqual(['800941258001', '800941258002', '123456789012', '123456789013', '123456789014']);
    expect(r.claims[0].patient?.name).toBe('MR, COOL');
    expect(allFindings(r)).toEqual([]);
  });
});

describe('835 moov-io fixtures (dirty real-world shape)', () => {
  it('sample1: two sets, > component, ISA11 U, negative notification BPR, one unbalanced claim', () => {
    const result = parseFixture(`${MOOV}sample1.txt`);
    const [a, b] = remittances(result);
    expect(result.sets.map((s) => s.envelope.transactionControlNumber)).toEqual(['0001', '0002']);
    expect(result.sets[0].envelope.senderId).toBe('54704');
    expect(result.sets[0].envelope.receiverId).toBe('PB000022');
    for (const r of [a, b]) {
      expect([r.handlingCode, r.paymentMethod, r.traceNumber]).toEqual(['H', 'NON', '0000010305']);
      expect(codes(r.warnings)).toContain('negative_payment');
      const cl = r.claims[0];
      expect([cl.patientControlNumber, cl.payerClaimControlNumber, cl.statusCode, cl.paidCents, cl.patientResponsibilityCents]).toEqual(['9999999', '999999999999', '4', 0, c('385.20')]);
      expect([cl.filingIndicator, cl.facilityCode, cl.frequencyCode]).toEqual(['12', '13', '2']);
      expect(r.providerAdjustments[0]).toMatchObject({ providerId: 'NPI Number', reasonCode: '50', reference: '111' });
      expect(r.findings).toEqual([]);
    }
    expect([a.paymentCents, b.paymentCents]).toEqual([c('-6173.5'), c('-6173.4')]);
    expect([a.claims[0].chargeCents, b.claims[0].chargeCents]).toEqual([c('385.21'), c('385.20')]);
    expect(a.claims[0].lines[0]).toMatchObject({ procedure: { qualifier: 'HC', code: '97001' }, chargeCents: c('385.21'), paidCents: 1, revenueCode: '0424' });
    expect(a.claims[0].adjustments.concat(a.claims[0].lines[0].adjustments).map((x) => `${x.group}-${x.reason} ${x.amountCents}`)).toEqual([`PR-27 ${c('385.20')}`]);
    expect(a.providerAdjustments[0].amountCents).toBe(c('6173.5'));
    expect(a.claims[0].findings.map((f) => [f.level, f.differenceCents])).toEqual([['claim', 1]]);
    expect(b.claims[0].findings).toEqual([]);
  });

  it('sample2: invalid BPR16, claim pays more than its line, line balances', () => {
    const r = only(`${MOOV}sample2.txt`);
    expect([r.handlingCode, r.paymentCents, r.paymentMethod, r.paymentDate, r.traceNumber]).toEqual(['I', c('4000.00'), 'ACH', null, '822070000341871']);
    expect(codes(r.warnings)).toContain('invalid_date');
    expect(r.payer.name).toContain('BCBS SC');
    expect([r.payee.name, r.payee.npi]).toEqual(['SPRINGHILL MEMORIAL HOSPITAL', '1003814971']);
    const cl = r.claims[0];
    expect(claimRow(cl)).toEqual(['1234567-001', '1', c('4199.68'), c('4000.00'), c('1201.68'), 'EDY1X1D880000']);
    expect(cl.filingIndicator).toBe('13');
    expect(lineRows(cl)).toEqual([['74176', c('4199.68'), c('2998.00'), `PR-1 ${c('1199.68')} PR-2 ${c('2.00')}`]]);
    expect(cl.lines[0].adjustments[1].quantity).toBe('4');
    expect(cl.findings.map((f) => [f.level, f.expectedCents, f.actualCents])).toEqual([['claim', c('199.68'), c('1201.68')]]);
    expect(r.findings).toEqual([]);
  });
});
