// Stores one mapped transaction set's evidence and says which correlation keys it touched. No correlation here.
import type { Db } from '../../db/open.js';
import { insertAck, insertPayment, insertReport, insertSubmission, pcnKeysForEnvelope } from '../../db/queries/evidence.js';
import { notePayer, noteProvider } from '../../db/queries/parties.js';
import { setRawOutcome } from '../../db/queries/raw.js';
import { insertRemittance, resolveDuplicateRemittances } from '../../db/queries/remittances.js';
import type { MappedTransaction, Remittance } from '../edi/model.js';
import { ackDrafts, effectiveAt, paymentDraft, reportDraft, sortKeyOf, submissionDraft } from '../store/from-model.js';
import { normalizeId } from '../store/keys.js';
import type { Seeds } from './recompute.js';

export interface SetRef { rawId: number; contentHash: string; processedAt: string }

export function storeMapped(db: Db, mapped: MappedTransaction, ref: SetRef, seeds: Seeds): void {
  switch (mapped.kind) {
    case '837':
      mapped.claims.forEach((c, i) => {
        const d = submissionDraft(c, ref.contentHash, i, ref.processedAt);
        insertSubmission(db, ref.rawId, i, d);
        notePayer(db, d.payerId, d.payerName);
        noteProvider(db, d.npi, d.billingName);
        noteProvider(db, d.renderingNpi, d.renderingName);
        seeds.pcnKeys.add(d.pcnKey);
        if (d.originalPcc) seeds.pccs.add(d.originalPcc);
      });
      return;
    case '999':
      ackDrafts(mapped.acknowledgment, ref.contentHash, ref.processedAt).forEach((a, i) => {
        insertAck(db, ref.rawId, i, a);
        for (const k of pcnKeysForEnvelope(db, a.groupControlNumber, a.transactionControlNumber)) seeds.pcnKeys.add(k);
      });
      return;
    case '277':
      mapped.reports.forEach((r, i) => {
        const d = reportDraft(r, ref.contentHash, i, ref.processedAt);
        insertReport(db, ref.rawId, i, d);
        seeds.pcnKeys.add(d.pcnKey);
        if (d.pcc) seeds.pccs.add(d.pcc);
      });
      return;
    case '835':
      storeRemittance(db, mapped.remittance, ref, seeds);
      return;
    case 'unsupported':
      setRawOutcome(db, ref.rawId, 'unsupported');
  }
}

function storeRemittance(db: Db, rem: Remittance, ref: SetRef, seeds: Seeds): void {
  const payerId = normalizeId(rem.payer.id);
  const remittanceId = insertRemittance(db, {
    rawId: ref.rawId, sortKey: sortKeyOf(ref.contentHash, 0), payerId, payerName: rem.payer.name || null,
    payeeNpi: normalizeId(rem.payee.npi), payeeName: rem.payee.name || null, traceNumber: rem.traceNumber, paymentCents: rem.paymentCents,
    handlingCode: rem.handlingCode, paymentMethod: rem.paymentMethod, paymentDate: rem.paymentDate, productionDate: rem.productionDate,
    at: effectiveAt(ref.processedAt, rem.paymentDate, rem.productionDate, rem.envelope.interchangeDate), claimCount: rem.claims.length,
    findings: JSON.stringify(rem.findings),
  }, rem.providerAdjustments);
  notePayer(db, payerId, rem.payer.name);
  noteProvider(db, normalizeId(rem.payee.npi), rem.payee.name);
  rem.claims.forEach((p, i) => {
    const d = paymentDraft(rem, p, ref.contentHash, i, ref.processedAt);
    insertPayment(db, ref.rawId, remittanceId, d);
    seeds.pcnKeys.add(d.pcnKey);
    if (d.pcc) seeds.pccs.add(d.pcc);
  });
  for (const k of resolveDuplicateRemittances(db, payerId, rem.traceNumber, rem.paymentCents)) seeds.pcnKeys.add(k);
}
