// 837 P/I/D → one ClaimSubmission per CLM. Walks the HL hierarchy keeping the billing provider, subscriber,
// payer and patient in force; claim-level other-payer loops (2320/2330) never overwrite them.
import { append, MapContext, orNull } from './map-context.js';
import { finishClaim, readLineSegment, newLine, type ClaimDraft } from './map-837-claim.js';
import type { ClaimSubmission, Envelope, Party, Person, Provider } from './model.js';
import { applyDmg, applyN3, applyN4, applyProviderRef, partyFromNm1, personFromNm1, providerFromNm1 } from './parties.js';

export type ClaimType = ClaimSubmission['claimType'];

/** What the HL loops above the current claim say. */
export interface Hierarchy {
  batchReference: string | null;
  createdDate: string | null;
  submitter: Party | null;
  receiver: Party | null;
  billing: Provider | null;
  billingTaxonomy: string | null;
  payTo: Provider | null;
  subscriber: Person | null;
  payer: Party | null;
  payerSequence: string | null;
  relationshipCode: string | null;
  groupNumber: string | null;
  filingIndicator: string | null;
  patient: Person | null;
}

const DIAGNOSIS_QUALIFIERS = new Set(['ABK', 'ABF', 'ABJ', 'APR', 'ABN', 'BK', 'BF', 'BJ', 'PR', 'BN']);

export function map837(ctx: MapContext, envelope: Envelope, claimType: ClaimType): ClaimSubmission[] {
  const t = ctx.t;
  const h: Hierarchy = {
    batchReference: null, createdDate: null, submitter: null, receiver: null, billing: null, billingTaxonomy: null,
    payTo: null, subscriber: null, payer: null, payerSequence: null, relationshipCode: null, groupNumber: null,
    filingIndicator: null, patient: null,
  };
  const out: ClaimSubmission[] = [];
  let claim: ClaimDraft | null = null;
  let otherPayer = false; // inside 2320/2330: names there belong to other payers
  let provider: Provider | null = null; // N3/N4/REF/PRV target
  let person: Person | null = null; // DMG target
  const close = () => {
    if (claim !== null) out.push(finishClaim(ctx, claim, h, envelope, claimType));
    claim = null;
  };

  for (let s = 1; s < t.count - 1; s++) {
    const id = t.ids[s];
    if (claim !== null && claim.line !== null && readLineSegment(ctx, s, claim)) {
      if (id === 'NM1') provider = claim.lineTarget;
      continue;
    }
    switch (id) {
      case 'BHT':
        h.batchReference = orNull(t.el(s, 3));
        h.createdDate = ctx.date(s, 4);
        break;
      case 'HL': {
        close();
        otherPayer = false;
        provider = null;
        person = null;
        const level = t.code(s, 3);
        if (level === '20') { h.billing = null; h.billingTaxonomy = null; h.payTo = null; h.subscriber = null; h.payer = null; h.patient = null; }
        else if (level === '22') { h.subscriber = null; h.payer = null; h.patient = null; h.relationshipCode = null; }
        else if (level === '23') h.patient = null;
        break;
      }
      case 'SBR':
        if (claim !== null) { otherPayer = true; provider = null; person = null; break; }
        h.payerSequence = orNull(t.code(s, 1));
        h.relationshipCode = orNull(t.el(s, 2));
        h.groupNumber = orNull(t.el(s, 3));
        h.filingIndicator = orNull(t.code(s, 9));
        break;
      case 'PAT': h.relationshipCode = orNull(t.el(s, 1)); break;
      case 'PRV':
        if (provider !== null) provider.taxonomy = orNull(t.el(s, 3));
        else if (claim === null && h.billing === null) h.billingTaxonomy = orNull(t.el(s, 3));
        break;
      case 'NM1':
        provider = null;
        person = null;
        if (otherPayer) break;
        if (claim !== null) { provider = claimProvider(ctx, s, claim); break; }
        switch (t.code(s, 1)) {
          case '41': h.submitter = partyFromNm1(ctx, s); break;
          case '40': h.receiver = partyFromNm1(ctx, s); break;
          case '85':
            provider = h.billing = providerFromNm1(ctx, s);
            provider.taxonomy = h.billingTaxonomy;
            break;
          case '87': provider = h.payTo = providerFromNm1(ctx, s); break;
          case 'IL': person = h.subscriber = personFromNm1(ctx, s); break;
          case 'PR': h.payer = partyFromNm1(ctx, s); break;
          case 'QC': person = h.patient = personFromNm1(ctx, s); break;
        }
        break;
      case 'N3': if (provider) applyN3(ctx, s, provider); break;
      case 'N4': if (provider) applyN4(ctx, s, provider); break;
      case 'DMG': if (person) applyDmg(ctx, s, person); break;
      case 'REF':
        if (provider) applyProviderRef(ctx, s, provider);
        else if (claim !== null && !otherPayer) readClaimRef(ctx, s, claim);
        break;
      case 'CLM':
        close();
        otherPayer = false;
        provider = null;
        person = null;
        claim = newClaim(ctx, s);
        break;
      case 'DTP': if (claim !== null && !otherPayer) readClaimDate(ctx, s, claim); break;
      case 'HI': if (claim !== null) readDiagnoses(ctx, s, claim); break;
      case 'LX':
        if (claim === null) break;
        otherPayer = false;
        provider = null;
        claim.line = newLine(ctx, s, claim.lines.length + 1);
        claim.lines = append(claim.lines, claim.line);
        break;
      case 'SV1': case 'SV2': case 'SV3':
        // A service line without its LX: start one so the charge is not lost.
        if (claim === null) break;
        claim.line = newLine(ctx, s, claim.lines.length + 1);
        claim.lines = append(claim.lines, claim.line);
        readLineSegment(ctx, s, claim);
        break;
    }
  }
  close();
  return out;
}

