// Normalised identifiers and the compatibility tests correlation is built from. Pure.
import type { EvidenceCommon } from './evidence.js';

/** Payers only have to keep 20 characters of CLM01, so the lookup key is the first 20. */
export const PCN_KEEP = 20;

export const normalizeId = (value: string | null | undefined): string | null => {
  const v = value?.trim().toUpperCase();
  return v ? v : null;
};

export const normalizePcn = (pcn: string): string => pcn.trim().toUpperCase();
export const pcnKeyOf = (pcn: string): string => normalizePcn(pcn).slice(0, PCN_KEEP);

/** Equal after trimming and case-folding, or one is the other cut to 20 characters by a payer. */
export function pcnCompatible(a: string, b: string): boolean {
  const x = normalizePcn(a), y = normalizePcn(b);
  if (x === y) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return short.length === PCN_KEEP && long.startsWith(short);
}

/** Unknown on either side never blocks a match; two different known NPIs always do. */
export const npiCompatible = (a: string | null, b: string | null): boolean => !a || !b || a === b;

type PayerSide = Pick<EvidenceCommon, 'payerId' | 'payerName'>;
const normName = (s: string | null): string | null => normalizeId(s)?.replace(/[^A-Z0-9]+/g, ' ').trim() || null;

/** Same payer when ids or names agree; unknown when a side names no payer; different when what is known differs. */
export function payerCompatible(a: PayerSide, b: PayerSide): boolean {
  const ida = normalizeId(a.payerId), idb = normalizeId(b.payerId);
  if (ida && idb && ida === idb) return true;
  const na = normName(a.payerName), nb = normName(b.payerName);
  if (na && nb && na === nb) return true;
  if ((!ida && !na) || (!idb && !nb)) return true;
  if (ida && idb) return false;
  return !(na && nb); // only names known on both sides, and they differ
}

type PersonSide = Pick<EvidenceCommon, 'memberId' | 'patientId' | 'patientLast'>;

/** Whether two records describe the same patient: a shared id says yes; a corrected id with the same surname too. */
export function samePerson(a: PersonSide, b: PersonSide): 'yes' | 'no' | 'unknown' {
  const ids = (p: PersonSide) => [normalizeId(p.memberId), normalizeId(p.patientId)].filter((x): x is string => !!x);
  const ia = ids(a), ib = ids(b);
  if (ia.some((x) => ib.includes(x))) return 'yes';
  const la = normName(a.patientLast), lb = normName(b.patientLast);
  if (la && lb) return la === lb ? 'yes' : 'no';
  if (ia.length && ib.length) return 'no';
  return 'unknown';
}

export const sameCharge = (a: number | null, b: number | null): boolean => a !== null && b !== null && Math.abs(a) === Math.abs(b);

export const datesOverlap = (a: Pick<EvidenceCommon, 'serviceFrom' | 'serviceTo'>, b: Pick<EvidenceCommon, 'serviceFrom' | 'serviceTo'>): boolean => {
  if (!a.serviceFrom || !b.serviceFrom) return false;
  const aTo = a.serviceTo ?? a.serviceFrom, bTo = b.serviceTo ?? b.serviceFrom;
  return a.serviceFrom <= bTo && b.serviceFrom <= aTo;
};
