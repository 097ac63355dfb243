// 835 remittance advice → Remittance: payment header, payer/payee, claims (CLP) with their adjustments and
// service lines (SVC), provider-level adjustments (PLB). Amounts are kept as sent; balance-835 judges them.
import { balanceRemittance } from './balance-835.js';
import { append, MapContext, orNull } from './map-context.js';
import type { Adjustment, ClaimPayment, Envelope, Party, Provider, ProviderAdjustment, Remittance, ServicePayment } from './model.js';
import { applyN3, applyN4, applyProviderRef, partyFromN1, partyFromNm1, personFromNm1, providerFrom, providerFromNm1 } from './parties.js';
import { X12Error } from './errors.js';
import { readSvc } from './map-835-svc.js';

type Target = 'none' | 'payer' | 'payee' | 'claim' | 'rendering';

export function map835(ctx: MapContext, envelope: Envelope): Remittance {
  const t = ctx.t;
  let bpr = -1;
  let trnId = '';
  let originatorId: string | null = null;
  let productionDate: string | null = null;
  let payer: Party | null = null;
  let payerRefId: string | null = null;
  let payee: Provider | null = null;
  let target: Target = 'none';
  const claims: ClaimPayment[] = [];
  const providerAdjustments: ProviderAdjustment[] = [];
  let claim: ClaimPayment | null = null;
  let line: ServicePayment | null = null;

  for (let s = 1; s < t.count - 1; s++) {
    switch (t.ids[s]) {
      case 'BPR': bpr = s; break;
      case 'TRN':
        if (trnId === '') { trnId = t.el(s, 2); originatorId = orNull(t.el(s, 3)); }
        break;
      case 'DTM': {
        const q = t.code(s, 1);
        if (claim === null) { if (q === '405') productionDate = ctx.date(s, 2); break; }
        if (line !== null) {
          if (q === '472') { const d = ctx.date(s, 2); line.serviceDateFrom = d; line.serviceDateTo = d; }
          else if (q === '150') line.serviceDateFrom = ctx.date(s, 2);
          else if (q === '151') line.serviceDateTo = ctx.date(s, 2);
        } else if (q === '232') claim.statementFrom = ctx.date(s, 2);
        else if (q === '233') claim.statementTo = ctx.date(s, 2);
        else if (q === '050') claim.receivedDate = ctx.date(s, 2);
        break;
      }
      case 'N1': {
        const q = t.code(s, 1);
        if (q === 'PR') { payer = partyFromN1(ctx, s); target = 'payer'; }
        else if (q === 'PE') { payee = providerFrom(partyFromN1(ctx, s)); target = 'payee'; }
        else target = 'none';
        break;
      }
      case 'N3': if (target === 'payee' && payee) applyN3(ctx, s, payee); break;
      case 'N4': if (target === 'payee' && payee) applyN4(ctx, s, payee); break;
      case 'REF': {
        const q = t.code(s, 1);
        if (line !== null) { if (q === '6R') line.lineControlNumber = orNull(t.el(s, 2)); }
        else if (target === 'payer' && q === '2U') payerRefId = orNull(t.el(s, 2));
        else if (target === 'payee' && payee) applyProviderRef(ctx, s, payee);
        break;
      }
      case 'LX':
        claim = line = null;
        target = 'none';
        break;
      case 'CLP':
        line = null;
        target = 'claim';
        claim = newClaim(ctx, s);
        claims.push(claim);
        break;
      case 'CAS':
        if (line !== null) line.adjustments = readCas(ctx, s, line.adjustments);
        else if (claim !== null) claim.adjustments = readCas(ctx, s, claim.adjustments);
        break;
      case 'NM1': if (claim !== null && line === null) target = readClaimName(ctx, s, claim); break;
      case 'MIA': if (claim) claim.remarkCodes.push(...ctx.nonEmpty(s, 5, 5), ...ctx.nonEmpty(s, 20, 24)); break;
      case 'MOA': if (claim) claim.remarkCodes.push(...ctx.nonEmpty(s, 3, 7)); break;
      case 'AMT':
        if (line !== null) { if (t.code(s, 1) === 'B6') line.allowedCents = ctx.centsOrNull(s, 2); }
        else if (claim !== null) claim.amounts = append(claim.amounts, { qualifier: t.code(s, 1), cents: ctx.cents(s, 2) });
        break;
      case 'QTY': if (claim !== null && line === null) claim.quantities = append(claim.quantities, { qualifier: t.code(s, 1), value: t.el(s, 2) }); break;
      case 'SVC':
        if (claim === null) { ctx.warn('svc_outside_claim', 'SVC before any CLP was ignored', s); break; }
        line = readSvc(ctx, s);
        claim.lines = append(claim.lines, line);
        break;
      case 'LQ': if (line !== null && t.code(s, 1) === 'HE') line.remarkCodes = append(line.remarkCodes, t.el(s, 2)); break;
      case 'PLB':
        claim = line = null;
        target = 'none';
        readPlb(ctx, s, providerAdjustments);
        break;
    }
  }
  if (bpr < 0) throw new X12Error('missing_segment', '835 without a BPR payment segment', ctx.loc(0));
  if (payer === null) ctx.warn('missing_payer', '835 without an N1*PR payer loop', 0);
  if (payee === null) ctx.warn('missing_payee', '835 without an N1*PE payee loop', 0);
  const paymentCents = ctx.cents(bpr, 2);
  if (paymentCents < 0) ctx.warn('negative_payment', 'BPR02 is negative; the 835 guide carries a negative net forward with PLB FB instead', bpr, 2);
  const paymentDate = ctx.date(bpr, 16);
  const remittance: Remittance = {
    kind: '835',
    envelope,
    handlingCode: t.code(bpr, 1),
    paymentCents,
    creditDebit: orNull(t.code(bpr, 3)),
    paymentMethod: orNull(t.code(bpr, 4)),
    paymentDate,
    traceNumber: trnId,
    originatorId,
    productionDate,
    payer: withPayerId(payer, payerRefId, originatorId),
    payee: payee ?? providerFrom({ entityCode: 'PE', name: '', lastOrOrgName: '', firstName: null, idQualifier: null, id: null }),
    claims,
    providerAdjustments,
    findings: [],
    location: ctx.loc(0),
    warnings: ctx.warnings.splice(0),
  };
  balanceRemittance(remittance, ctx.loc(bpr, 2));
  return remittance;
}

