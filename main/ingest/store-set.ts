// Writes one staged set's rows below the raw row: acknowledgments, the remittance with its PLB rows and duplicate
// marks, payer and provider names; claim-level evidence goes to a sink (the database at once, or a bulk window that
// writes it together with its claim). Says which correlation keys it touched. No correlation here.
import type { Db } from '../../db/open.js';
import { insertAck, insertPayment, insertReport, insertSubmission, pcnKeysForEnvelope } from '../../db/queries/evidence.js';
import { notePayer, noteProvider } from '../../db/queries/parties.js';
import { insertRemittance, reconcileDuplicates } from '../../db/queries/remittances.js';
import { stmt } from '../../db/queries/statements.js';
import type { PaymentDraft, ReportDraft, SubmissionDraft } from '../store/from-model.js';
import type { Seeds } from './recompute.js';
import type { StagedContent } from './stage.js';

/** Where claim-level evidence goes. Every method must leave the database as the sink's caller expects. */
export interface EvidenceSink {
  submission(rawId: number, ordinal: number, d: SubmissionDraft): void;
  report(rawId: number, ordinal: number, d: ReportDraft): void;
  payment(rawId: number, remittanceId: number, d: PaymentDraft): void;
  /** Patient control number keys of 837 claims in this envelope that the sink holds and the database does not yet. */
  heldKeysForEnvelope(groupControlNumber: string, transactionControlNumber: string): Iterable<string>;
  /** A remittance's duplicate mark changed: mark the payments the sink holds, and name their keys. */
  markHeldDuplicate(remittanceId: number, duplicate: boolean): Iterable<string>;
}

/** The plain sink: evidence is written at once, without a claim; recompute assigns one. */
export const databaseSink = (db: Db): EvidenceSink => ({
  submission: (rawId, ordinal, d) => { insertSubmission(db, rawId, ordinal, d); },
  report: (rawId, ordinal, d) => { insertReport(db, rawId, ordinal, d); },
  payment: (rawId, remittanceId, d) => { insertPayment(db, rawId, remittanceId, d); },
  heldKeysForEnvelope: () => [],
  markHeldDuplicate: () => [],
});

/** Remembers the payer and provider names already written, so a bulk import upserts each party once, not per claim. */
export class PartyNotes {
  private readonly seen = new Map<string, string>();
  constructor(private readonly db: Db) {}

  payer(id: string | null, name: string | null): void {
    if (this.fresh(`p:${id ?? ''}:${name ?? ''}`, name)) notePayer(this.db, id, name);
  }

  provider(npi: string | null, name: string | null): void {
    if (npi && this.fresh(`n:${npi}:${name ?? ''}`, name)) noteProvider(this.db, npi, name);
  }

  /** After a rolled-back set: what was noted may not be in the database. */
  forget(): void { this.seen.clear(); }

  private fresh(key: string, name: string | null): boolean {
    if (this.seen.has(key)) return false;
    this.seen.set(key, name ?? '');
    return true;
  }
}

export function storeContent(db: Db, content: StagedContent, rawId: number, seeds: Seeds, sink: EvidenceSink, parties: PartyNotes): void {
  switch (content.kind) {
    case '837':
      content.submissions.forEach((d, i) => {
        sink.submission(rawId, i, d);
        parties.payer(d.payerId, d.payerName);
        parties.provider(d.npi, d.billingName);
        parties.provider(d.renderingNpi, d.renderingName);
        seeds.pcnKeys.add(d.pcnKey);
        if (d.originalPcc) seeds.pccs.add(d.originalPcc);
      });
      return;
    case '999':
      content.acks.forEach((a, i) => {
        insertAck(db, rawId, i, a);
        for (const k of pcnKeysForEnvelope(db, a.groupControlNumber, a.transactionControlNumber)) seeds.pcnKeys.add(k);
        for (const k of sink.heldKeysForEnvelope(a.groupControlNumber, a.transactionControlNumber)) seeds.pcnKeys.add(k);
      });
      return;
    case '277':
      content.reports.forEach((d, i) => {
        sink.report(rawId, i, d);
        seeds.pcnKeys.add(d.pcnKey);
        if (d.pcc) seeds.pccs.add(d.pcc);
      });
      return;
    case '835':
      storeRemittance(db, content, rawId, seeds, sink, parties);
      return;
    case 'unsupported':
      return;
  }
}

function storeRemittance(db: Db, content: Extract<StagedContent, { kind: '835' }>, rawId: number, seeds: Seeds, sink: EvidenceSink, parties: PartyNotes): void {
  const { providerAdjustments, ...r } = content.remittance;
  const remittanceId = insertRemittance(db, { ...r, rawId }, providerAdjustments);
  parties.payer(r.payerId, r.payerName);
  parties.provider(r.payeeNpi, r.payeeName);
  for (const d of content.payments) {
    d.duplicate = false; // a new remittance starts as the original; reconcileDuplicates below decides
    sink.payment(rawId, remittanceId, d);
    seeds.pcnKeys.add(d.pcnKey);
    if (d.pcc) seeds.pccs.add(d.pcc);
  }
  for (const change of reconcileDuplicates(db, r.payerId, r.traceNumber, r.paymentCents)) {
    for (const k of stmt(db, 'SELECT DISTINCT pcn_key FROM claim_payments WHERE remittance_id = ?').pluck().all(change.remittanceId) as string[]) seeds.pcnKeys.add(k);
    for (const k of sink.markHeldDuplicate(change.remittanceId, change.duplicate)) seeds.pcnKeys.add(k);
  }
}
