// The tick loop: each tick writes its 837 batch, then the acknowledgments, pending reports and payments
// that fall due, and hands out files and truths as soon as they are complete.
import { acknowledge, reportPending } from './acks.js';
import { runBatch } from './batch.js';
import type { GenClaim } from './claim.js';
import { resolveOptions, type GeneratorOptions } from './options.js';
import { remit } from './remit.js';
import { Simulation, type DatasetEvent } from './simulation.js';

const SETTLE_LIMIT = 1000; // ticks after the last batch; a story never takes this long

export function* simulate(opts: GeneratorOptions, wantTruth = true): Generator<DatasetEvent> {
  const o = resolveOptions(opts);
  if (o.claims === 0) return;
  const sim = new Simulation(o, wantTruth);
  const last = sim.lastBatchTick;
  for (let tick = 0; tick <= last + SETTLE_LIMIT; tick++) {
    if (tick <= last) runBatch(sim, tick);
    const actions = sim.agenda.get(tick) ?? [];
    sim.agenda.delete(tick);
    const pending: GenClaim[] = [];
    for (const a of actions) {
      if (a.type === 'ack') acknowledge(sim, tick, a.claims, a.batchRef);
      else if (a.type === 'pending') pending.push(a.claim);
      else {
        if (a.type === 'pay') sim.pay(tick, a.claim);
        else if (a.type === 'reverse') sim.reverse(tick, a.claim);
        else sim.correct(tick, a.claim);
        sim.release(a.claim);
      }
    }
    reportPending(sim, tick, pending);
    const ending = tick >= last && (!o.settle || sim.agenda.size === 0);
    remit(sim, tick, ending);
    yield* drain(sim.out);
    if (ending && (!o.settle || sim.agenda.size === 0)) break;
  }
  // Without settle, claims still in flight end here as they stand (submitted, accepted, paid so far).
  for (const c of [...sim.open]) sim.close(c);
  yield* drain(sim.out);
}

function* drain(out: DatasetEvent[]): Generator<DatasetEvent> {
  const events = out.splice(0);
  for (const e of events) yield e;
}
