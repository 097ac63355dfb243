// Synthetic X12 for the store bench: 837 batches with their 277CAs and 835s, written as files. Used until (and as a
// fallback to) the engine's own generator; deterministic for a given claim count.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const LAST = ['SMITH', 'JOHNSON', 'WILLIAMS', 'BROWN', 'JONES', 'GARCIA', 'MILLER', 'DAVIS', 'RODRIGUEZ', 'MARTINEZ', 'HERNANDEZ', 'LOPEZ'];
const FIRST = ['ANA', 'BEN', 'CARA', 'DAN', 'EVA', 'FRED', 'GINA', 'HANK'];
const money = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 2 ** 32; };
}

function wrap(fid: string, version: string, st: string, icn: number, date: string, body: string[]): string {
  const n = String(icn).padStart(9, '0');
  return `ISA*00*          *00*          *ZZ*BENCHSENDER    *ZZ*BENCHRECEIVER  *${date.slice(2)}*1200*^*00501*${n}*0*P*:~\n`
    + `GS*${fid}*BENCHSENDER*BENCHRECEIVER*${date}*1200*${icn}*X*${version}~\nST*${st}*0001*${version}~\n${body.join('~\n')}~\n`
    + `SE*${body.length + 2}*0001~\nGE*1*${icn}~\nIEA*1*${n}~\n`;
}

/** Writes ceil(claims / perFile) triples of files into dir; returns the file paths in 837, 277CA, 835 order per batch. */
export function writeBenchData(dir: string, claims: number, perFile = 5000): string[] {
  const rand = rng(42);
  const files: string[] = [];
  let icn = 1;
  for (let start = 0, batch = 0; start < claims; start += perFile, batch++) {
    const end = Math.min(claims, start + perFile);
    const month = String(1 + (batch % 12)).padStart(2, '0');
    const date = `2025${month}05`;
    const sub: string[] = [`BHT*0019*00*B${batch}*${date}*1200*CH`, 'NM1*41*2*BENCH CLINIC*****46*S1', 'PER*IC*X*TE*5555555555', 'NM1*40*2*CH*****46*R1'];
    const ack: string[] = [`BHT*0085*08*B${batch}*2025${month}06*1200*TH`, 'HL*1**20*1', 'NM1*AY*2*CLEARINGHOUSE*****46*CH1', 'TRN*1*T1',
      `DTP*050*D8*2025${month}06`, `DTP*009*D8*2025${month}06`, 'HL*2*1*21*1', 'NM1*41*2*BENCH CLINIC*****46*S1', `TRN*2*B${batch}`];
    const era: string[] = [];
    let hl = 1, ackHl = 3, paidTotal = 0;
    const payments: string[] = [];
    for (let i = start; i < end; i++) {
      const npi = String(1000000000 + Math.floor(rand() * 200));
      const payer = Math.floor(rand() * 20);
      const last = LAST[Math.floor(rand() * LAST.length)]!, first = FIRST[Math.floor(rand() * FIRST.length)]!;
      const member = `MB${i}`, pcn = `PCN${i}`, charge = 5000 + Math.floor(rand() * 95000);
      const day = String(1 + Math.floor(rand() * 27)).padStart(2, '0');
      const fate = rand();
      const prov = hl++;
      sub.push(`HL*${prov}**20*1`, `NM1*85*2*PROVIDER ${npi.slice(-3)}*****XX*${npi}`, 'N3*1 MAIN ST', 'N4*TOWN*NY*10001', 'REF*EI*123456789',
        `HL*${hl++}*${prov}*22*0`, 'SBR*P*18*******CI', `NM1*IL*1*${last}*${first}****MI*${member}`, `NM1*PR*2*PAYER ${payer}*****PI*PAY${payer}`,
        `CLM*${pcn}*${money(charge)}***11:B:1*Y*A*Y*Y`, 'HI*ABK:R51', 'LX*1', `SV1*HC:99213*${money(charge)}*UN*1***1`, `DTP*472*D8*2025${month}${day}`);
      const rejected = fate < 0.1;
      const ph = ackHl++;
      ack.push(`HL*${ph}*2*19*1`, `NM1*85*2*PROVIDER*****XX*${npi}`, `HL*${ackHl++}*${ph}*PT`, `NM1*QC*1*${last}*${first}****MI*${member}`, `TRN*2*${pcn}`,
        `STC*${rejected ? 'A7:562:85' : 'A2:20'}*2025${month}06*${rejected ? 'U' : 'WQ'}*${money(charge)}`);
      if (!rejected) ack.push(`REF*1K*K${i}`);
      if (rejected || fate > 0.9) continue; // rejected, or accepted and still waiting for an ERA
      const denied = fate < 0.2;
      const co = denied ? charge : Math.floor(charge * 0.3), pr = denied ? 0 : Math.floor(charge * 0.1), paid = charge - co - pr;
      paidTotal += paid;
      payments.push(`CLP*${pcn}*${denied ? '4' : '1'}*${money(charge)}*${money(paid)}*${money(pr)}*12*K${i}*11*1`,
        `NM1*QC*1*${last}*${first}****MI*${member}`, `SVC*HC:99213*${money(charge)}*${money(paid)}**1`, `DTM*472*2025${month}${day}`,
        `CAS*CO*${denied ? '31' : '45'}*${money(co)}${pr ? `~\nCAS*PR*2*${money(pr)}` : ''}`);
    }
    era.push(`BPR*I*${money(paidTotal)}*C*ACH*CCP*01*999999999*DA*123456*1512345678**01*999988880*DA*98765*2025${month}25`, `TRN*1*EFT${batch}*1512345678`,
      `DTM*405*2025${month}25`, 'N1*PR*BENCH PAYER*XV*BENCHPAYER', 'N1*PE*BENCH CLINIC*XX*1000000000', 'LX*1', ...payments);
    const name = (kind: string) => join(dir, `${String(batch).padStart(5, '0')}-${kind}.x12`);
    writeFileSync(name('1-837'), wrap('HC', '005010X222A1', '837', icn++, date, sub));
    writeFileSync(name('2-277ca'), wrap('HN', '005010X214', '277', icn++, `2025${month}06`, ack));
    writeFileSync(name('3-835'), wrap('HP', '005010X221A1', '835', icn++, `2025${month}25`, era));
    files.push(name('1-837'), name('2-277ca'), name('3-835'));
  }
  return files;
}
