// Sample inputs for the PDF renderers, shaped like the store's read models (ClaimDetail, report rows).
import type { RemittanceAdvice } from '../../../main/export/pdf/remittance-model.js';
import type { ReportPack } from '../../../main/export/pdf/report-pack-pdf.js';
import type { ClaimDetail, WaterfallBlock } from '../../../shared/domain/claim-detail.js';

const block = (over: Partial<WaterfallBlock>): WaterfallBlock => ({
  chargeCents: 0, contractualCents: 0, allowedCents: 0, deductibleCents: 0, coinsuranceCents: 0, copayCents: 0,
  otherPatientCents: 0, paidCents: 0, otherAdjustmentCents: 0, adjustments: [], remarks: [], differenceCents: 0, ...over,
});

export function sampleClaimDetail(): ClaimDetail {
  return {
    claim: {
      id: '42', patientControlNumber: 'PCN-26110401', payerClaimControlNumber: '1126110400017', patientName: 'DOE, JANE A',
      memberId: 'XYZ123456789', payerId: '87726', payerName: 'UNITED HEALTHCARE', billingNpi: '1234567893', billingName: 'RIVERSIDE FAMILY CLINIC',
      renderingNpi: '1982736450', renderingName: 'SMITH, ALAN', claimType: 'professional', frequencyCode: '1', status: 'paid', flags: [],
      serviceDateFrom: '2026-11-04', serviceDateTo: '2026-11-04', submittedAt: '2026-11-05T09:12:00Z', paidAt: '2026-11-19T00:00:00Z',
      lastEventAt: '2026-11-19T00:00:00Z', chargeCents: 25000, allowedCents: 18000, paidCents: 13000, patientResponsibilityCents: 5000, followUpDate: null,
    },
    statusMeaning: 'Paid: the payer adjudicated the claim and paid $130.00; $50.00 is the patient\'s share.',
    patient: { name: 'DOE, JANE A', memberId: 'XYZ123456789', birthDate: '1984-03-12' },
    subscriber: { name: 'DOE, JANE A', id: 'XYZ123456789' },
    payer: { name: 'UNITED HEALTHCARE', id: '87726' },
    billingProvider: { name: 'RIVERSIDE FAMILY CLINIC', id: '1234567893' },
    renderingProvider: { name: 'SMITH, ALAN', id: '1982736450' },
    timeline: [
      { id: 'e1', kind: '837', at: '2026-11-05T09:12:00Z', title: 'Submitted (837P, original)', detail: 'Batch 0001', tone: 'info', codes: [], amountCents: 25000, transactionId: '1' },
      { id: 'e2', kind: '999', at: '2026-11-05T09:40:00Z', title: 'Accepted by the clearinghouse', detail: null, tone: 'ok', codes: [{ system: 'ACK', code: 'A', text: 'Accepted' }], amountCents: null, transactionId: '2' },
      { id: 'e3', kind: '277CA', at: '2026-11-06T14:05:00Z', title: 'Accepted by the payer', detail: null, tone: 'ok', codes: [{ system: 'STATUS_CATEGORY', code: 'A1', text: 'Acknowledgement/Receipt: the claim has been received.' }], amountCents: null, transactionId: '3' },
      { id: 'e4', kind: '835', at: '2026-11-19T00:00:00Z', title: 'Paid $130.00', detail: 'EFT 1TRN0045512', tone: 'ok', codes: [{ system: 'CLAIM_STATUS', code: '1', text: 'Processed as primary' }], amountCents: 13000, transactionId: '4' },
    ],
    waterfall: {
      adjudicated: true,
      claim: block({
        chargeCents: 25000, contractualCents: 7000, allowedCents: 18000, deductibleCents: 2000, coinsuranceCents: 3000, paidCents: 13000,
        adjustments: [
          { group: 'CO', reason: '45', text: 'Charge exceeds fee schedule/maximum allowable or contracted/legislated fee arrangement.', amountCents: 7000 },
          { group: 'PR', reason: '1', text: 'Deductible amount.', amountCents: 2000 },
          { group: 'PR', reason: '2', text: 'Coinsurance amount.', amountCents: 3000 },
        ],
        remarks: [{ system: 'RARC', code: 'N130', text: 'Consult plan benefit documents/guidelines for information about restrictions for this service.' }],
      }),
      lines: [
        { ...block({ chargeCents: 15000, contractualCents: 4000, allowedCents: 11000, deductibleCents: 2000, coinsuranceCents: 1800, paidCents: 7200,
          adjustments: [{ group: 'CO', reason: '45', text: 'Charge exceeds fee schedule.', amountCents: 4000 }, { group: 'PR', reason: '1', text: 'Deductible amount.', amountCents: 2000 }, { group: 'PR', reason: '2', text: 'Coinsurance amount.', amountCents: 1800 }] }),
        lineNumber: 1, procedure: 'HC:99214', serviceDate: '2026-11-04' },
        { ...block({ chargeCents: 10000, contractualCents: 3000, allowedCents: 7000, coinsuranceCents: 1200, paidCents: 5800,
          adjustments: [{ group: 'CO', reason: '45', text: 'Charge exceeds fee schedule.', amountCents: 3000 }, { group: 'PR', reason: '2', text: 'Coinsurance amount.', amountCents: 1200 }] }),
        lineNumber: 2, procedure: 'HC:93000', serviceDate: '2026-11-04' },
      ],
    },
    related: [],
    transactions: [],
    workflow: { note: '', followUpDate: null, worked: false, updatedAt: null },
  };
}

