// One tick's 837 batch: new claims plus due replacements / resubmissions, one transaction set per claim
// type, and the 999 that accepts or rejects each set.
import { build837, VERSION_837 } from './build-837.js';
import { build999 } from './build-999.js';
import { makeClaim, makeFollowUp, type GenClaim } from './claim.js';
import { dayToX12 } from './dates.js';
import { memberAt, type ClaimType } from './parties.js';
import type { Simulation } from './simulation.js';
import { interchange, type Group } from './x12-writer.js';

const TYPES: ClaimType[] = ['professional', 'institutional', 'dental'];

export function runBatch(sim: Simulation, tick: number): void {
  const { o, rng, cast } = sim;
  const day = sim.dayOf(tick);
  const size = Math.min(o.claimsPer837, o.claims - sim.emittedClaims);
  const claims: GenClaim[] = [];
  for (const f of sim.followUps.get(tick) ?? []) sim.dueFollowUps.push(f);
  sim.followUps.delete(tick);
  while (claims.length < size && sim.dueFollowUps.length > 0) {
    const f = sim.dueFollowUps.shift()!;
    claims.push(makeFollowUp(rng, f.original, sim.nextPcn(f.original.provider.code), day, f.replacement));
  }
  while (claims.length < size) claims.push(newClaim(sim, day));
  sim.emittedClaims += claims.length;
  for (const c of claims) sim.track(c);

  const batchRef = `BT${String(tick + 1).padStart(7, '0')}`;
  const dayText = dayToX12(day);
  const time = sim.timeOf(tick);
  const name837 = sim.fileName('837', dayText, batchRef);
  const name999 = sim.fileName('999', dayText, batchRef);
  const groups: Group[] = [];
  const acks: string[] = [];
  const accepted: GenClaim[] = [];
  let setNumber = 0;
  for (const type of TYPES) {
    const ofType = byProvider(claims.filter((c) => c.type === type));
    if (ofType.length === 0) continue;
    const control = String(++setNumber).padStart(4, '0');
    const built = build837(o.delimiters, cast, { type, control, batchRef, day, time, claims: ofType });
    const group: Group = { functionalId: 'HC', version: VERSION_837[type], control: ++sim.groupSeq, sets: [built.text] };
    groups.push(group);
    const rejectedAt = rng.chance(o.rates.rejected999) ? rng.int(0, ofType.length - 1) : -1;
    acks.push(build999(o.delimiters, {
      control: String(acks.length + 1).padStart(4, '0'), groupControl: group.control, version: group.version, setControl: control,
      rejected: rejectedAt < 0 ? null : { clmPosition: built.clmPositions[rejectedAt], frequency: ofType[rejectedAt].frequency, pcn: ofType[rejectedAt].pcn },
    }));
    for (const c of ofType) {
      c.files.push(name837, name999);
      if (rejectedAt >= 0) { c.status = 'rejected'; c.rejectedBy = '999'; } else accepted.push(c);
    }
  }
  const submitter = cast.submitter.id;
  const clearinghouse = cast.clearinghouse.id;
  sim.out.push({ type: 'file', file: { name: name837, kind: '837', text: interchange(o.delimiters, { sender: submitter, receiver: clearinghouse, day, time, control: ++sim.interchangeSeq }, groups) } });
  const ackGroup: Group = { functionalId: 'FA', version: '005010X231A1', control: ++sim.groupSeq, sets: acks };
  sim.out.push({ type: 'file', file: { name: name999, kind: '999', text: interchange(o.delimiters, { sender: clearinghouse, receiver: submitter, day, time, control: ++sim.interchangeSeq }, [ackGroup]) } });
  if (accepted.length > 0) sim.schedule(tick + 1, { type: 'ack', claims: accepted, batchRef });
  for (const c of claims) if (c.status === 'rejected') sim.close(c);
}

function newClaim(sim: Simulation, day: number): GenClaim {
  const { o, rng, cast } = sim;
  const r = rng.next();
  const type: ClaimType = r < o.rates.institutional ? 'institutional' : r < o.rates.institutional + o.rates.dental ? 'dental' : 'professional';
  const provider = rng.pick(cast.providers[type]);
  const member = memberAt(o.seed, rng.int(0, sim.memberPool - 1), o.startDay, o.rates.dependent);
  const payer = type === 'dental'
    ? cast.dentalPayers[member.dentalPayer % cast.dentalPayers.length]
    : cast.medicalPayers[member.medicalPayer % cast.medicalPayers.length];
  return makeClaim(rng, { pcn: sim.nextPcn(provider.code), type, provider, payer, member, submitDay: day });
}

/** Stable grouping by billing provider so each gets one HL 20 loop. */
function byProvider(claims: GenClaim[]): GenClaim[] {
  const groups = new Map<string, GenClaim[]>();
  for (const c of claims) {
    const list = groups.get(c.provider.npi);
    if (list) list.push(c); else groups.set(c.provider.npi, [c]);
  }
  return [...groups.values()].flat();
}
