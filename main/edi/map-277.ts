// 277CA (X214) and 277 status response (X212) → one ClaimStatusReport per claim (TRN at patient level),
// plus the statuses and totals reported at source / receiver / provider level.
import type { MapContext } from './map-context.js';
import { append, orNull } from './map-context.js';
import type { ClaimStatusReport, Envelope, LevelStatus, MappedTransaction, Party, Person, Provider, StatusEntry } from './model.js';
import { partyFromNm1, personFrom, personFromNm1, providerFrom } from './parties.js';

type Report = ClaimStatusReport;
type Line = Report['lines'][number];
const LEVELS: Record<string, LevelStatus['level']> = { '20': 'source', '21': 'receiver', '19': 'provider' };

export function map277(ctx: MapContext, envelope: Envelope): Extract<MappedTransaction, { kind: '277' }> {
  const t = ctx.t;
  const variant = variantOf(ctx, envelope);
  const reports: Report[] = [];
  const levelStatuses: LevelStatus[] = [];
  let level = '';
  let source: Party | null = null;
  let senderLevel: Report['senderLevel'] = 'payer';
  let receiver: Party | null = null;
  let batchReference: string | null = null;
  let billing: Provider | null = null;
  let patient: Person | null = null;
  let report: Report | null = null;
  let line: Line | null = null;
  let summary: LevelStatus | null = null;
  let warningStart = 0;
  const closeReport = () => {
    if (report) report.warnings = ctx.warnings.splice(warningStart);
    report = line = null;
  };
  const closeSummary = () => {
    if (summary && (summary.statuses.length > 0 || summary.acceptedQuantity !== null || summary.rejectedQuantity !== null)) levelStatuses.push(summary);
    summary = null;
  };

  for (let s = 1; s < t.count - 1; s++) {
    switch (t.ids[s]) {
      case 'HL': {
        closeReport();
        closeSummary();
        level = t.code(s, 3);
        if (level === '20') { source = null; senderLevel = 'payer'; }
        else if (level === '21') { receiver = null; batchReference = null; }
        else if (level === '19') billing = null;
        else patient = null;
        const named = LEVELS[level];
        if (named) summary = { level: named, party: null, traceNumber: null, statuses: [], acceptedQuantity: null, rejectedQuantity: null, acceptedCents: null, rejectedCents: null, location: ctx.loc(s) };
        break;
      }
      case 'NM1': {
        // Patient level (no summary): only the patient's name is read, without an intermediate Party.
        if (summary === null && LEVELS[level] === undefined) {
          if (report === null) patient = personFromNm1(ctx, s);
          break;
        }
        const party = partyFromNm1(ctx, s);
        if (summary) summary.party = party;
        if (level === '20') { source = party; senderLevel = party.entityCode === 'AY' ? 'clearinghouse' : 'payer'; }
        else if (level === '21') receiver = party;
        else if (level === '19') billing = providerFrom(party);
        else if (report === null) patient = personFrom(party);
        break;
      }
      case 'TRN':
        if (summary) {
          summary.traceNumber = orNull(t.el(s, 2));
          if (level === '21') batchReference = summary.traceNumber;
          break;
        }
        closeReport();
        warningStart = ctx.warnings.length;
        report = {
          kind: '277', variant, envelope, senderLevel, source, receiver, billingProvider: billing, patient, batchReference,
          patientControlNumber: t.el(s, 2), traceNumber: orNull(t.el(s, 2)), payerClaimControlNumber: null, clearinghouseTraceNumber: null, billType: null,
          serviceDateFrom: null, serviceDateTo: null, statuses: [], lines: [], location: ctx.loc(s), warnings: [],
        };
        reports.push(report);
        break;
      case 'STC': {
        const entry = readStc(ctx, s);
        if (line) line.statuses = append(line.statuses, entry);
        else if (report) report.statuses = append(report.statuses, entry);
        else if (summary) summary.statuses = append(summary.statuses, entry);
        break;
      }
      case 'REF': {
        const q = t.code(s, 1);
        const v = orNull(t.el(s, 2));
        if (line) { if (q === 'FJ') line.lineControlNumber = v; }
        else if (report) {
          if (q === '1K') report.payerClaimControlNumber = v;
          else if (q === 'D9') report.clearinghouseTraceNumber = v;
          else if (q === 'BLT') report.billType = v;
          else if (q === 'EJ' && variant === '277' && v !== null) report.patientControlNumber = v;
        }
        break;
      }
      case 'DTP': {
        if (t.code(s, 1) !== '472') break;
        const d = ctx.dateValue(s, 2, 3);
        const target = line ?? report;
        if (target) { target.serviceDateFrom = d.from; target.serviceDateTo = d.to; }
        break;
      }
      case 'SVC':
        if (!report) break;
        line = { procedure: ctx.procedure(s, 1), chargeCents: ctx.centsOrNull(s, 2), lineControlNumber: null, serviceDateFrom: null, serviceDateTo: null, statuses: [] };
        report.lines = append(report.lines, line);
        break;
      case 'QTY':
        if (!summary) break;
        if (t.code(s, 1) === '90') summary.acceptedQuantity = t.el(s, 2);
        else if (t.code(s, 1) === 'AA') summary.rejectedQuantity = t.el(s, 2);
        break;
      case 'AMT':
        if (!summary) break;
        if (t.code(s, 1) === 'YU') summary.acceptedCents = ctx.centsOrNull(s, 2);
        else if (t.code(s, 1) === 'YY') summary.rejectedCents = ctx.centsOrNull(s, 2);
        break;
    }
  }
  closeReport();
  closeSummary();
  return { kind: '277', reports, levelStatuses };
}

