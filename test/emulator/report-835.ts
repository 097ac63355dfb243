// Builds the §8 835 report JSON from an 835's X12, the way Stedi's report endpoint presents it:
// amounts as strings, CCYYMMDD dates, statement dates as YYYY-MM-DD, CAS flattened into numbered triplets.
import { segmentsOf } from './x12-split.js';

type Obj = Record<string, unknown>;
const dashed = (d: string | undefined) => (d && d.length === 8 ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}` : d);

export function build835Report(x12: string, transactionId: string, mode: string, senderId: string, componentSep: string): Obj {
  const txs: Obj[] = [];
  let tx: Obj | null = null, detail: Obj | null = null, claim: Obj | null = null, line: Obj | null = null;
  const detailOf = () => {
    if (!detail) { detail = { assignedNumber: String(((tx!.detailInfo as Obj[]).length) + 1), paymentInfo: [] }; (tx!.detailInfo as Obj[]).push(detail); }
    return detail;
  };
  for (const s of segmentsOf(x12)) {
    const [id, e1, e2, e3, e4, e5, e6, e7, e8, e9] = [s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8], s[9]];
    if (id === 'ST') { tx = { controlNumber: e2, detailInfo: [] }; txs.push(tx); detail = claim = line = null; continue; }
    if (!tx) continue;
    if (id === 'BPR') {
      tx.financialInformation = { transactionHandlingCode: e1, totalActualProviderPaymentAmount: e2, creditOrDebitFlagCode: e3,
        paymentMethodCode: e4, ...(e5 ? { paymentFormatCode: e5 } : {}), checkIssueOrEFTEffectiveDate: s[16] };
    } else if (id === 'TRN') {
      tx.paymentAndRemitReassociationDetails = { traceTypeCode: e1, checkOrEFTTraceNumber: e2, originatingCompanyIdentifier: e3 };
    } else if (id === 'DTM' && e1 === '405' && !claim) tx.productionDate = e2;
    else if (id === 'N1' && e1 === 'PR') tx.payer = { name: e2, ...(e4 ? { payerIdentificationNumber: e4 } : {}) };
    else if (id === 'N1' && e1 === 'PE') tx.payee = { name: e2, ...(e3 === 'XX' ? { npi: e4 } : e3 === 'FI' ? { taxId: e4 } : {}) };
    else if (id === 'LX') { detail = { assignedNumber: e1, paymentInfo: [] }; (tx.detailInfo as Obj[]).push(detail); claim = line = null; }
    else if (id === 'CLP') {
      claim = { claimPaymentInfo: { patientControlNumber: e1, claimStatusCode: e2, totalClaimChargeAmount: e3, claimPaymentAmount: e4,
        ...(e5 ? { patientResponsibilityAmount: e5 } : {}), claimFilingIndicatorCode: e6, payerClaimControlNumber: e7,
        ...(e8 ? { facilityTypeCode: e8 } : {}), ...(e9 ? { claimFrequencyCode: e9 } : {}) }, serviceLines: [] };
      ((detailOf().paymentInfo) as Obj[]).push(claim);
      line = null;
    } else if (id === 'CAS' && claim) {
      const cas: Obj = { claimAdjustmentGroupCode: e1 };
      for (let k = 0; k < 6; k++) {
        const code = s[2 + k * 3];
        if (!code) continue;
        cas[`adjustmentReasonCode${k + 1}`] = code;
        cas[`adjustmentAmount${k + 1}`] = s[3 + k * 3];
        if (s[4 + k * 3]) cas[`adjustmentQuantity${k + 1}`] = s[4 + k * 3];
      }
      const target = line ?? claim;
      const key = line ? 'serviceAdjustments' : 'claimAdjustments';
      target[key] = [...((target[key] as Obj[] | undefined) ?? []), cas];
    } else if (id === 'NM1' && e1 === 'QC' && claim) claim.patientName = { lastName: e3, firstName: e4, memberId: s[9] };
    else if (id === 'MOA' && claim) {
      const codes = s.slice(3, 8).filter(Boolean);
      claim.outpatientAdjudication = Object.fromEntries(codes.map((c, i) => [`claimPaymentRemarkCode${i + 1}`, c]));
    } else if (id === 'DTM' && claim && !line && (e1 === '232' || e1 === '233')) {
      claim[e1 === '232' ? 'claimStatementPeriodStart' : 'claimStatementPeriodEnd'] = dashed(e2);
    } else if (id === 'SVC' && claim) {
      const proc = (e1 ?? '').split(componentSep);
      line = { servicePaymentInformation: { productOrServiceIDQualifier: proc[0], adjudicatedProcedureCode: proc[1],
        ...(proc.length > 2 ? { adjudicatedProcedureModifierCodes: proc.slice(2).filter(Boolean) } : {}),
        lineItemChargeAmount: e2, lineItemProviderPaymentAmount: e3, ...(e5 ? { unitsOfServicePaidCount: e5 } : {}) } };
      (claim.serviceLines as Obj[]).push(line);
    } else if (id === 'DTM' && line) {
      line[e1 === '150' ? 'serviceStartDate' : e1 === '151' ? 'serviceEndDate' : 'serviceDate'] = e2;
    } else if (id === 'REF' && e1 === '6R' && line) line.lineItemControlNumber = e2;
    else if (id === 'AMT' && e1 === 'B6' && line) line.serviceSupplementalAmounts = { allowedActual: e2 };
    else if (id === 'LQ' && line) {
      line.healthCareCheckRemarkCodes = [...((line.healthCareCheckRemarkCodes as Obj[] | undefined) ?? []), { codeListQualifierCode: e1, remarkCode: e2 }];
    } else if (id === 'PLB') {
      const adjustments: Obj[] = [];
      for (let k = 3; k + 1 < s.length; k += 2) {
        if (s[k]) adjustments.push({ adjustmentReasonCode: s[k]!.split(componentSep)[0], providerAdjustmentAmount: s[k + 1] });
      }
      tx.providerAdjustments = [...((tx.providerAdjustments as Obj[] | undefined) ?? []), { providerIdentifier: e1, fiscalPeriodDate: e2, adjustments }];
    }
  }
  return { meta: { applicationMode: mode, senderId, transactionId }, transactions: txs };
}
