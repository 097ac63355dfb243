// Builds the §7 277CA report JSON from a 277's X12: HL 20 (payer or clearinghouse) → 21 (receiver, batch number)
// → 19 (billing provider) → PT (patient, one claim per TRN), with STC statuses at every level.
import { segmentsOf } from './x12-split.js';

type Obj = Record<string, unknown>;
const push = (o: Obj, key: string, v: Obj) => { o[key] = [...((o[key] as Obj[] | undefined) ?? []), v]; return v; };

function status(stc: string[], sep: string): Obj {
  const [category, code, entity] = (stc[1] ?? '').split(sep);
  return { healthCareClaimStatusCategoryCode: category, ...(code ? { statusCode: code } : {}), ...(entity ? { entityIdentifierCode: entity } : {}) };
}

export function build277Report(x12: string, transactionId: string, mode: string, senderId: string, sep: string): Obj {
  const txs: Obj[] = [];
  let tx: Obj | null = null, payer: Obj | null = null, batch: Obj | null = null, provider: Obj | null = null;
  let patient: Obj | null = null, claim: Obj | null = null, line: Obj | null = null;
  let level = '';
  for (const s of segmentsOf(x12)) {
    const id = s[0];
    if (id === 'ST') { tx = { controlNumber: s[2], payers: [] }; txs.push(tx); continue; }
    if (!tx) continue;
    if (id === 'BHT') { tx.referenceIdentification = s[3]; tx.transactionSetCreationDate = s[4]; tx.transactionSetCreationTime = s[5]; }
    else if (id === 'HL') {
      level = s[3] ?? '';
      if (level === '20') payer = push(tx, 'payers', { claimStatusTransactions: [] });
      else if (level === '21' && payer) batch = push(payer, 'claimStatusTransactions', { claimStatusDetails: [] });
      else if (level === '19' && batch) provider = push(batch, 'claimStatusDetails', { patientClaimStatusDetails: [] });
      else if ((level === 'PT' || level === '22' || level === '23') && provider) { patient = push(provider, 'patientClaimStatusDetails', { claims: [] }); claim = null; }
      line = null;
    } else if (id === 'NM1') {
      if (level === '20' && payer) Object.assign(payer, { organizationName: s[3], entityIdentifierCode: s[1], entityIdentifierCodeValue: s[1] === 'PR' ? 'Payer' : 'Clearinghouse', ...(s[9] ? { payerIdentification: s[9] } : {}) });
      else if (level === '21' && batch) batch.provider = { organizationName: s[3], ...(s[9] ? { etin: s[9] } : {}) };
      else if (level === '19' && provider) provider.serviceProvider = { organizationName: s[3], ...(s[8] === 'XX' ? { npi: s[9] } : {}) };
      else if (patient) patient.subscriber = { lastName: s[3], firstName: s[4], memberId: s[9] };
    } else if (id === 'TRN') {
      if (level === '21' && batch) batch.claimTransactionBatchNumber = s[2];
      else if (level === '19' && provider) provider.providerOFServiceInformationTraceIdentifier = s[2];
      else if (patient) claim = push(patient, 'claims', { claimStatus: { referencedTransactionTraceNumber: s[2], patientAccountNumber: s[2], informationClaimStatuses: [] } });
    } else if (id === 'STC') {
      const st = status(s, sep);
      const info = { statusInformationEffectiveDate: s[2], ...(s[4] ? { totalClaimChargeAmount: s[4] } : {}), ...(s[12] ? { statusMessage: s[12] } : {}) };
      if (line) push(line, 'serviceClaimStatuses', { effectiveDate: s[2], serviceStatuses: [st] });
      else if (claim) push(claim.claimStatus as Obj, 'informationClaimStatuses', { ...info, informationStatuses: [st] });
      else if (level === '21' && batch) push(batch, 'providerClaimStatuses', { statusInformationEffectiveDate: s[2], providerStatuses: [st] });
      else if (level === '19' && provider) push(provider, 'serviceProviderClaimStatuses', { statusInformationEffectiveDate: s[2], serviceProviderStatuses: [st] });
    } else if (id === 'REF' && claim && !line) {
      const key = s[1] === '1K' ? 'tradingPartnerClaimNumber' : s[1] === 'D9' ? 'clearinghouseTraceNumber' : s[1] === 'BLT' ? 'billTypeIdentifier' : null;
      if (key) (claim.claimStatus as Obj)[key] = s[2];
    } else if (id === 'DTP' && claim && !line && s[1] === '472') {
      const [from, to] = (s[3] ?? '').split('-');
      Object.assign(claim.claimStatus as Obj, { claimServiceBeginDate: from, claimServiceEndDate: to ?? from });
    } else if (id === 'SVC' && claim) {
      const proc = (s[1] ?? '').split(sep);
      line = push(claim, 'serviceLines', { service: { serviceIdQualifierCode: proc[0], procedureCode: proc[1],
        ...(proc.length > 2 ? { procedureModifiers: proc.slice(2).filter(Boolean) } : {}), chargeAmount: s[2], ...(s[7] ? { submittedUnits: s[7] } : {}) } });
    } else if (id === 'REF' && line && s[1] === 'FJ') line.lineItemControlNumber = s[2];
    else if (id === 'DTP' && line && s[1] === '472') line.beginServiceLineDate = (s[3] ?? '').split('-')[0];
  }
  return { meta: { applicationMode: mode, senderId, transactionId }, transactions: txs };
}
