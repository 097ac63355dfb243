// The claim (2300) and service line (2400) part of the 837 mapper: line segments SV1/SV2/SV3, dates,
// line control numbers, teeth, NDC, line rendering provider; and the final ClaimSubmission record.
import type { DateRange, MapContext } from './map-context.js';
import { orNull } from './map-context.js';
import type { ClaimSubmission, Envelope, Provider, SubmissionLine } from './model.js';
import type { ClaimType, Hierarchy } from './map-837.js';
import { placeholderPerson, placeholderProvider, providerFromNm1 } from './parties.js';
import { cents } from './balance-835.js';

export interface ClaimDraft {
  segment: number;
  /** ctx.warnings length when the claim began: later warnings belong to this claim. */
  warningStart: number;
  patientControlNumber: string;
  chargeCents: number;
  facilityCode: string | null;
  facilityCodeQualifier: string | null;
  frequencyCode: string;
  predetermination: boolean;
  /** REF*F8, D9, G1, 9F, EA (fixed fields: a record keyed by codes such as '9F' would be a dictionary). */
  refs: { F8: string | null; D9: string | null; G1: string | null; referral: string | null; EA: string | null };
  /** DTP*434, 435, 472 (as fields: numeric keys would give every draft an 'elements' array of 473 slots). */
  dates: { statement: DateRange | null; admission: DateRange | null; service: DateRange | null };
  diagnosisCodes: { qualifier: string; code: string }[];
  /** NM1*82 rendering, DN / P3 referring, 71 attending, 72 operating, 77 / FA service facility. */
  providers: {
    rendering: Provider | null; DN: Provider | null; P3: Provider | null; attending: Provider | null;
    operating: Provider | null; facility: Provider | null; FA: Provider | null;
  };
  lines: SubmissionLine[];
  line: SubmissionLine | null;
  /** Provider named by the last NM1 inside the current line (for its N3/N4/PRV). */
  lineTarget: Provider | null;
}

export function newLine(ctx: MapContext, s: number, fallbackNumber: number): SubmissionLine {
  const lx = ctx.t.ids[s] === 'LX' ? Number(ctx.t.el(s, 1)) : NaN;
  return {
    lineNumber: Number.isInteger(lx) ? lx : fallbackNumber,
    procedure: null, revenueCode: null, chargeCents: 0, unitBasis: null, units: null,
    serviceDateFrom: null, serviceDateTo: null, lineControlNumber: null,
    toothNumber: null, toothSurfaces: [], ndc: null, renderingProvider: null,
  };
}

/** Reads a segment that belongs to the current service line; false when it is not a line segment. */
export function readLineSegment(ctx: MapContext, s: number, claim: ClaimDraft): boolean {
  const t = ctx.t;
  const line = claim.line!;
  switch (t.ids[s]) {
    case 'SV1': // 01 procedure, 02 charge, 03 unit basis, 04 units
      line.procedure = ctx.procedure(s, 1);
      line.chargeCents = ctx.cents(s, 2);
      line.unitBasis = orNull(t.code(s, 3));
      line.units = orNull(t.el(s, 4));
      return true;
    case 'SV2': // 01 revenue code, 02 procedure, 03 charge, 04 unit basis, 05 units
      line.revenueCode = orNull(t.el(s, 1));
      line.procedure = ctx.procedure(s, 2);
      line.chargeCents = ctx.cents(s, 3);
      line.unitBasis = orNull(t.code(s, 4));
      line.units = orNull(t.el(s, 5));
      return true;
    case 'SV3': // 01 procedure, 02 charge; dental lines count one procedure unless SV306 says more
      line.procedure = ctx.procedure(s, 1);
      line.chargeCents = ctx.cents(s, 2);
      line.units = orNull(t.el(s, 6));
      line.unitBasis = line.units === null ? null : 'UN';
      return true;
    case 'DTP':
      if (t.code(s, 1) === '472') {
        const d = ctx.dateValue(s, 2, 3);
        line.serviceDateFrom = d.from;
        line.serviceDateTo = d.to;
      }
      return true;
    case 'REF':
      if (t.code(s, 1) === '6R') line.lineControlNumber = orNull(t.el(s, 2));
      return true;
    case 'TOO': // 02 tooth number, 03 surfaces composite
      line.toothNumber = orNull(t.el(s, 2));
      line.toothSurfaces = ctx.components(s, 3).filter((c) => c !== '');
      return true;
    case 'LIN': // 02 N4 = NDC in 03
      if (t.code(s, 2) === 'N4') line.ndc = orNull(t.el(s, 3));
      return true;
    case 'NM1':
      claim.lineTarget = t.code(s, 1) === '82' ? (line.renderingProvider = providerFromNm1(ctx, s)) : null;
      return true;
    case 'SVD': case 'CAS': case 'AMT': case 'CTP': case 'QTY': case 'NTE': case 'PWK': case 'HCP': case 'MEA':
      return true;
    default:
      return false;
  }
}

