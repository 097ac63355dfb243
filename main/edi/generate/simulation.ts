// The dataset as a sequence of ticks (one 837 batch each): every claim moves 837 → 999 → 277CA → 835 on a
// schedule a few ticks long, so only the claims still in flight are held in memory.
import { adjudicate, reversalOf } from './adjudicate.js';
import type { Entry835 } from './build-835.js';
import type { GenClaim } from './claim.js';
import type { ResolvedOptions } from './options.js';
import { buildCast, type Cast } from './parties.js';
import type { PayQueue } from './payments.js';
import { mixSeed, Rng } from './prng.js';
import { truthOf, type ClaimTruth, type PaymentTruth } from './truth.js';

export interface GeneratedFile {
  name: string;
  kind: '837' | '999' | '277CA' | '277' | '835';
  text: string;
}

export type DatasetEvent =
  | { type: 'file'; file: GeneratedFile }
  | { type: 'claim'; claim: ClaimTruth }
  | { type: 'payment'; payment: PaymentTruth };

export type Action =
  | { type: 'ack'; claims: GenClaim[]; batchRef: string }
  | { type: 'pending'; claim: GenClaim }
  | { type: 'pay'; claim: GenClaim }
  | { type: 'reverse'; claim: GenClaim }
  | { type: 'correct'; claim: GenClaim };

export interface FollowUp { original: GenClaim; replacement: boolean }

/** Shared state of one run; the step functions in batch.ts, acks.ts and remit.ts work on it. */
export class Simulation {
  readonly rng: Rng;
  readonly cast: Cast;
  readonly batches: number;
  readonly memberPool: number;
  emittedClaims = 0;
  private pcnSeq = 0;
  private payerClaimSeq = 0;
  private fileSeq = 0;
  interchangeSeq = 0;
  groupSeq = 0;
  paymentSeq = 0;
  readonly agenda = new Map<number, Action[]>();
  readonly followUps = new Map<number, FollowUp[]>();
  readonly dueFollowUps: FollowUp[] = [];
  readonly queues = new Map<string, PayQueue>();
  readonly open = new Set<GenClaim>();
  readonly out: DatasetEvent[] = [];

  /** wantTruth false: files only; truth records are not built (a fifth of the work for big runs). */
  constructor(readonly o: ResolvedOptions, private readonly wantTruth = true) {
    this.rng = new Rng(mixSeed(o.seed, 1));
    this.cast = buildCast(o.seed);
    this.batches = Math.ceil(o.claims / o.claimsPer837);
    this.memberPool = Math.max(50, Math.floor(o.claims / 3));
  }

  get lastBatchTick(): number {
    return this.batches - 1;
  }

  dayOf(tick: number): number {
    return this.o.startDay + Math.floor((tick * this.o.days) / Math.max(1, this.batches));
  }

  timeOf(tick: number): string {
    const minutes = 7 * 60 + ((tick * 37) % (11 * 60));
    return String(Math.floor(minutes / 60)).padStart(2, '0') + String(minutes % 60).padStart(2, '0');
  }

  nextPcn(code: string): string {
    return code + String(++this.pcnSeq).padStart(7, '0');
  }

  nextPayerClaim(prefix: string, dayText: string): string {
    return prefix + dayText.slice(2) + String(++this.payerClaimSeq).padStart(7, '0');
  }

  fileName(kind: GeneratedFile['kind'], dayText: string, tag: string): string {
    return `${String(++this.fileSeq).padStart(6, '0')}-${dayText}-${kind}-${tag}.x12`;
  }

  schedule(tick: number, action: Action): void {
    if ('claim' in action) action.claim.open++;
    else for (const c of action.claims) c.open++;
    const list = this.agenda.get(tick);
    if (list) list.push(action); else this.agenda.set(tick, [action]);
  }

  scheduleFollowUp(tick: number, f: FollowUp): void {
    const list = this.followUps.get(tick);
    if (list) list.push(f); else this.followUps.set(tick, [f]);
  }

  /** Puts a CLP in the payer/payee queue; the entry holds a reference on its claim until written. */
  enqueue(tick: number, entry: Entry835): void {
    const c = entry.claim;
    c.open++;
    const key = `${c.payer.id}|${c.provider.npi}`;
    let q = this.queues.get(key);
    if (!q) {
      q = { payer: c.payer, provider: c.provider, entries: [], since: tick, carryCents: 0, lastPayerClaim: null };
      this.queues.set(key, q);
    }
    if (q.entries.length === 0) q.since = tick;
    q.entries.push(entry);
  }

  track(c: GenClaim): void {
    this.open.add(c);
  }

  /** Drops one reference; a claim with none left has finished its story and its truth goes out. */
  release(c: GenClaim): void {
    if (--c.open > 0) return;
    this.close(c);
  }

  close(c: GenClaim): void {
    if (!this.open.delete(c)) return;
    if (this.wantTruth) this.out.push({ type: 'claim', claim: truthOf(c) });
    const original = c.replaces;
    if (original?.awaitingReplacement) {
      original.awaitingReplacement = false; // the replacement ended without paying: the original stands
      this.release(original);
    }
  }

  /** The payment a claim's pay action sends: a replacement's also reverses the claim it replaces. */
  pay(tick: number, c: GenClaim): void {
    const original = c.replaces;
    if (original?.awaitingReplacement && original.lastPayment) {
      original.awaitingReplacement = false;
      original.replacedBy = c.pcn;
      this.enqueue(tick, { claim: original, adj: reversalOf(original.lastPayment), readyDay: c.ackDay + 5, initial: false });
      this.release(original); // the reversal entry now holds it
    }
    this.enqueue(tick, { claim: c, adj: adjudicate(this.rng, c, this.o.rates, c.replaces !== null), readyDay: c.ackDay + 5, initial: true });
  }

  /** Payer-initiated reversal, with a corrected payment in the same queue, a later one, or none. */
  reverse(tick: number, c: GenClaim): void {
    if (!c.lastPayment) return;
    this.enqueue(tick, { claim: c, adj: reversalOf(c.lastPayment), readyDay: this.dayOf(tick), initial: false });
    const r = this.o.rates;
    if (this.rng.chance(r.reversalWithoutCorrection)) return;
    if (this.rng.chance(r.correctionLater)) this.schedule(tick + this.rng.int(1, 3), { type: 'correct', claim: c });
    else this.correct(tick, c);
  }

  correct(tick: number, c: GenClaim): void {
    this.enqueue(tick, { claim: c, adj: adjudicate(this.rng, c, this.o.rates, true), readyDay: this.dayOf(tick), initial: false });
  }

  /** After a claim's first payment is written: maybe plan its replacement or a reversal. */
  afterFirstPayment(tick: number, c: GenClaim): void {
    if (c.status !== 'paid') return;
    const r = this.o.rates;
    const followTick = tick + this.rng.int(3, 8);
    if (c.frequency === '1' && this.rng.chance(r.replacement) && followTick <= this.lastBatchTick) {
      c.awaitingReplacement = true;
      c.open++;
      this.scheduleFollowUp(followTick, { original: c, replacement: true });
    } else if (this.rng.chance(r.reversal)) {
      this.schedule(tick + this.rng.int(2, 6), { type: 'reverse', claim: c });
    }
  }
}
