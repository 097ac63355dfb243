// Claim submission (837P/I/D JSON): required-key checks, the PCN rule, test-key rule, Idempotency-Key semantics,
// and — after a configurable delay on the emulator clock — the outbound 837 and Stedi's 277CA in the poll stream.
import { createHash } from 'node:crypto';
import { build277CA, build837 } from './claims-x12.js';
import type { Clock } from './clock.js';
import type { EmuTransaction } from './dataset.js';
import { json, problem, type Reply } from './reply.js';
import { seededUlid, seededUuid } from './seeded.js';
import type { TransactionStream } from './stream.js';
import { splitInterchange } from './x12-split.js';

export interface ClaimDeskOptions {
  /** How long after submission the 837 and the 277CA appear (emulator clock). */
  delayMs?: number;
  /** How long a submission stays "in flight" for Idempotency-Key conflicts (409). */
  processingMs?: number;
  /** Also check claimChargeAmount equals the sum of line charges. */
  checkChargeSum?: boolean;
}

const PATHS: Record<string, 'P' | 'I' | 'D'> = {
  'change/medicalnetwork/professionalclaims/v3/submission': 'P',
  'change/medicalnetwork/institutionalclaims/v1/submission': 'I',
  'dental-claims/submission': 'D',
};
const DAY_MS = 86_400_000;

export function createClaimDesk(deps: ClaimDeskOptions & { seed: number; clock: Clock; stream: TransactionStream }) {
  const idempotency = new Map<string, { bodyHash: string; reply: Reply; at: number; busyUntil: number }>();
  let counter = 0;

  function submit(parts: string[], body: string, idempotencyKey: string | undefined, testKey: boolean): Reply {
    const kind = PATHS[parts.join('/')];
    if (!kind) return problem(404, 'No such route.');
    const now = deps.clock.now();
    const bodyHash = createHash('sha256').update(body).digest('hex');
    if (idempotencyKey) {
      if (idempotencyKey.length > 255) return problem(400, 'Idempotency-Key must be at most 255 characters.', 'ValidationException');
      const seen = idempotency.get(idempotencyKey);
      if (seen && now - seen.at < DAY_MS) {
        if (seen.bodyHash !== bodyHash) return problem(422, 'The request changed for this Idempotency-Key.', 'RequestChangedException');
        if (now < seen.busyUntil) return withRetryAfter(problem(409, 'A request with this Idempotency-Key is in progress.', 'ConflictException'));
        return seen.reply;
      }
    }
    const reply = accept(kind, body, testKey, now);
    if (idempotencyKey && reply.status < 500) idempotency.set(idempotencyKey, { bodyHash, reply, at: now, busyUntil: now + (deps.processingMs ?? 0) });
    return reply;
  }

  function accept(kind: 'P' | 'I' | 'D', body: string, testKey: boolean, now: number): Reply {
    let claim: Record<string, any>; // free-form request JSON
    try { claim = JSON.parse(body); } catch { return problem(400, 'Body must be JSON.', 'ValidationException'); }
    if (testKey && claim.usageIndicator !== undefined && claim.usageIndicator !== 'T') {
      return problem(403, 'Test API keys can only submit test claims (usageIndicator T).', 'AccessDeniedException');
    }
    const missing = missingKeys(claim, kind);
    if (missing.length > 0) return problem(400, `Missing required fields: ${missing.join(', ')}.`, 'ValidationException');
    const info = claim.claimInformation;
    const pcn = String(info.patientControlNumber);
    if (pcn.length > 20 || (deps.checkChargeSum && !chargesAddUp(info))) {
      const description = pcn.length > 20 ? 'Patient Control Number must be 20 characters or fewer.' : 'Claim charge amount must equal the sum of the line charges.';
      return json(400, { status: 'ERROR', httpStatusCode: '400 BAD_REQUEST', errors: [{ code: '33', description, followupAction: 'Please Correct and Resubmit' }] });
    }
    counter += 1;
    const correlationId = seededUlid(now, deps.seed, 'claim', counter);
    const lines = (info.serviceLines as Array<Record<string, string>>).map((l, i) => {
      const id = l.providerControlNumber ?? l.lineItemControlNumber ?? seededUlid(now, deps.seed, 'line', counter, i);
      if (kind === 'I') l.lineItemControlNumber = id; else l.providerControlNumber = id;
      return { lineItemControlNumber: id };
    });
    enqueue(claim, kind, correlationId, pcn, now);
    return json(200, {
      status: 'SUCCESS', controlNumber: claim.controlNumber ?? String(counter).padStart(9, '0'), tradingPartnerServiceId: claim.tradingPartnerServiceId,
      claimReference: {
        correlationId, [kind === 'I' ? 'rhClaimNumber' : 'rhclaimNumber']: correlationId, patientControlNumber: pcn,
        payerId: claim.tradingPartnerServiceId, formatVersion: '5010', timeOfResponse: new Date(now).toISOString(), serviceLines: lines,
      },
      payer: { payerId: claim.tradingPartnerServiceId, payerName: claim.tradingPartnerName ?? claim.receiver.organizationName },
      meta: { traceId: seededUuid(deps.seed, 'trace', counter) },
      httpStatusCode: '200 OK',
    });
  }

  function enqueue(claim: Record<string, any>, kind: 'P' | 'I' | 'D', correlationId: string, pcn: string, now: number): void {
    const usage = claim.usageIndicator === 'T' ? 'T' : 'P';
    const at = now + (deps.delayMs ?? 60_000);
    const ctl = 700000 + counter * 2;
    const out837 = build837(claim, kind, ctl, new Date(at), usage);
    const ack = build277CA({ correlationId, pcn, charge: String(claim.claimInformation.claimChargeAmount), ctl: ctl + 1, at: new Date(at + 1000), usage, payerName: 'STEDI INC' });
    add(out837, 'OUTBOUND', at, `claim-${counter}-837`);
    add(ack, 'INBOUND', at + 1000, `claim-${counter}-277`);
  }

  function add(x12: string, direction: 'INBOUND' | 'OUTBOUND', at: number, name: string): void {
    const piece = splitInterchange(x12)[0]!;
    const tx: EmuTransaction = {
      transactionId: seededUuid(deps.seed, 'submitted', name), fileExecutionId: seededUuid(deps.seed, 'submitted-file', name),
      status: 'succeeded', direction, mode: piece.usage === 'T' ? 'test' : 'production', processedAtMs: at, visibleAtMs: at,
      setId: piece.transactionSetId, piece, fileText: x12, sourceName: name,
    };
    deps.stream.add(tx);
  }

  return { submit, close: () => idempotency.clear() };
}

