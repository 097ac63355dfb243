// Writes the 835s due at a tick: queues that are full or old enough become payments (one ST each), one file
// per payer; claims' truths take the amounts; a chosen few payments are resent a tick later.
import { build835, type Entry835 } from './build-835.js';
import { dayToX12 } from './dates.js';
import { planPayment, type PayQueue, type PlannedPayment } from './payments.js';
import type { Simulation } from './simulation.js';
import { applyPayment, type PaymentTruth } from './truth.js';
import { interchange } from './x12-writer.js';

const MAX_AGE = 2; // ticks a claim waits for its queue to fill

export function remit(sim: Simulation, tick: number, final: boolean): void {
  const byPayer = new Map<string, { queue: PayQueue; entries: Entry835[] }[]>();
  for (const q of sim.queues.values()) {
    const chunks: Entry835[][] = [];
    while (q.entries.length >= sim.o.claimsPer835) chunks.push(q.entries.splice(0, sim.o.claimsPer835));
    if (q.entries.length > 0 && (final || tick - q.since >= MAX_AGE)) chunks.push(q.entries.splice(0));
    if (chunks.length === 0) continue;
    const list = byPayer.get(q.payer.id) ?? [];
    for (const entries of chunks) list.push({ queue: q, entries });
    byPayer.set(q.payer.id, list);
  }
  for (const [payerId, chunks] of byPayer) writeFile(sim, tick, payerId, chunks);
}

function writeFile(sim: Simulation, tick: number, payerId: string, chunks: { queue: PayQueue; entries: Entry835[] }[]): void {
  const { o, rng } = sim;
  let fileDay = sim.dayOf(tick);
  const planned: PlannedPayment[] = chunks.map(({ queue, entries }) => {
    let day = sim.dayOf(tick);
    for (const e of entries) day = Math.max(day, e.readyDay);
    fileDay = Math.max(fileDay, day);
    return planPayment(rng, o.rates, queue, entries, day, ++sim.paymentSeq);
  });
  const dayText = dayToX12(fileDay);
  const name = sim.fileName('835', dayText, payerId);
  const sets = planned.map((p, i) => {
    p.payment.control = String(i + 1).padStart(4, '0');
    return build835(o.delimiters, p.payment);
  });
  const time = sim.timeOf(tick);
  const payer = chunks[0].queue.payer;
  const text = interchange(o.delimiters, { sender: payer.id, receiver: sim.cast.submitter.id, day: fileDay, time, control: ++sim.interchangeSeq },
    [{ functionalId: 'HP', version: '005010X221A1', control: ++sim.groupSeq, sets }]);
  sim.out.push({ type: 'file', file: { name, kind: '835', text } });

  planned.forEach((p, i) => {
    const truth = paymentTruth(name, p, null);
    sim.out.push({ type: 'payment', payment: truth });
    const resent = p.duplicate ? resend(sim, tick, fileDay + 1, payerId, sets[i], truth) : null;
    for (const e of p.payment.entries) {
      const c = e.claim;
      if (p.unbalanced) c.unbalancedEra = true;
      if (!c.files.includes(name)) c.files.push(name);
      if (resent) { c.duplicateEra = true; c.files.push(resent); }
      applyPayment(c, e.adj);
      if (e.initial) sim.afterFirstPayment(tick, c);
      sim.release(c);
    }
  });
}

function paymentTruth(file: string, p: PlannedPayment, duplicateOf: string | null): PaymentTruth {
  const pay = p.payment;
  return {
    file, payerId: pay.payer.id, payeeNpi: pay.provider.npi, traceNumber: pay.trace, paymentCents: pay.paymentCents,
    expectedPaymentCents: p.expectedCents, claimPayments: pay.entries.length,
    providerAdjustments: pay.plb.map((a) => ({ ...a })), unbalanced: p.unbalanced, duplicateOf,
  };
}

/** The same ST again (same payer, TRN02 and amount) in a new interchange a day later, as payers do by mistake. */
function resend(sim: Simulation, tick: number, day: number, payerId: string, set: string, first: PaymentTruth): string {
  const name = sim.fileName('835', dayToX12(day), payerId);
  const text = interchange(sim.o.delimiters, { sender: payerId, receiver: sim.cast.submitter.id, day, time: sim.timeOf(tick), control: ++sim.interchangeSeq },
    [{ functionalId: 'HP', version: '005010X221A1', control: ++sim.groupSeq, sets: [set] }]);
  sim.out.push({ type: 'file', file: { name, kind: '835', text } });
  sim.out.push({ type: 'payment', payment: { ...first, file: name, duplicateOf: first.file } });
  return name;
}
