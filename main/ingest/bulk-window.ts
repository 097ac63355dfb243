// A bulk import's window: the claim-level evidence of many transaction sets held in memory until the window is
// flushed, when each piece is written once, together with the claim correlation puts it on. Claims whose 837,
// 277CA and 835 all arrive inside one window are derived and written once, and no evidence is read back.
import type { Db } from '../../db/open.js';
import { insertPayment, insertReport, insertSubmission } from '../../db/queries/evidence.js';
import type { ClaimEvidence, PaymentEvidence } from '../store/evidence.js';
import type { PaymentDraft, ReportDraft, SubmissionDraft } from '../store/from-model.js';
import type { KeyIndex } from './key-index.js';
import { closeOverKeys, keysOf, newSeeds, type EvidenceSource, type Seeds } from './recompute.js';
import type { EvidenceSink } from './store-set.js';

const envelopeKey = (g: string, t: string) => `${g}\u0000${t}`;
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value); else map.set(key, [value]);
}

export class BulkWindow implements EvidenceSink, EvidenceSource {
  seeds: Seeds = newSeeds();
  private nextId = -1;
  private items: ClaimEvidence[] = [];
  private staged = 0; // items of the set being stored: the tail of `items`
  private readonly ordinals = new Map<number, number>(); // held id → ordinal within its set (submissions, reports)
  private byKey = new Map<string, ClaimEvidence[]>();
  private byEnvelope = new Map<string, Set<string>>();
  private byRemittance = new Map<number, PaymentEvidence[]>();
  private undo: Array<() => void> = []; // marks the set being stored made on evidence held for earlier sets

  constructor(private readonly db: Db, private readonly keys: KeyIndex) {}

  /** Claim-level evidence held: what decides when to flush. */
  get size(): number { return this.items.length; }

  // ---- EvidenceSink: drafts become held evidence (negative ids) ----
  submission(rawId: number, ordinal: number, d: SubmissionDraft): void {
    this.ordinals.set(this.hold(d, rawId).id, ordinal);
  }

  report(rawId: number, ordinal: number, d: ReportDraft): void {
    this.ordinals.set(this.hold(d, rawId).id, ordinal);
  }

  payment(rawId: number, remittanceId: number, d: PaymentDraft): void {
    (d as PaymentEvidence).remittanceId = remittanceId;
    this.hold(d, rawId);
  }

  heldKeysForEnvelope(g: string, t: string): Iterable<string> {
    return this.byEnvelope.get(envelopeKey(g, t)) ?? [];
  }

  markHeldDuplicate(remittanceId: number, duplicate: boolean): Iterable<string> {
    const list = this.byRemittance.get(remittanceId) ?? [];
    for (const p of list) {
      const before = p.duplicate;
      this.undo.push(() => { p.duplicate = before; });
      p.duplicate = duplicate;
    }
    return list.map((p) => p.pcnKey);
  }

  /** The set stored fine: its evidence stays held. */
  commit(): void {
    this.staged = this.items.length;
    this.undo = [];
  }

  /** The set's savepoint rolled back: forget its evidence, undo its marks and rebuild the lookups without it. */
  rollback(): void {
    for (const u of this.undo.reverse()) u();
    this.undo = [];
    if (this.staged === this.items.length) return;
    for (const e of this.items.slice(this.staged)) this.ordinals.delete(e.id);
    this.items.length = this.staged;
    this.byKey = new Map();
    this.byEnvelope = new Map();
    this.byRemittance = new Map();
    for (const e of this.items) this.index(e);
  }

  // ---- EvidenceSource: held evidence first, the database only for keys it may hold ----
  closure(seeds: Seeds): ClaimEvidence[] {
    return closeOverKeys(this.db, seeds, (key) => this.byKey.get(key) ?? [], (key) => this.keys.mayBeStored(key));
  }

  store(e: ClaimEvidence, claimId: number): void {
    const ordinal = this.ordinals.get(e.id) ?? 0;
    if (e.kind === 'submission') insertSubmission(this.db, e.rawId, ordinal, e, claimId);
    else if (e.kind === 'report') insertReport(this.db, e.rawId, ordinal, e, claimId);
    else insertPayment(this.db, e.rawId, e.remittanceId, e, claimId);
  }

  /** Before a flush: keys someone else stored meanwhile become known. */
  refreshKeys(): void { this.keys.refresh(); }

  /** After the flush committed: everything held is stored now, so its keys are known to the database. */
  clear(): void {
    for (const e of this.items) for (const k of keysOf(e)) this.keys.add(k);
    this.keys.settle();
    this.reset();
  }

  /** After a failed flush: nothing held was stored. */
  discard(): void { this.reset(); }

  private reset(): void {
    this.items = [];
    this.staged = 0;
    this.undo = [];
    this.seeds = newSeeds();
    this.ordinals.clear();
    this.byKey = new Map();
    this.byEnvelope = new Map();
    this.byRemittance = new Map();
  }

  /** Drafts are fresh objects made for this import: they become evidence in place. */
  private hold(d: object, rawId: number): ClaimEvidence {
    const e = d as ClaimEvidence;
    e.id = this.nextId--;
    e.rawId = rawId;
    e.claimId = null;
    this.items.push(e);
    this.index(e);
    return e;
  }

  private index(e: ClaimEvidence): void {
    for (const k of keysOf(e)) push(this.byKey, k, e);
    if (e.kind === 'payment') push(this.byRemittance, e.remittanceId, e);
    if (e.kind === 'submission') {
      const env = envelopeKey(e.groupControlNumber, e.transactionControlNumber);
      let set = this.byEnvelope.get(env);
      if (!set) this.byEnvelope.set(env, set = new Set());
      set.add(e.pcnKey);
    }
  }
}