function newClaim(ctx: MapContext, s: number): ClaimPayment {
  const t = ctx.t;
  return {
    patientControlNumber: t.el(s, 1),
    statusCode: t.code(s, 2),
    chargeCents: ctx.cents(s, 3),
    paidCents: ctx.cents(s, 4),
    patientResponsibilityCents: ctx.centsOrNull(s, 5) ?? 0,
    filingIndicator: orNull(t.code(s, 6)),
    payerClaimControlNumber: orNull(t.el(s, 7)),
    facilityCode: orNull(t.el(s, 8)),
    frequencyCode: orNull(t.el(s, 9)),
    drgCode: orNull(t.el(s, 11)),
    patient: null, insured: null, correctedPatient: null, renderingProvider: null, crossoverPayer: null,
    statementFrom: null, statementTo: null, receivedDate: null,
    adjustments: [], remarkCodes: [], amounts: [], quantities: [], lines: [], findings: [],
    location: ctx.loc(s),
  };
}

function readClaimName(ctx: MapContext, s: number, claim: ClaimPayment): Target {
  switch (ctx.t.code(s, 1)) {
    case 'QC': claim.patient = personFromNm1(ctx, s); break;
    case 'IL': claim.insured = personFromNm1(ctx, s); break;
    case '74': claim.correctedPatient = personFromNm1(ctx, s); break;
    case '82': claim.renderingProvider = providerFromNm1(ctx, s); return 'rendering';
    case 'TT': claim.crossoverPayer = partyFromNm1(ctx, s); break;
  }
  return 'claim';
}

/** CAS: group code, then up to six (reason, amount, quantity) triples at 02-04 … 17-19. Returns the list. */
function readCas(ctx: MapContext, s: number, list: Adjustment[]): Adjustment[] {
  const t = ctx.t;
  const group = t.code(s, 1);
  for (let i = 2; i <= 17; i += 3) {
    if (!t.has(s, i)) continue;
    list = append(list, { group, reason: t.code(s, i), amountCents: ctx.cents(s, i + 1), quantity: orNull(t.el(s, i + 2)) });
  }
  return list;
}

/** PLB: 01 provider, 02 fiscal period date, then (reason:reference, amount) pairs at 03/04 … 13/14. */
function readPlb(ctx: MapContext, s: number, into: ProviderAdjustment[]): void {
  const providerId = ctx.t.el(s, 1);
  const fiscalPeriodDate = ctx.date(s, 2);
  for (let i = 3; i <= 13; i += 2) {
    const parts = ctx.components(s, i);
    if (parts.length === 0) continue;
    into.push({ providerId, fiscalPeriodDate, reasonCode: parts[0].toUpperCase(), reference: orNull(parts[1] ?? ''), amountCents: ctx.cents(s, i + 1) });
  }
}

/** The payer's id: REF*2U when sent, else N104, else the TRN03 originator (1 + TIN). */
function withPayerId(payer: Party | null, refId: string | null, originatorId: string | null): Party {
  const base = payer ?? { entityCode: 'PR', name: '', lastOrOrgName: '', firstName: null, idQualifier: null, id: null };
  if (refId !== null) return { ...base, idQualifier: '2U', id: refId };
  if (base.id !== null) return base;
  return originatorId !== null ? { ...base, idQualifier: 'TRN03', id: originatorId } : base;
}