function withRetryAfter(reply: Reply): Reply {
  return { ...reply, headers: { ...reply.headers, 'retry-after': '1' } };
}

function missingKeys(claim: Record<string, any>, kind: 'P' | 'I' | 'D'): string[] {
  const info = claim.claimInformation ?? {};
  const required: Array<[string, unknown]> = [
    ['tradingPartnerServiceId', claim.tradingPartnerServiceId], ['submitter', claim.submitter],
    ['submitter.contactInformation', claim.submitter?.contactInformation], ['receiver.organizationName', claim.receiver?.organizationName],
    ['subscriber', claim.subscriber], ['claimInformation', claim.claimInformation],
    ['claimInformation.patientControlNumber', info.patientControlNumber], ['claimInformation.claimFrequencyCode', info.claimFrequencyCode],
    ['claimInformation.claimChargeAmount', info.claimChargeAmount], ['claimInformation.serviceLines', Array.isArray(info.serviceLines) && info.serviceLines.length > 0 ? info.serviceLines : undefined],
  ];
  if (kind === 'P') required.push(['billing', claim.billing], ['claimInformation.claimFilingCode', info.claimFilingCode], ['claimInformation.placeOfServiceCode', info.placeOfServiceCode]);
  if (kind === 'I') required.push(['claimInformation.claimCodeInformation', info.claimCodeInformation], ['claimInformation.principalDiagnosis', info.principalDiagnosis]);
  return required.filter(([, v]) => v === undefined || v === null || v === '').map(([k]) => k);
}

function chargesAddUp(info: Record<string, any>): boolean {
  const cents = (s: unknown) => { const [w, f = ''] = String(s).split('.'); return Number(w) * 100 + Number((f + '00').slice(0, 2)) * (String(s).startsWith('-') ? -1 : 1); };
  const lines = (info.serviceLines as Array<Record<string, any>>).map((l) => (l.professionalService ?? l.institutionalService ?? l.dentalService)?.lineItemChargeAmount);
  return lines.reduce((sum: number, a) => sum + cents(a), 0) === cents(info.claimChargeAmount);
}
