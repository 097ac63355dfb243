// What a remittance advice shows, as plain data: one check/EFT, its claims and lines, provider adjustments.
// Built from the store's tables by db/queries/export-rows.ts; the amounts per column are derived here, purely.

export interface RemitAdjustment { group: string; reason: string; amountCents: number }

export interface RemitLine {
  procedure: string | null; // "HC:99214:25"
  serviceFrom: string | null;
  serviceTo: string | null;
  unitsPaid: string | null;
  chargeCents: number;
  paidCents: number;
  allowedCents: number | null;
  adjustments: RemitAdjustment[];
  remarkCodes: string[];
}

export interface RemitClaim {
  id: number;
  patientName: string | null;
  memberId: string | null;
  patientControlNumber: string;
  payerClaimNumber: string | null;
  statusCode: string; // CLP02
  renderingNpi: string | null;
  serviceFrom: string | null;
  serviceTo: string | null;
  chargeCents: number;
  paidCents: number;
  patientRespCents: number;
  adjustments: RemitAdjustment[]; // claim-level CAS
  remarkCodes: string[];
  lines: RemitLine[];
}

export interface RemittanceAdvice {
  id: number;
  payerName: string | null;
  payerId: string | null;
  payeeName: string | null;
  payeeNpi: string | null;
  traceNumber: string;
  paymentMethod: string | null; // ACH, CHK, NON, BOP, FWT
  paymentDate: string | null;
  productionDate: string | null;
  paymentCents: number;
  duplicateOf: number | null;
  claims: RemitClaim[];
  providerAdjustments: { providerId: string; fiscalPeriodDate: string | null; reasonCode: string; reference: string | null; amountCents: number }[];
  /** Set when the advice was asked for one claim of the ERA. */
  onlyClaimId: number | null;
}

/** The columns of the paper remittance for one line (or a claim without lines): billed, allowed, deductible … paid. */
export interface RemitAmounts {
  billed: number;
  allowed: number;
  deductible: number;
  coinsurance: number;
  /** Every other adjustment as "GRP-RC amount", the paper remit's GRP/RC-AMT column. */
  other: RemitAdjustment[];
  paid: number;
}

export function lineAmounts(line: { chargeCents: number; paidCents: number; allowedCents?: number | null; adjustments: RemitAdjustment[] }): RemitAmounts {
  const sum = (pick: (a: RemitAdjustment) => boolean) => line.adjustments.filter(pick).reduce((t, a) => t + a.amountCents, 0);
  const deductible = sum((a) => a.group === 'PR' && a.reason === '1');
  const coinsurance = sum((a) => a.group === 'PR' && a.reason === '2');
  const patientShare = sum((a) => a.group === 'PR');
  return {
    billed: line.chargeCents,
    // AMT*B6 when the payer sent it; otherwise what the payer and patient together owe.
    allowed: line.allowedCents ?? line.paidCents + patientShare,
    deductible,
    coinsurance,
    other: line.adjustments.filter((a) => !(a.group === 'PR' && (a.reason === '1' || a.reason === '2'))),
    paid: line.paidCents,
  };
}

/** A claim's totals: the sum of its lines plus claim-level adjustments (or the claim itself when it has no lines). */
export function claimAmounts(claim: RemitClaim): RemitAmounts {
  if (claim.lines.length === 0) return lineAmounts({ ...claim, allowedCents: null });
  const parts = [...claim.lines.map(lineAmounts), lineAmounts({ chargeCents: 0, paidCents: 0, allowedCents: 0, adjustments: claim.adjustments })];
  return {
    billed: claim.chargeCents,
    allowed: parts.reduce((t, p) => t + p.allowed, 0),
    deductible: parts.reduce((t, p) => t + p.deductible, 0),
    coinsurance: parts.reduce((t, p) => t + p.coinsurance, 0),
    other: mergeAdjustments(parts.flatMap((p) => p.other)),
    paid: claim.paidCents,
  };
}

/** One entry per group + reason, amounts added: a claim's totals row lists CO-45 once. */
export function mergeAdjustments(list: readonly RemitAdjustment[]): RemitAdjustment[] {
  const merged = new Map<string, RemitAdjustment>();
  for (const a of list) {
    const key = `${a.group}-${a.reason}`;
    const seen = merged.get(key);
    merged.set(key, { group: a.group, reason: a.reason, amountCents: (seen?.amountCents ?? 0) + a.amountCents });
  }
  return [...merged.values()];
}

/** Every group, reason and remark code used in the advice, for the glossary. */
export function codesUsed(advice: RemittanceAdvice): { groups: string[]; reasons: string[]; remarks: string[] } {
  const groups = new Set<string>(), reasons = new Set<string>(), remarks = new Set<string>();
  const adjustments = (list: RemitAdjustment[]) => list.forEach((a) => { groups.add(a.group); reasons.add(a.reason); });
  for (const claim of advice.claims) {
    adjustments(claim.adjustments);
    claim.remarkCodes.forEach((r) => remarks.add(r));
    for (const line of claim.lines) { adjustments(line.adjustments); line.remarkCodes.forEach((r) => remarks.add(r)); }
  }
  const sorted = (s: Set<string>) => [...s].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return { groups: sorted(groups), reasons: sorted(reasons), remarks: sorted(remarks) };
}
