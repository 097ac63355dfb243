// 835 transaction sets: one per payment (check or EFT) from one payer to one payee, with claim payments,
// reversals and corrections, and PLB provider-level adjustments after the claims.
import type { Adjudication, Cas } from './adjudicate.js';
import type { GenClaim, GenLine } from './claim.js';
import { dayToX12, yearEndX12 } from './dates.js';
import { money } from './money.js';
import type { Delimiters } from './options.js';
import type { BillingProvider, Payer } from './parties.js';
import { SetWriter } from './x12-writer.js';

/** One CLP to write; `initial` marks a claim's first adjudication (not a reversal or correction). */
export interface Entry835 { claim: GenClaim; adj: Adjudication; readyDay: number; initial: boolean }
export interface Plb { reason: string; reference: string; amountCents: number }

export interface Payment835 {
  control: string;
  payer: Payer;
  provider: BillingProvider;
  day: number;
  trace: string;
  method: 'ACH' | 'CHK';
  entries: Entry835[];
  plb: Plb[];
  paymentCents: number; // BPR02 as written
}

export function build835(d: Delimiters, p: Payment835): string {
  const w = new SetWriter(d, '835', p.control, '005010X221A1');
  const date = dayToX12(p.day);
  const amount = money(p.paymentCents);
  const originator = `1${p.payer.tin}`;
  if (p.paymentCents === 0) w.seg('BPR', 'H', '0', 'C', 'NON', '', '', '', '', '', '', '', '', '', '', '', date);
  else if (p.method === 'CHK') w.seg('BPR', 'C', amount, 'C', 'CHK', '', '', '', '', '', '', '', '', '', '', '', date);
  else w.seg('BPR', 'I', amount, 'C', 'ACH', 'CCP', '01', '011000015', 'DA', '000123456789', originator, '', '01', '021000021', 'DA', p.provider.tin + '01', date);
  w.seg('TRN', '1', p.trace, originator);
  w.seg('DTM', '405', date);
  w.seg('N1', 'PR', p.payer.name);
  w.seg('N3', p.payer.address.line1);
  w.seg('N4', p.payer.address.city, p.payer.address.state, p.payer.address.zip);
  w.seg('REF', '2U', p.payer.id);
  w.seg('PER', 'BL', 'PROVIDER SERVICES', 'TE', '8005550199');
  w.seg('N1', 'PE', p.provider.name, 'XX', p.provider.npi);
  w.seg('N3', p.provider.address.line1);
  w.seg('N4', p.provider.address.city, p.provider.address.state, p.provider.address.zip);
  w.seg('REF', 'TJ', p.provider.tin);
  w.seg('LX', '1');
  for (const e of p.entries) claimPayment(w, e.claim, e.adj);
  for (let i = 0; i < p.plb.length; i += 6) {
    const pairs: string[] = [];
    for (const a of p.plb.slice(i, i + 6)) pairs.push(w.comp(a.reason, a.reference), money(a.amountCents));
    w.seg('PLB', p.provider.npi, yearEndX12(p.day), ...pairs);
  }
  return w.finish();
}

function claimPayment(w: SetWriter, c: GenClaim, a: Adjudication): void {
  const { e, t } = w;
  w.add(`CLP${e}${c.pcn}${e}${a.statusCode}${e}${money(a.chargeCents)}${e}${money(a.paidCents)}${e}${money(a.patientResponsibilityCents)}${e}${c.payer.filing}${e}${c.payerClaim ?? ''}${e}${c.facility}${e}${c.frequency}${t}`);
  adjustments(w, a.claimCas);
  const m = c.member;
  const memberId = c.payer.memberPrefix + m.memberId;
  w.add(`NM1${e}QC${e}1${e}${m.patient.last}${e}${m.patient.first}${e}${m.patient.middle}${e}${e}${e}MI${e}${memberId}${t}`);
  if (m.dependent) w.add(`NM1${e}IL${e}1${e}${m.subscriber.last}${e}${m.subscriber.first}${e}${m.subscriber.middle}${e}${e}${e}MI${e}${memberId}${t}`);
  const r = c.renderer;
  if (c.type === 'professional') w.add(`NM1${e}82${e}1${e}${r.last}${e}${r.first}${e}${r.middle}${e}${e}${e}XX${e}${r.npi}${t}`);
  if (a.remarks.length > 0) w.seg('MOA', '', '', ...a.remarks);
  if (c.type === 'institutional') {
    w.add(`DTM${e}232${e}${dayToX12(c.fromDay)}${t}`);
    w.add(`DTM${e}233${e}${dayToX12(c.toDay)}${t}`);
  }
  if (!a.lines) return;
  for (let i = 0; i < a.lines.length; i++) {
    const l = a.lines[i];
    const line = c.lines[i];
    const revenue = c.type === 'institutional' && line.code ? line.revenue : '';
    w.add(`SVC${e}${procedure(w, c, line)}${e}${money(l.chargeCents)}${e}${money(l.paidCents)}${e}${revenue}${e}${line.units}${t}`);
    w.add(`DTM${e}472${e}${dayToX12(line.day)}${t}`);
    adjustments(w, l.cas);
    w.add(`REF${e}6R${e}${line.controlNumber}${t}`);
    if (l.allowedCents !== null) w.add(`AMT${e}B6${e}${money(l.allowedCents)}${t}`);
    for (const rm of l.remarks) w.add(`LQ${e}HE${e}${rm}${t}`);
  }
}

function procedure(w: SetWriter, c: GenClaim, l: GenLine): string {
  if (c.type === 'dental') return `AD${w.c}${l.code}`;
  if (c.type === 'institutional' && !l.code) return `NU${w.c}${l.revenue}`;
  return l.modifier ? `HC${w.c}${l.code}${w.c}${l.modifier}` : `HC${w.c}${l.code}`;
}

/** One CAS per group code (in first-seen order), up to six reason/amount/quantity triples each. */
function adjustments(w: SetWriter, cas: Cas[]): void {
  for (let i = 0; i < cas.length; i++) {
    const group = cas[i].group;
    let seen = false;
    for (let j = 0; j < i && !seen; j++) seen = cas[j].group === group;
    if (seen) continue;
    let segment = '';
    let triples = 0;
    for (let j = i; j < cas.length; j++) {
      if (cas[j].group !== group) continue;
      // quantity left empty; the last triple's empty quantity is simply not written
      segment += `${triples === 0 ? `CAS${w.e}${group}` : w.e}${w.e}${cas[j].reason}${w.e}${money(cas[j].amountCents)}`;
      if (++triples === 6) { w.add(segment + w.t); segment = ''; triples = 0; }
    }
    if (triples > 0) w.add(segment + w.t);
  }
}
