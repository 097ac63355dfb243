// A claim's timeline as stored in claim_timelines.events: one JSON array of positional tuples
// [at, type, source, code, amountCents, counted (1/0), detail], in timeline order. Raw set ids are left out: they
// depend on arrival order, and the claim detail re-derives its timeline (with them) from the evidence anyway.
import type { ClaimEvent } from '../../main/store/timeline.js';

export interface StoredEvent {
  seq: number; at: string; type: string; source: string; code: string | null; amountCents: number | null; counted: boolean; detail: string | null;
}

type Tuple = [string, string, string, string | null, number | null, 0 | 1, string | null];

export const encodeTimeline = (events: readonly ClaimEvent[]): string =>
  JSON.stringify(events.map((e): Tuple => [e.at, e.type, e.source, e.code, e.amountCents, e.counted ? 1 : 0, e.detail]));

export const decodeTimeline = (json: string | null | undefined): StoredEvent[] =>
  json ? (JSON.parse(json) as Tuple[]).map(([at, type, source, code, amountCents, counted, detail], seq) =>
    ({ seq, at, type, source, code, amountCents, counted: counted === 1, detail })) : [];
