// 277CA acknowledgments (X214, one set per payer for a batch) and unsolicited 277 status responses
// (X212) telling that claims are pending (P1).
import type { GenClaim } from './claim.js';
import { dayToX12 } from './dates.js';
import { money } from './money.js';
import type { Delimiters } from './options.js';
import type { Cast, Payer } from './parties.js';
import { SetWriter } from './x12-writer.js';

export interface Rejection { category: string; status: string; entity: string; message: string }

/** Front-end rejections a payer returns; messages carry no patient data. */
export const REJECTIONS: readonly Rejection[] = [
  { category: 'A3', status: '21', entity: '', message: 'CLAIM RETURNED AS UNPROCESSABLE' },
  { category: 'A6', status: '562', entity: '85', message: 'BILLING PROVIDER NPI NOT ON FILE' },
  { category: 'A7', status: '164', entity: 'IL', message: 'MEMBER ID NOT VALID FOR PAYER' },
  { category: 'A7', status: '187', entity: '', message: 'DATE OF SERVICE NOT VALID' },
  { category: 'A6', status: '145', entity: '82', message: 'RENDERING PROVIDER TAXONOMY MISSING' },
];

export interface Ack277 {
  control: string;
  reference: string; // BHT03 / TRN at source level
  batchRef: string; // the 837 BHT03, echoed at receiver level
  payer: Payer;
  day: number;
  time: string;
  receivedDay: number;
  claims: GenClaim[]; // grouped by billing provider; each has acknowledgment set ('A2:20' or a rejection)
  rejections: Map<GenClaim, Rejection>;
}

export function build277ca(d: Delimiters, cast: Cast, a: Ack277): string {
  const w = new SetWriter(d, '277', a.control, '005010X214');
  const date = dayToX12(a.day);
  w.seg('BHT', '0085', '08', a.reference, date, a.time, 'TH');
  w.seg('HL', '1', '', '20', '1');
  w.seg('NM1', 'PR', '2', a.payer.name, '', '', '', '', 'PI', a.payer.id);
  w.seg('TRN', '1', a.reference);
  w.seg('DTP', '050', 'D8', dayToX12(a.receivedDay));
  w.seg('DTP', '009', 'D8', date);
  w.seg('HL', '2', '1', '21', '1');
  w.seg('NM1', '41', '2', cast.submitter.name, '', '', '', '', '46', cast.submitter.id);
  w.seg('TRN', '2', a.batchRef);
  let accepted = 0, rejected = 0, acceptedCents = 0, rejectedCents = 0;
  for (const c of a.claims) {
    if (a.rejections.has(c)) { rejected++; rejectedCents += c.chargeCents; } else { accepted++; acceptedCents += c.chargeCents; }
  }
  w.seg('STC', w.comp('A1', '19', 'PR'), date, 'WQ', money(acceptedCents + rejectedCents));
  w.seg('QTY', '90', String(accepted));
  if (rejected > 0) w.seg('QTY', 'AA', String(rejected));
  w.seg('AMT', 'YU', money(acceptedCents));
  if (rejected > 0) w.seg('AMT', 'YY', money(rejectedCents));
  let hl = 2;
  let providerHl = 0;
  let lastNpi = '';
  for (const c of a.claims) {
    if (c.provider.npi !== lastNpi) {
      lastNpi = c.provider.npi;
      providerHl = ++hl;
      w.seg('HL', String(providerHl), '2', '19', '1');
      w.seg('NM1', '85', '2', c.provider.name, '', '', '', '', 'XX', c.provider.npi);
      w.seg('TRN', '1', `${a.reference}P${providerHl}`);
    }
    const { e, t } = w;
    w.add(`HL${e}${++hl}${e}${providerHl}${e}PT${t}`);
    const p = c.member.patient;
    w.add(`NM1${e}QC${e}1${e}${p.last}${e}${p.first}${e}${p.middle}${e}${e}${e}MI${e}${c.payer.memberPrefix}${c.member.memberId}${t}`);
    w.add(`TRN${e}2${e}${c.pcn}${t}`);
    const r = a.rejections.get(c);
    if (r) w.seg('STC', w.comp(r.category, r.status, r.entity), date, 'U', money(c.chargeCents), '', '', '', '', '', '', '', r.message);
    else w.add(`STC${e}A2${w.c}20${w.c}PR${e}${date}${e}WQ${e}${money(c.chargeCents)}${t}`);
    if (!r && c.payerClaim) w.add(`REF${e}1K${e}${c.payerClaim}${t}`);
    w.add(`DTP${e}472${e}RD8${e}${dayToX12(c.fromDay)}-${dayToX12(c.toDay)}${t}`);
  }
  return w.finish();
}

export interface Pending277 {
  control: string;
  reference: string;
  payer: Payer;
  day: number;
  time: string;
  claims: GenClaim[]; // one payer, grouped by billing provider
}

/** Unsolicited 277 (X212): subscriber level 22 (dependents under 23) with STC P1 and REF*1K / REF*EJ. */
export function build277pending(d: Delimiters, cast: Cast, s: Pending277): string {
  const w = new SetWriter(d, '277', s.control, '005010X212');
  const date = dayToX12(s.day);
  w.seg('BHT', '0010', '08', s.reference, date, s.time, 'DG');
  w.seg('HL', '1', '', '20', '1');
  w.seg('NM1', 'PR', '2', s.payer.name, '', '', '', '', 'PI', s.payer.id);
  w.seg('HL', '2', '1', '21', '1');
  w.seg('NM1', '41', '2', cast.submitter.name, '', '', '', '', '46', cast.submitter.id);
  let hl = 2;
  let providerHl = 0;
  let lastNpi = '';
  for (const c of s.claims) {
    if (c.provider.npi !== lastNpi) {
      lastNpi = c.provider.npi;
      providerHl = ++hl;
      w.seg('HL', String(providerHl), '2', '19', '1');
      w.seg('NM1', '1P', '2', c.provider.name, '', '', '', '', 'XX', c.provider.npi);
    }
    const m = c.member;
    const subscriberHl = ++hl;
    w.seg('HL', String(subscriberHl), String(providerHl), '22', m.dependent ? '1' : '0');
    w.seg('NM1', 'IL', '1', m.subscriber.last, m.subscriber.first, m.subscriber.middle, '', '', 'MI', c.payer.memberPrefix + m.memberId);
    if (m.dependent) {
      w.seg('HL', String(++hl), String(subscriberHl), '23');
      w.seg('NM1', 'QC', '1', m.patient.last, m.patient.first, m.patient.middle);
    }
    w.seg('TRN', '2', `${s.reference}C${hl}`);
    w.seg('STC', w.comp('P1', '20'), date, '', money(c.chargeCents));
    if (c.payerClaim) w.seg('REF', '1K', c.payerClaim);
    w.seg('REF', 'EJ', c.pcn);
    w.seg('DTP', '472', 'RD8', `${dayToX12(c.fromDay)}-${dayToX12(c.toDay)}`);
  }
  return w.finish();
}