export function finishClaim(ctx: MapContext, d: ClaimDraft, h: Hierarchy, envelope: Envelope, claimType: ClaimType): ClaimSubmission {
  const claimDate = d.dates.service;
  let lineTotal = 0;
  for (const line of d.lines) {
    lineTotal += line.chargeCents;
    // A claim-level service date (837D, some 837P) applies to lines that carry none.
    if (claimDate && line.serviceDateFrom === null) { line.serviceDateFrom = claimDate.from; line.serviceDateTo = claimDate.to; }
  }
  if (d.lines.length > 0 && lineTotal !== d.chargeCents) {
    ctx.warn('claim_charge_mismatch', `CLM02 is ${cents(d.chargeCents)} but the service lines add up to ${cents(lineTotal)}`, d.segment, 2);
  }
  if (h.billing === null) ctx.warn('missing_billing_provider', 'Claim without a billing provider (2010AA NM1*85)', d.segment);
  if (h.subscriber === null) ctx.warn('missing_subscriber', 'Claim without a subscriber (2010BA NM1*IL)', d.segment);
  if (h.payer === null) ctx.warn('missing_payer', 'Claim without a payer (2010BB NM1*PR)', d.segment);
  const subscriber = h.subscriber ?? placeholderPerson('IL');
  const statement = d.dates.statement;
  return {
    kind: '837',
    claimType,
    envelope,
    batchReference: h.batchReference,
    createdDate: h.createdDate,
    submitter: h.submitter,
    receiver: h.receiver,
    billingProvider: h.billing ?? placeholderProvider('85'),
    payToProvider: h.payTo,
    subscriber,
    patient: h.patient ?? subscriber,
    relationshipCode: h.relationshipCode,
    payerSequence: h.payerSequence,
    groupNumber: h.groupNumber,
    filingIndicator: h.filingIndicator,
    payer: h.payer ?? { entityCode: 'PR', name: '', lastOrOrgName: '', firstName: null, idQualifier: null, id: null },
    patientControlNumber: d.patientControlNumber,
    chargeCents: d.chargeCents,
    facilityCode: d.facilityCode,
    facilityCodeQualifier: d.facilityCodeQualifier,
    frequencyCode: normaliseFrequency(d.frequencyCode),
    originalPayerClaimNumber: d.refs.F8,
    clearinghouseTraceNumber: d.refs.D9,
    priorAuthorization: d.refs.G1,
    referralNumber: d.refs.referral,
    medicalRecordNumber: d.refs.EA,
    predetermination: d.predetermination,
    statementFrom: statement?.from ?? null,
    statementTo: statement?.to ?? null,
    admissionDate: d.dates.admission?.from ?? null,
    diagnosisCodes: d.diagnosisCodes,
    renderingProvider: d.providers.rendering,
    referringProvider: d.providers.DN ?? d.providers.P3,
    attendingProvider: d.providers.attending,
    operatingProvider: d.providers.operating,
    serviceFacility: d.providers.facility ?? d.providers.FA,
    lines: d.lines,
    location: ctx.loc(d.segment),
    warnings: ctx.warnings.splice(d.warningStart),
  };
}

/** CLM05-3: '1' when absent; `1.00` (seen in 4010 files) is read as `1`. */
function normaliseFrequency(v: string): string {
  const f = v.trim();
  if (f === '') return '1';
  return f.includes('.') && /^\d+\.0+$/.test(f) ? f.slice(0, f.indexOf('.')) : f;
}
