// 837 transaction sets (P, I or D): submitter, receiver, one billing-provider HL per provider, subscriber /
// patient HLs and the claims with their service lines. One set holds claims of one type.
import type { GenClaim, GenLine } from './claim.js';
import { dayToX12 } from './dates.js';
import { money } from './money.js';
import type { Delimiters } from './options.js';
import type { Cast, ClaimType, Patient, PlaceAddress } from './parties.js';
import { SetWriter } from './x12-writer.js';

export const VERSION_837: Record<ClaimType, string> = {
  professional: '005010X222A1',
  institutional: '005010X223A2',
  dental: '005010X224A2',
};

export interface Built837 {
  text: string;
  clmPositions: number[]; // segment position of each claim's CLM, in claim order (999 IK302)
}

export interface Set837 {
  type: ClaimType;
  control: string; // ST02
  batchRef: string; // BHT03
  day: number;
  time: string;
  claims: GenClaim[]; // grouped by billing provider already
}

export function build837(d: Delimiters, cast: Cast, s: Set837): Built837 {
  const w = new SetWriter(d, '837', s.control, VERSION_837[s.type]);
  w.seg('BHT', '0019', '00', s.batchRef, dayToX12(s.day), s.time, 'CH');
  w.seg('NM1', '41', '2', cast.submitter.name, '', '', '', '', '46', cast.submitter.id);
  w.seg('PER', 'IC', 'BILLING DESK', 'TE', '5555550100');
  w.seg('NM1', '40', '2', cast.clearinghouse.name, '', '', '', '', '46', cast.clearinghouse.id);
  const clmPositions: number[] = [];
  let hl = 0;
  let providerHl = 0;
  let lastNpi = '';
  for (const c of s.claims) {
    if (c.provider.npi !== lastNpi) {
      lastNpi = c.provider.npi;
      providerHl = ++hl;
      w.seg('HL', String(providerHl), '', '20', '1');
      w.seg('PRV', 'BI', 'PXC', c.provider.taxonomy);
      w.seg('NM1', '85', '2', c.provider.name, '', '', '', '', 'XX', c.provider.npi);
      address(w, c.provider.address);
      w.seg('REF', 'EI', c.provider.tin);
    }
    const subscriberHl = ++hl;
    const m = c.member;
    const { e, t } = w;
    w.add(`HL${e}${subscriberHl}${e}${providerHl}${e}22${e}${m.dependent ? '1' : '0'}${t}`);
    w.add(`SBR${e}P${e}${m.dependent ? '' : '18'}${e}${m.groupNumber}${e}${e}${e}${e}${e}${e}${c.payer.filing}${t}`);
    person(w, 'IL', m.subscriber, c.payer.memberPrefix + m.memberId);
    if (!m.dependent) demographics(w, m.subscriber);
    w.add(`NM1${e}PR${e}2${e}${c.payer.name}${e}${e}${e}${e}${e}PI${e}${c.payer.id}${t}`);
    if (m.dependent) {
      w.add(`HL${e}${++hl}${e}${subscriberHl}${e}23${e}0${t}`);
      w.add(`PAT${e}19${t}`);
      person(w, 'QC', m.patient, '');
      demographics(w, m.patient);
    }
    clmPositions.push(w.position);
    claim(w, c);
  }
  return { text: w.finish(), clmPositions };
}

function address(w: SetWriter, a: PlaceAddress): void {
  const { e, t } = w;
  w.add(`N3${e}${a.line1}${t}`);
  w.add(`N4${e}${a.city}${e}${a.state}${e}${a.zip}${t}`);
}

function person(w: SetWriter, entity: string, p: Patient, memberId: string): void {
  const { e, t } = w;
  w.add(memberId
    ? `NM1${e}${entity}${e}1${e}${p.last}${e}${p.first}${e}${p.middle}${e}${e}${e}MI${e}${memberId}${t}`
    : `NM1${e}${entity}${e}1${e}${p.last}${e}${p.first}${e}${p.middle}${t}`);
  address(w, p.address);
}

function demographics(w: SetWriter, p: Patient): void {
  w.add(`DMG${w.e}D8${w.e}${dayToX12(p.birthDay)}${w.e}${p.gender}${w.t}`);
}

function claim(w: SetWriter, c: GenClaim): void {
  const { e, t } = w;
  const institutional = c.type === 'institutional';
  w.add(`CLM${e}${c.pcn}${e}${money(c.chargeCents)}${e}${e}${e}${w.comp(c.facility, institutional ? 'A' : 'B', c.frequency)}${e}Y${e}A${e}Y${e}Y${t}`);
  if (institutional) {
    const inpatient = c.facility === '11';
    if (inpatient) w.seg('DTP', '435', 'D8', dayToX12(c.fromDay));
    w.seg('DTP', '434', 'RD8', `${dayToX12(c.fromDay)}-${dayToX12(c.toDay)}`);
    w.seg('CL1', inpatient ? '1' : '3', inpatient ? '7' : '1', '01');
  }
  if (c.originalPayerClaim) w.seg('REF', 'F8', c.originalPayerClaim);
  w.add(`HI${e}ABK${w.c}${c.diagnoses[0]}${c.diagnoses.length > 1 ? `${e}ABF${w.c}${c.diagnoses[1]}` : ''}${t}`);
  const r = c.renderer;
  w.add(`NM1${e}${institutional ? '71' : '82'}${e}1${e}${r.last}${e}${r.first}${e}${r.middle}${e}${e}${e}XX${e}${r.npi}${t}`);
  w.add(`PRV${e}${institutional ? 'AT' : 'PE'}${e}PXC${e}${r.taxonomy}${t}`);
  const pointers = c.diagnoses.length > 1 ? `1${w.c}2` : '1';
  for (let i = 0; i < c.lines.length; i++) serviceLine(w, c.type, c.lines[i], i + 1, pointers);
}

function serviceLine(w: SetWriter, type: ClaimType, l: GenLine, n: number, pointers: string): void {
  const { e, t } = w;
  w.add(`LX${e}${n}${t}`);
  const charge = money(l.chargeCents);
  if (type === 'professional') {
    w.add(`SV1${e}${w.comp('HC', l.code, l.modifier)}${e}${charge}${e}UN${e}${l.units}${e}${e}${e}${pointers}${t}`);
  } else if (type === 'institutional') {
    w.seg('SV2', l.revenue, l.code ? w.comp('HC', l.code) : '', charge, 'UN', String(l.units));
  } else {
    w.seg('SV3', w.comp('AD', l.code), charge, '', '', '', String(l.units));
    if (l.tooth) w.seg('TOO', 'JP', l.tooth, l.surfaces.length ? w.comp(...l.surfaces) : '');
  }
  w.add(`DTP${e}472${e}D8${e}${dayToX12(l.day)}${t}`);
  w.add(`REF${e}6R${e}${l.controlNumber}${t}`);
}
