// 277CA for a batch a tick after its 837 (accept with REF*1K, or reject), and the unsolicited 277s that
// report accepted claims as pending.
import { build277ca, build277pending, REJECTIONS, type Rejection } from './build-277.js';
import type { GenClaim } from './claim.js';
import { dayToX12 } from './dates.js';
import type { Payer } from './parties.js';
import type { Simulation } from './simulation.js';
import { interchange } from './x12-writer.js';

export function acknowledge(sim: Simulation, tick: number, claims: GenClaim[], batchRef: string): void {
  const { o, rng, cast } = sim;
  const day = Math.max(sim.dayOf(tick), claims[0].submitDay + 1);
  const dayText = dayToX12(day);
  const time = sim.timeOf(tick);
  const name = sim.fileName('277CA', dayText, batchRef);
  const rejections = new Map<GenClaim, Rejection>();
  for (const c of claims) {
    c.files.push(name);
    c.ackDay = day;
    const r = rng.chance(o.rates.rejected277) ? rng.pick(REJECTIONS) : null;
    if (r) {
      rejections.set(c, r);
      c.status = 'rejected';
      c.rejectedBy = '277CA';
      c.acknowledgment = r.entity ? `${r.category}:${r.status}:${r.entity}` : `${r.category}:${r.status}`;
    } else {
      c.status = 'accepted';
      c.acknowledgment = 'A2:20:PR';
      c.payerClaim = sim.nextPayerClaim(c.payer.claimPrefix, dayText);
    }
  }
  const sets = byPayer(claims).map(([payer, list], i) => build277ca(o.delimiters, cast, {
    control: String(i + 1).padStart(4, '0'), reference: `${batchRef}A${i + 1}`, batchRef, payer, day, time,
    receivedDay: claims[0].submitDay, claims: list, rejections,
  }));
  const text = interchange(o.delimiters, { sender: cast.clearinghouse.id, receiver: cast.submitter.id, day, time, control: ++sim.interchangeSeq },
    [{ functionalId: 'HN', version: '005010X214', control: ++sim.groupSeq, sets }]);
  sim.out.push({ type: 'file', file: { name, kind: '277CA', text } });

  for (const c of claims) {
    if (c.status === 'rejected') {
      const followTick = tick + rng.int(2, 6);
      if (c.replaces === null && rng.chance(o.rates.resubmission) && followTick <= sim.lastBatchTick) {
        sim.scheduleFollowUp(followTick, { original: c, replacement: false });
      }
    } else if (rng.chance(o.rates.pending)) {
      sim.schedule(tick + 1, { type: 'pending', claim: c });
    } else {
      sim.schedule(tick + rng.int(1, 3), { type: 'pay', claim: c });
    }
    sim.release(c); // the ack action's reference
  }
}

/** One 277 file for every claim that turns pending at this tick, one set per payer. */
export function reportPending(sim: Simulation, tick: number, claims: GenClaim[]): void {
  if (claims.length === 0) return;
  const { o, cast } = sim;
  let day = sim.dayOf(tick);
  for (const c of claims) day = Math.max(day, c.ackDay + 10);
  const dayText = dayToX12(day);
  const time = sim.timeOf(tick);
  const name = sim.fileName('277', dayText, `P${String(tick + 1).padStart(7, '0')}`);
  const sets = byPayer(claims).map(([payer, list], i) => build277pending(o.delimiters, cast, {
    control: String(i + 1).padStart(4, '0'), reference: `ST${String(tick + 1).padStart(7, '0')}${i + 1}`, payer, day, time,
    claims: [...list].sort((a, b) => (a.provider.npi < b.provider.npi ? -1 : a.provider.npi > b.provider.npi ? 1 : 0)),
  }));
  const text = interchange(o.delimiters, { sender: cast.clearinghouse.id, receiver: cast.submitter.id, day, time, control: ++sim.interchangeSeq },
    [{ functionalId: 'HN', version: '005010X212', control: ++sim.groupSeq, sets }]);
  sim.out.push({ type: 'file', file: { name, kind: '277', text } });
  for (const c of claims) {
    c.files.push(name);
    c.status = 'pending';
    sim.release(c);
  }
}

/** Claims split by payer, payers in first-seen order, claim order kept (so provider groups stay together). */
function byPayer(claims: GenClaim[]): [Payer, GenClaim[]][] {
  const groups = new Map<Payer, GenClaim[]>();
  for (const c of claims) {
    const list = groups.get(c.payer);
    if (list) list.push(c); else groups.set(c.payer, [c]);
  }
  return [...groups];
}
