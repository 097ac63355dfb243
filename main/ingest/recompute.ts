// Re-correlates and re-derives every claim touched by new (or removed) evidence. The touched evidence is closed
// under shared keys (patient control number key, payer claim number, REF*F8), split into independent groups, and
// each group is grouped into claims from scratch, so the result never depends on what arrived first.
import { acksFor, evidenceByKeys, setEvidenceClaim } from '../../db/queries/evidence.js';
import { deleteClaim, insertClaim, moveWorkflow, updateClaim, writeClaimChildren } from '../../db/queries/claim-writes.js';
import type { Db } from '../../db/open.js';
import { correlate } from '../store/correlate.js';
import { deriveClaim } from '../store/derive-claim.js';
import type { AckEvidence, ClaimEvidence } from '../store/evidence.js';
import { UnionFind } from '../store/union-find.js';

export interface Tally { created: Set<number>; updated: Set<number> }
export interface Seeds { pcnKeys: Set<string>; pccs: Set<string> }
export const newSeeds = (): Seeds => ({ pcnKeys: new Set(), pccs: new Set() });

/** Where recompute finds evidence. Evidence with a negative id is held in memory (a bulk import's window) and is
 *  written by `store` once its claim is known; everything else is already in the database. */
export interface EvidenceSource {
  closure(seeds: Seeds): ClaimEvidence[];
  store(e: ClaimEvidence, claimId: number): void;
}

export const storedEvidence = (db: Db): EvidenceSource => ({
  closure: (seeds) => closure(db, seeds),
  store: () => { throw new Error('stored evidence has nothing to write'); },
});

export const keysOf = (e: ClaimEvidence): string[] => {
  const k = [`k:${e.pcnKey}`];
  const pcc = e.kind === 'submission' ? e.originalPcc : e.pcc;
  if (pcc) k.push(`c:${pcc}`);
  return k;
};

/**
 * Evidence sharing a key with the seeds, closed under shared keys: each round looks up only the keys the last round
 * found. `held` answers for evidence in memory; `mayBeStored` says whether the database can hold a key at all (a
 * bulk import into an empty store skips every lookup of a key it has not written yet).
 */
export function closeOverKeys(db: Db, seeds: Seeds, held?: (key: string) => readonly ClaimEvidence[], mayBeStored: (key: string) => boolean = () => true): ClaimEvidence[] {
  const found = { submission: new Map<number, ClaimEvidence>(), report: new Map<number, ClaimEvidence>(), payment: new Map<number, ClaimEvidence>() }; // ids are per table
  const seen = new Set<string>();
  let pk = [...seeds.pcnKeys].map((k) => `k:${k}`), pc = [...seeds.pccs].map((c) => `c:${c}`);
  while (pk.length || pc.length) {
    const round: ClaimEvidence[] = [];
    const ask = { pcnKeys: [] as string[], pccs: [] as string[] };
    for (const key of [...pk, ...pc]) {
      if (seen.has(key)) continue;
      seen.add(key);
      if (held) round.push(...held(key));
      if (mayBeStored(key)) (key[0] === 'k' ? ask.pcnKeys : ask.pccs).push(key.slice(2));
    }
    if (ask.pcnKeys.length || ask.pccs.length) round.push(...evidenceByKeys(db, ask.pcnKeys, ask.pccs));
    pk = []; pc = [];
    for (const e of round) {
      const byId = found[e.kind];
      if (byId.has(e.id)) continue;
      byId.set(e.id, e);
      for (const k of keysOf(e)) if (!seen.has(k)) (k[0] === 'k' ? pk : pc).push(k);
    }
  }
  return [...found.submission.values(), ...found.report.values(), ...found.payment.values()];
}

const closure = (db: Db, seeds: Seeds): ClaimEvidence[] => closeOverKeys(db, seeds);

/** Independent neighbourhoods: evidence sharing no key can never be one claim. */
function neighbourhoods(items: ClaimEvidence[]): ClaimEvidence[][] {
  const uf = new UnionFind(items.length);
  const firstWithKey = new Map<string, number>();
  items.forEach((e, i) => {
    for (const k of keysOf(e)) {
      const j = firstWithKey.get(k);
      if (j === undefined) firstWithKey.set(k, i); else uf.union(i, j);
    }
  });
  return uf.groups().map((g) => g.map((i) => items[i]!));
}

/** 999 answers for the cluster's 837 sets; `cache` spans one recompute, where thousands of claims share a set. */
function acksOf(db: Db, cluster: ClaimEvidence[], cache: Map<string, AckEvidence[]>): AckEvidence[] {
  const seen = new Map<number, AckEvidence>();
  for (const e of cluster) {
    if (e.kind !== 'submission') continue;
    const key = `${e.groupControlNumber}\u0000${e.transactionControlNumber}`;
    let acks = cache.get(key);
    if (!acks) { acks = acksFor(db, e.groupControlNumber, e.transactionControlNumber); cache.set(key, acks); }
    for (const a of acks) seen.set(a.id, a);
  }
  return [...seen.values()];
}

/** `extraClaimIds`: claims whose evidence may have been deleted; they are removed when nothing claims them now. */
export function recomputeClaims(db: Db, seeds: Seeds, tally: Tally, extraClaimIds: readonly number[] = [], source = storedEvidence(db)): void {
  if (seeds.pcnKeys.size === 0 && seeds.pccs.size === 0 && extraClaimIds.length === 0) return;
  const leftovers = new Set(extraClaimIds);
  const ackCache = new Map<string, AckEvidence[]>();
  for (const hood of neighbourhoods(source.closure(seeds))) {
    const oldIds = new Set(hood.flatMap((e) => (e.claimId === null ? [] : [e.claimId])));
    const taken = new Map<number, string>(); // claim id → anchor
    const heirOf = new Map<number, number>(); // old claim id → the claim that now holds its first evidence
    for (const cluster of correlate(hood)) {
      const derived = deriveClaim(cluster, acksOf(db, cluster, ackCache));
      const candidates = [...new Set(cluster.flatMap((e) => (e.claimId === null ? [] : [e.claimId])))].sort((a, b) => a - b);
      let id = candidates.find((c) => !taken.has(c));
      if (id === undefined) {
        id = insertClaim(db, derived);
        writeClaimChildren(db, id, derived, true);
        tally.created.add(id);
      } else {
        updateClaim(db, id, derived);
        writeClaimChildren(db, id, derived, false);
        if (!tally.created.has(id)) tally.updated.add(id);
      }
      taken.set(id, derived.anchor);
      for (const c of candidates) if (!heirOf.has(c)) heirOf.set(c, id);
      for (const e of cluster) {
        if (e.id < 0) source.store(e, id);
        else if (e.claimId !== id) setEvidenceClaim(db, e.kind, e.id, id);
      }
    }
    for (const old of oldIds) {
      leftovers.delete(old);
      if (taken.has(old)) continue;
      const heir = heirOf.get(old)!;
      moveWorkflow(db, old, heir, taken.get(heir)!);
      deleteClaim(db, old);
      tally.updated.delete(old);
      tally.created.delete(old);
    }
    for (const id of taken.keys()) leftovers.delete(id);
  }
  for (const id of leftovers) {
    deleteClaim(db, id);
    tally.updated.delete(id);
  }
}
