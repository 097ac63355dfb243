// Small, valid X12 documents for ingest tests: one claim per call, with the identifiers correlation reads.
// Amounts are decimal strings; dates YYYYMMDD.

export interface Patient { last: string; first: string; memberId: string }
export interface ClaimSpec {
  pcn: string; charge: string; payerId?: string; payerName?: string; npi?: string; patient: Patient; date?: string;
  frequency?: string; originalPcc?: string; lines?: Array<{ code: string; charge: string; lcn?: string }>;
}

let counter = 1;
const ctl = () => String(counter++).padStart(9, '0');
const isa = (fid: string, icn: string, date = '260105') =>
  `ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *${date}*1200*^*00501*${icn}*0*P*:~\nGS*${fid}*SENDER*RECEIVER*20${date}*1200*${Number(icn)}*X*`;

function envelope(fid: string, version: string, st: string, body: string[], date?: string): string {
  const icn = ctl();
  const segs = [`ST*${st}*0001*${version}`, ...body];
  return `${isa(fid, icn, date)}${version}~\n${segs.join('~\n')}~\nSE*${segs.length + 1}*0001~\nGE*1*${Number(icn)}~\nIEA*1*${icn}~\n`;
}

export function x837(claims: ClaimSpec[], opts: { date?: string; groupControl?: string } = {}): { text: string } {
  const date = opts.date ?? '20260105';
  const body = [`BHT*0019*00*BATCH1*${date}*1200*CH`, 'NM1*41*2*SUBMITTER*****46*S1', 'PER*IC*JANE*TE*5555555555', 'NM1*40*2*RECEIVER*****46*R1'];
  let hl = 1;
  for (const c of claims) {
    const prov = hl++;
    body.push(`HL*${prov}**20*1`, `NM1*85*2*${c.npi === '2222222222' ? 'OTHER CLINIC' : 'CLINIC'}*****XX*${c.npi ?? '1111111111'}`, 'N3*1 MAIN ST', 'N4*TOWN*NY*10001', 'REF*EI*123456789');
    body.push(`HL*${hl++}*${prov}*22*0`, 'SBR*P*18*******CI', `NM1*IL*1*${c.patient.last}*${c.patient.first}****MI*${c.patient.memberId}`,
      `NM1*PR*2*${c.payerName ?? 'ACME HEALTH'}*****PI*${c.payerId ?? 'ACME1'}`);
    const lines = c.lines ?? [{ code: '99213', charge: c.charge }];
    body.push(`CLM*${c.pcn}*${c.charge}***11:B:${c.frequency ?? '1'}*Y*A*Y*Y`);
    if (c.originalPcc) body.push(`REF*F8*${c.originalPcc}`);
    body.push('HI*ABK:R51');
    lines.forEach((l, i) => {
      body.push(`LX*${i + 1}`, `SV1*HC:${l.code}*${l.charge}*UN*1***1`, `DTP*472*D8*${c.date ?? '20251201'}`);
      if (l.lcn) body.push(`REF*6R*${l.lcn}`);
    });
  }
  return { text: envelope('HC', '005010X222A1', '837', body, date.slice(2)) };
}

export interface AckSpec { pcn: string; charge: string; category: string; status?: string; pcc?: string; patient: Patient; date?: string; npi?: string }

export function x277ca(acks: AckSpec[]): string {
  const date = acks[0]?.date ?? '20260106';
  const body = [`BHT*0085*08*BATCH1*${date}*1200*TH`, 'HL*1**20*1', 'NM1*AY*2*CLEARINGHOUSE*****46*CH1', 'TRN*1*T1', `DTP*050*D8*${date}`, `DTP*009*D8*${date}`,
    'HL*2*1*21*1', 'NM1*41*2*SUBMITTER*****46*S1', 'TRN*2*BATCH1'];
  let hl = 3;
  for (const a of acks) {
    const prov = hl++;
    body.push(`HL*${prov}*2*19*1`, `NM1*85*2*CLINIC*****XX*${a.npi ?? '1111111111'}`, `HL*${hl++}*${prov}*PT`,
      `NM1*QC*1*${a.patient.last}*${a.patient.first}****MI*${a.patient.memberId}`, `TRN*2*${a.pcn}`,
      `STC*${a.category}:${a.status ?? '20'}*${a.date ?? date}*${a.category === 'A2' ? 'WQ' : 'U'}*${a.charge}`);
    if (a.pcc) body.push(`REF*1K*${a.pcc}`);
    body.push('DTP*472*D8*20251201');
  }
  return envelope('HN', '005010X214', '277', body, date.slice(2));
}

export interface PaymentSpec {
  pcn: string; status: string; charge: string; paid: string; patientResp?: string; pcc?: string; patient: Patient;
  adjustments?: Array<[group: string, reason: string, amount: string]>;
}

export function x835(payments: PaymentSpec[], opts: { trace: string; date?: string; payerId?: string; payerName?: string; total?: string; npi?: string }): string {
  const date = opts.date ?? '20260120';
  const cents = (s: string) => Math.round(Number(s) * 100);
  const total = opts.total ?? (payments.reduce((s, p) => s + cents(p.paid), 0) / 100).toFixed(2);
  const body = [`BPR*I*${total}*C*ACH*CCP*01*999999999*DA*123456*1512345678**01*999988880*DA*98765*${date}`, `TRN*1*${opts.trace}*1512345678`,
    `DTM*405*${date}`, `N1*PR*${opts.payerName ?? 'ACME HEALTH'}*XV*${opts.payerId ?? 'ACME1'}`, `N1*PE*CLINIC*XX*${opts.npi ?? '1111111111'}`, 'LX*1'];
  for (const p of payments) {
    body.push(`CLP*${p.pcn}*${p.status}*${p.charge}*${p.paid}*${p.patientResp ?? ''}*12*${p.pcc ?? ''}*11*1`);
    for (const [g, r, a] of p.adjustments ?? []) body.push(`CAS*${g}*${r}*${a}`);
    body.push(`NM1*QC*1*${p.patient.last}*${p.patient.first}****MI*${p.patient.memberId}`, 'DTM*232*20251201');
  }
  return envelope('HP', '005010X221A1', '835', body, date.slice(2));
}

export function x999(groupControl: string, setControl: string, result: 'A' | 'R', date = '260105'): string {
  const body = [`AK1*HC*${groupControl}*005010X222A1`, `AK2*837*${setControl}*005010X222A1`, `IK5*${result}`, `AK9*${result}*1*1*${result === 'A' ? 1 : 0}`];
  return envelope('FA', '005010X231A1', '999', body, date);
}

/** The GS06 the next x837 call will use is not predictable; tests read it back from the text. */
export const groupControlOf = (text: string): string => /\nGS\*[^*]*\*[^*]*\*[^*]*\*[^*]*\*[^*]*\*([^*]+)\*/.exec(text)![1]!;
