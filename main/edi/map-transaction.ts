// Picks the mapper for a transaction set: by ST01, and for 837 by version with the content as tie-breaker.
import { map277 } from './map-277.js';
import { map835 } from './map-835.js';
import { map837, type ClaimType } from './map-837.js';
import { map999 } from './map-999.js';
import { MapContext } from './map-context.js';
import type { Envelope, MappedTransaction, Warning } from './model.js';
import type { SegmentSource } from './segment-source.js';

/** Maps the set; warnings that belong to no record are appended to `setWarnings`. */
export function mapTransaction(t: SegmentSource, envelope: Envelope, setWarnings: Warning[]): MappedTransaction {
  const ctx = new MapContext(t);
  const result = dispatch(ctx, envelope);
  setWarnings.push(...ctx.warnings);
  return result;
}

function dispatch(ctx: MapContext, envelope: Envelope): MappedTransaction {
  switch (envelope.transactionSetId) {
    case '835': return { kind: '835', remittance: map835(ctx, envelope) };
    case '837': return { kind: '837', claims: map837(ctx, envelope, claimTypeOf(ctx, envelope)) };
    case '277': return map277(ctx, envelope);
    case '999': case '997': return { kind: '999', acknowledgment: map999(ctx, envelope) };
    default: return { kind: 'unsupported', transactionSetId: envelope.transactionSetId };
  }
}

const BY_VERSION: [string, ClaimType][] = [
  ['X222', 'professional'], ['X098', 'professional'],
  ['X223', 'institutional'], ['X096', 'institutional'],
  ['X224', 'dental'], ['X097', 'dental'],
];
const BY_LINE: Record<string, ClaimType> = { SV1: 'professional', SV2: 'institutional', SV3: 'dental' };

/** GS08/ST03 name the guide, but dirty files disagree with their own lines: the first SV1/SV2/SV3 wins. */
export function claimTypeOf(ctx: MapContext, envelope: Envelope): ClaimType {
  const t = ctx.t;
  const versions = `${envelope.version} ${t.el(0, 3)}`.toUpperCase();
  const byVersion = BY_VERSION.find(([key]) => versions.includes(key))?.[1] ?? null;
  let byContent: ClaimType | null = null;
  for (let s = 1; s < t.count && byContent === null; s++) byContent = BY_LINE[t.ids[s]] ?? null;
  if (byContent !== null && byVersion !== null && byContent !== byVersion) {
    ctx.warn('claim_type_mismatch', `Version ${envelope.version} says ${byVersion} but the service lines are ${byContent}`, 0);
  }
  return byContent ?? byVersion ?? 'professional';
}