function newClaim(ctx: MapContext, s: number): ClaimDraft {
  const t = ctx.t;
  const warningStart = ctx.warnings.length; // before CLM05 can warn
  const clm05 = ctx.components(s, 5);
  return {
    segment: s,
    warningStart,
    patientControlNumber: t.el(s, 1),
    chargeCents: ctx.cents(s, 2),
    facilityCode: orNull(clm05[0] ?? ''),
    facilityCodeQualifier: orNull(clm05[1] ?? ''),
    frequencyCode: clm05[2] ?? '',
    predetermination: t.code(s, 19) === 'PB',
    refs: { F8: null, D9: null, G1: null, referral: null, EA: null },
    dates: { statement: null, admission: null, service: null },
    providers: { rendering: null, DN: null, P3: null, attending: null, operating: null, facility: null, FA: null },
    diagnosisCodes: [], lines: [], line: null, lineTarget: null,
  };
}

const CLAIM_PROVIDERS = new Set(['82', 'DN', '71', '72', '77', 'DQ', 'P3', 'FA', 'ZZ']);

/** A claim-level provider (2310x); the first of each kind is the claim's. DQ and ZZ are read for their
 *  N3/N4/PRV but not kept. */
function claimProvider(ctx: MapContext, s: number, claim: ClaimDraft): Provider | null {
  const code = ctx.t.code(s, 1);
  if (!CLAIM_PROVIDERS.has(code)) return null;
  const p = providerFromNm1(ctx, s);
  const kept = claim.providers;
  switch (code) {
    case '82': kept.rendering ??= p; break;
    case 'DN': kept.DN ??= p; break;
    case 'P3': kept.P3 ??= p; break;
    case '71': kept.attending ??= p; break;
    case '72': kept.operating ??= p; break;
    case '77': kept.facility ??= p; break;
    case 'FA': kept.FA ??= p; break;
  }
  return p;
}

/** The first REF of each kept qualifier wins. */
function readClaimRef(ctx: MapContext, s: number, claim: ClaimDraft): void {
  const refs = claim.refs;
  switch (ctx.t.code(s, 1)) {
    case 'F8': refs.F8 ??= ctx.t.el(s, 2); break;
    case 'D9': refs.D9 ??= ctx.t.el(s, 2); break;
    case 'G1': refs.G1 ??= ctx.t.el(s, 2); break;
    case '9F': refs.referral ??= ctx.t.el(s, 2); break;
    case 'EA': refs.EA ??= ctx.t.el(s, 2); break;
  }
}

/** The last DTP of each kept qualifier wins. */
function readClaimDate(ctx: MapContext, s: number, claim: ClaimDraft): void {
  switch (ctx.t.code(s, 1)) {
    case '434': claim.dates.statement = ctx.dateValue(s, 2, 3); break;
    case '435': claim.dates.admission = ctx.dateValue(s, 2, 3); break;
    case '472': claim.dates.service = ctx.dateValue(s, 2, 3); break;
  }
}

/** HI: every element is a `qualifier:code` composite; only diagnosis qualifiers are kept. Some files split
 *  the pair into two elements (`HI*BK*8901*BF*87200`): a bare qualifier takes the next element as its code. */
function readDiagnoses(ctx: MapContext, s: number, claim: ClaimDraft): void {
  const n = ctx.t.elementCount(s);
  for (let i = 1; i <= n; i++) {
    const parts = ctx.components(s, i);
    const qualifier = (parts[0] ?? '').toUpperCase();
    if (!DIAGNOSIS_QUALIFIERS.has(qualifier)) continue;
    if (parts.length === 1 && i < n && ctx.components(s, i + 1).length === 1) {
      ctx.warn('malformed_hi', 'HI qualifier and code are in separate elements; read as one pair', s, i);
      claim.diagnosisCodes = append(claim.diagnosisCodes, { qualifier, code: ctx.t.el(s, ++i) });
    } else if (parts.length >= 2 && parts[1] !== '') claim.diagnosisCodes = append(claim.diagnosisCodes, { qualifier, code: parts[1] });
  }
}