/** STC: 01 category:status:entity:qualifier, 02 date, 03 action, 04 charge, 05 paid, 06 adjudication date,
 *  08 check date, 09 check number, 10/11 more composites, 12 free text. */
function readStc(ctx: MapContext, s: number): StatusEntry {
  const t = ctx.t;
  const c = ctx.components(s, 1);
  let additional: StatusEntry['additional'] = [];
  for (let i = 10; i <= 11; i++) {
    const more = ctx.components(s, i);
    if (more.length > 0 && more[0] !== '') additional = append(additional, { categoryCode: more[0].toUpperCase(), statusCode: more[1] ?? '', entityCode: orNull(more[2] ?? '') });
  }
  return {
    categoryCode: (c[0] ?? '').toUpperCase(),
    statusCode: c[1] ?? '',
    entityCode: orNull((c[2] ?? '').toUpperCase()),
    codeListQualifier: orNull(c[3] ?? ''),
    effectiveDate: ctx.date(s, 2),
    actionCode: orNull(t.code(s, 3)),
    chargeCents: ctx.centsOrNull(s, 4),
    paidCents: ctx.centsOrNull(s, 5),
    adjudicationDate: ctx.date(s, 6),
    checkDate: ctx.date(s, 8),
    checkNumber: orNull(t.el(s, 9)),
    additional,
    message: orNull(t.el(s, 12)),
  };
}

/** X214 = 277CA, X212 = status response; else BHT01 (0085 vs 0010), else a PT patient level means 277CA. */
function variantOf(ctx: MapContext, envelope: Envelope): Report['variant'] {
  const t = ctx.t;
  const versions = `${envelope.version} ${t.el(0, 3)}`.toUpperCase();
  if (versions.includes('X214')) return '277CA';
  if (versions.includes('X212') || versions.includes('X093')) return '277';
  for (let s = 1; s < t.count; s++) {
    if (t.ids[s] === 'BHT') {
      const purpose = t.code(s, 1);
      if (purpose === '0085') return '277CA';
      if (purpose === '0010') return '277';
    }
    if (t.ids[s] === 'HL' && t.code(s, 3) === 'PT') return '277CA';
  }
  return '277';
}