export function sampleRemittance(): RemittanceAdvice {
  const co45 = (cents: number) => ({ group: 'CO', reason: '45', amountCents: cents });
  return {
    id: 7, payerName: 'UNITED HEALTHCARE', payerId: '87726', payeeName: 'RIVERSIDE FAMILY CLINIC', payeeNpi: '1234567893',
    traceNumber: '1TRN0045512', paymentMethod: 'ACH', paymentDate: '2026-11-19', productionDate: '2026-11-18', paymentCents: 13000 + 8000 - 1500,
    duplicateOf: null, onlyClaimId: null,
    claims: [
      {
        id: 42, patientName: 'DOE, JANE A', memberId: 'XYZ123456789', patientControlNumber: 'PCN-26110401', payerClaimNumber: '1126110400017',
        statusCode: '1', renderingNpi: '1982736450', serviceFrom: '2026-11-04', serviceTo: '2026-11-04', chargeCents: 25000, paidCents: 13000,
        patientRespCents: 5000, adjustments: [], remarkCodes: [],
        lines: [
          { procedure: 'HC:99214:25', serviceFrom: '2026-11-04', serviceTo: null, unitsPaid: '1', chargeCents: 15000, paidCents: 7200, allowedCents: 11000,
            adjustments: [co45(4000), { group: 'PR', reason: '1', amountCents: 2000 }, { group: 'PR', reason: '2', amountCents: 1800 }], remarkCodes: ['N130'] },
          { procedure: 'HC:93000', serviceFrom: '2026-11-04', serviceTo: null, unitsPaid: '1', chargeCents: 10000, paidCents: 5800, allowedCents: null,
            adjustments: [co45(3000), { group: 'PR', reason: '2', amountCents: 1200 }], remarkCodes: [] },
        ],
      },
      {
        id: 43, patientName: 'ROE, RICHARD', memberId: 'ABC998877', patientControlNumber: 'PCN-26110402', payerClaimNumber: '1126110400018',
        statusCode: '2', renderingNpi: '1982736450', serviceFrom: '2026-11-05', serviceTo: '2026-11-05', chargeCents: 12000, paidCents: 8000,
        patientRespCents: 0, adjustments: [{ group: 'OA', reason: '23', amountCents: 4000 }], remarkCodes: ['MA18'],
        lines: [{ procedure: 'HC:99213', serviceFrom: '2026-11-05', serviceTo: null, unitsPaid: '1', chargeCents: 12000, paidCents: 8000, allowedCents: 8000, adjustments: [], remarkCodes: [] }],
      },
    ],
    providerAdjustments: [{ providerId: '1234567893', fiscalPeriodDate: '2026-12-31', reasonCode: 'WO', reference: '1126100300009', amountCents: 1500 }],
  };
}

export function sampleReportPack(): ReportPack {
  const drill = {};
  return {
    title: 'November 2026', from: '2026-11-01', to: '2026-11-30',
    kpis: { claims: 4812, billedCents: 182_450_075, paidCents: 98_112_340, patientResponsibilityCents: 21_004_500, denialRate: 0.0734, firstPassRate: 0.9412, unpaidCents: 41_200_000 },
    aging: [
      { bucket: '0–30', claims: 950, unpaidCents: 21_000_000, drill }, { bucket: '31–60', claims: 310, unpaidCents: 11_500_000, drill },
      { bucket: '61–90', claims: 120, unpaidCents: 5_200_000, drill }, { bucket: '91–120', claims: 41, unpaidCents: 2_100_000, drill },
      { bucket: '120+', claims: 33, unpaidCents: 1_400_000, drill },
    ],
    denials: [
      { payerId: '87726', payerName: 'UNITED HEALTHCARE', carc: '16', carcText: 'Claim lacks information needed for adjudication.', claims: 1400, denied: 61, denialRate: 0.0436, deniedCents: 1_830_000, drill },
      { payerId: '60054', payerName: 'AETNA', carc: '197', carcText: 'Precertification/authorization absent.', claims: 980, denied: 44, denialRate: 0.0449, deniedCents: 2_410_000, drill },
    ],
    topProviders: [
      { npi: '1982736450', name: 'SMITH, ALAN', claims: 1200, billedCents: 52_000_000, paidCents: 30_100_000, denialRate: 0.05, medianDaysToPay: 14, drill },
      { npi: '1558374621', name: 'NGUYEN, LINH', claims: 990, billedCents: 41_000_000, paidCents: 22_400_000, denialRate: 0.081, medianDaysToPay: 16.5, drill },
    ],
    turnaround: [
      { payerId: '87726', payerName: 'UNITED HEALTHCARE', claims: 1400, ackMedianDays: 1, ackP90Days: 2, payMedianDays: 13, payP90Days: 24, drill },
      { payerId: '60054', payerName: 'AETNA', claims: 980, ackMedianDays: 1, ackP90Days: 3, payMedianDays: 17, payP90Days: 31, drill },
    ],
    firstPass: [
      { payerId: '87726', payerName: 'UNITED HEALTHCARE', submitted: 1400, acceptedFirstPass: 1330, rate: 0.95, drill },
      { payerId: '60054', payerName: 'AETNA', submitted: 980, acceptedFirstPass: 902, rate: 0.9204, drill },
    ],
  };
}
