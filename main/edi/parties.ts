// People and organisations from NM1 / N1 segments, and the N3/N4/REF/DMG/PRV segments that complete them.
import type { MapContext } from './map-context.js';
import { orNull } from './map-context.js';
import type { Address, Party, Person, Provider } from './model.js';

/** NM1: 01 entity, 02 type (1 person, 2 organisation), 03 last/org, 04 first, 05 middle, 08 id qualifier, 09 id. */
export function partyFromNm1(ctx: MapContext, s: number): Party {
  const t = ctx.t;
  const last = t.el(s, 3);
  const first = t.el(s, 4);
  return {
    entityCode: t.code(s, 1),
    name: displayName(last, first, t.el(s, 5), t.el(s, 7)),
    lastOrOrgName: last,
    firstName: orNull(first),
    idQualifier: orNull(t.code(s, 8)),
    id: orNull(t.el(s, 9)),
  };
}

/** "DOE, JANE A JR" for people, the organisation name as is. */
function displayName(last: string, first: string, middle: string, suffix: string): string {
  let name = last;
  if (first !== '') name += middle !== '' ? `, ${first} ${middle}` : `, ${first}`;
  if (suffix !== '') name += ` ${suffix}`;
  return name;
}

/** N1: 01 entity, 02 name, 03 id qualifier, 04 id. */
export function partyFromN1(ctx: MapContext, s: number): Party {
  const t = ctx.t;
  const name = t.el(s, 2);
  return { entityCode: t.code(s, 1), name, lastOrOrgName: name, firstName: null, idQualifier: orNull(t.code(s, 3)), id: orNull(t.el(s, 4)) };
}

// Built field by field (no spread): these run per claim on hot paths and spread is several times slower.
export function providerFrom(party: Party): Provider {
  const q = party.idQualifier;
  return {
    entityCode: party.entityCode,
    name: party.name,
    lastOrOrgName: party.lastOrOrgName,
    firstName: party.firstName,
    idQualifier: q,
    id: party.id,
    npi: q === 'XX' ? party.id : null,
    taxId: q === 'FI' || q === '24' || q === '34' ? party.id : null,
    taxonomy: null,
    address: null,
  };
}

export function personFrom(party: Party): Person {
  const q = party.idQualifier;
  return {
    entityCode: party.entityCode,
    name: party.name,
    lastOrOrgName: party.lastOrOrgName,
    firstName: party.firstName,
    idQualifier: q,
    id: party.id,
    memberId: isMemberIdQualifier(q) ? party.id : null,
    birthDate: null,
    gender: null,
  };
}

/** Member ids come as MI (member id), II (unique health id) or older qualifiers (34 SSN, ZZ, HN). */
function isMemberIdQualifier(q: string | null): boolean {
  return q === 'MI' || q === 'II' || q === 'C1' || q === 'ZZ' || q === '34' || q === 'HN';
}

export const personFromNm1 = (ctx: MapContext, s: number): Person => personFrom(partyFromNm1(ctx, s));
export const providerFromNm1 = (ctx: MapContext, s: number): Provider => providerFrom(partyFromNm1(ctx, s));

/** Street lines from N3, city/state/zip from N4, merged into the provider's address. */
export function applyN3(ctx: MapContext, s: number, p: Provider): void {
  const a = p.address ?? emptyAddress();
  a.line1 = ctx.t.el(s, 1);
  a.line2 = orNull(ctx.t.el(s, 2));
  p.address = a;
}

export function applyN4(ctx: MapContext, s: number, p: Provider): void {
  const a = p.address ?? emptyAddress();
  a.city = ctx.t.el(s, 1);
  a.state = ctx.t.el(s, 2);
  a.postalCode = ctx.t.el(s, 3);
  p.address = a;
}

/** REF on a provider: EI (employer id) or SY (SSN) carry the tax id. */
export function applyProviderRef(ctx: MapContext, s: number, p: Provider): void {
  const q = ctx.t.code(s, 1);
  if ((q === 'EI' || q === 'SY' || q === 'TJ') && p.taxId === null) p.taxId = orNull(ctx.t.el(s, 2));
}

/** DMG: 01 format (D8), 02 birth date, 03 gender. */
export function applyDmg(ctx: MapContext, s: number, p: Person): void {
  p.birthDate = ctx.date(s, 2);
  p.gender = orNull(ctx.t.code(s, 3));
}

function emptyAddress(): Address {
  return { line1: '', line2: null, city: '', state: '', postalCode: '' };
}

export function placeholderProvider(entityCode: string): Provider {
  return providerFrom({ entityCode, name: '', lastOrOrgName: '', firstName: null, idQualifier: null, id: null });
}

export function placeholderPerson(entityCode: string): Person {
  return personFrom({ entityCode, name: '', lastOrOrgName: '', firstName: null, idQualifier: null, id: null });
}
