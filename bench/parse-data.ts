// Synthetic X12 for the parse benchmark: 835, 837P and 277CA texts of N claims that balance, built by
// string templates. Deterministic (claim i's values derive from i). Not the product's generator.
const ISA = (t: string, n: number) =>
  `ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *240101*1200*^*00501*${String(n).padStart(9, '0')}*0*P*:~\n` +
  `GS*${t}*SENDER*RECEIVER*20240101*1200*${n}*X*`;

function money(cents: number): string {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

/** Claims are spread over transaction sets of `perSet` claims (one 835 ST per check). */
export function build835(claims: number, perSet = 1000): string {
  const parts: string[] = [ISA('HP', 1) + '005010X221A1~\n'];
  let sets = 0;
  for (let first = 0; first < claims; first += perSet) parts.push(set835(first, Math.min(perSet, claims - first), ++sets));
  parts.push(trailer835(sets));
  return parts.join('');
}

export const header835 = (): string => ISA('HP', 1) + '005010X221A1~\n';
export const trailer835 = (sets: number): string => `GE*${sets}*1~\nIEA*1*000000001~\n`;

/** One balanced 835 ST..SE (one check) holding claims first..first+n-1. */
export function set835(first: number, n: number, setNumber: number): string {
  const body: string[] = [];
  let paidTotal = 0;
  for (let i = first; i < first + n; i++) {
    const c1 = 10000 + (i % 900) * 10;
    const c2 = 5000 + (i % 300) * 5;
    const p1 = Math.floor(c1 * 0.7);
    const p2 = Math.floor(c2 * 0.6);
    const pr = 2000;
    paidTotal += p1 + p2 - pr;
    body.push(
      `CLP*PCN${i}*1*${money(c1 + c2)}*${money(p1 + p2 - pr)}*${money(pr)}*12*PCC${i}*11*1~`,
      `NM1*QC*1*DOE*JANE*A***MI*M${i}~`,
      `NM1*82*1*SMITH*JOHN****XX*1234567893~`,
      `DTM*232*20240105~`, `DTM*233*20240105~`,
      `SVC*HC:99213:25*${money(c1)}*${money(p1 - pr)}**1~`, `DTM*472*20240105~`,
      `CAS*CO*45*${money(c1 - p1)}~`, `CAS*PR*2*${money(pr)}~`, `REF*6R*L${i}A~`, `AMT*B6*${money(p1)}~`,
      `SVC*HC:85025*${money(c2)}*${money(p2)}**1~`, `DTM*472*20240105~`,
      `CAS*CO*45*${money(c2 - p2)}~`, `REF*6R*L${i}B~`, `AMT*B6*${money(p2)}~`, `LQ*HE*N130~`,
    );
  }
  const head = [
    `ST*835*${setNumber}~`, `BPR*I*${money(paidTotal)}*C*ACH*CCP*01*999999999*DA*123456*1512345678**01*999988880*DA*98765*20240110~`,
    `TRN*1*EFT${setNumber}*1512345678~`, `DTM*405*20240109~`, `N1*PR*ACME HEALTH PLAN~`, `N3*1 MAIN ST~`, `N4*TOWN*NY*10001~`, `REF*2U*ACME~`,
    `N1*PE*GOOD CLINIC*XX*1234567893~`, `N3*2 SIDE ST~`, `N4*TOWN*NY*10002~`, `REF*TJ*123456789~`, `LX*1~`,
  ];
  const segs = head.concat(body);
  return segs.join('\n') + `\nSE*${segs.length + 1}*${setNumber}~\n`;
}

export function build837P(claims: number, perSet = 5000): string {
  const parts: string[] = [ISA('HC', 2) + '005010X222A1~\n'];
  let sets = 0;
  for (let first = 0; first < claims; first += perSet) {
    const n = Math.min(perSet, claims - first);
    sets++;
    const segs = [
      `ST*837*${sets}*005010X222A1~`, `BHT*0019*00*B${sets}*20240101*1200*CH~`,
      `NM1*41*2*GOOD CLINIC*****46*S123~`, `PER*IC*BILLING*TE*5555550100~`, `NM1*40*2*CLEARINGHOUSE*****46*R456~`,
      `HL*1**20*1~`, `PRV*BI*PXC*207Q00000X~`, `NM1*85*2*GOOD CLINIC*****XX*1234567893~`, `N3*2 SIDE ST~`, `N4*TOWN*NY*10002~`, `REF*EI*123456789~`,
    ];
    let hl = 1;
    for (let i = first; i < first + n; i++) {
      const c1 = 10000 + (i % 900) * 10;
      const c2 = 5000 + (i % 300) * 5;
      segs.push(
        `HL*${++hl}*1*22*0~`, `SBR*P*18*GRP1******CI~`, `NM1*IL*1*DOE*JANE*A***MI*M${i}~`, `N3*3 HOME RD~`, `N4*TOWN*NY*10003~`,
        `DMG*D8*19800101*F~`, `NM1*PR*2*ACME HEALTH PLAN*****PI*ACME~`,
        `CLM*PCN${i}*${money(c1 + c2)}***11:B:1*Y*A*Y*Y~`, `REF*D9*TRACE${i}~`, `HI*ABK:J449*ABF:E119~`,
        `NM1*82*1*SMITH*JOHN****XX*1234567893~`, `PRV*PE*PXC*207Q00000X~`,
        `LX*1~`, `SV1*HC:99213:25*${money(c1)}*UN*1***1:2~`, `DTP*472*D8*20240105~`, `REF*6R*L${i}A~`,
        `LX*2~`, `SV1*HC:85025*${money(c2)}*UN*1***1~`, `DTP*472*D8*20240105~`, `REF*6R*L${i}B~`,
      );
    }
    parts.push(segs.join('\n') + `\nSE*${segs.length + 1}*${sets}~\n`);
  }
  parts.push(`GE*${sets}*2~\nIEA*1*000000002~\n`);
  return parts.join('');
}

export function build277CA(claims: number, perSet = 5000): string {
  const parts: string[] = [ISA('HN', 3) + '005010X214~\n'];
  let sets = 0;
  for (let first = 0; first < claims; first += perSet) {
    const n = Math.min(perSet, claims - first);
    sets++;
    const segs = [
      `ST*277*${sets}*005010X214~`, `BHT*0085*08*B${sets}*20240102*1200*TH~`,
      `HL*1**20*1~`, `NM1*AY*2*CLEARINGHOUSE*****46*R456~`, `TRN*1*T${sets}~`, `DTP*050*D8*20240102~`, `DTP*009*D8*20240102~`,
      `HL*2*1*21*1~`, `NM1*41*2*GOOD CLINIC*****46*S123~`, `TRN*2*B${sets}~`, `STC*A1:19:PR*20240102*WQ*1000~`, `QTY*90*${n}~`, `AMT*YU*1000~`,
      `HL*3*2*19*1~`, `NM1*85*2*GOOD CLINIC*****XX*1234567893~`, `TRN*1*P${sets}~`,
    ];
    let hl = 3;
    for (let i = first; i < first + n; i++) {
      const rejected = i % 10 === 0;
      segs.push(
        `HL*${++hl}*3*PT~`, `NM1*QC*1*DOE*JANE****MI*M${i}~`, `TRN*2*PCN${i}~`,
        rejected ? `STC*A7:562:85*20240102*U*${money(15000 + (i % 900) * 10)}~` : `STC*A2:20*20240102*WQ*${money(15000 + (i % 900) * 10)}~`,
        rejected ? `REF*D9*TRACE${i}~` : `REF*1K*PCC${i}~`, `DTP*472*RD8*20240105-20240105~`,
      );
    }
    parts.push(segs.join('\n') + `\nSE*${segs.length + 1}*${sets}~\n`);
  }
  parts.push(`GE*${sets}*3~\nIEA*1*000000003~\n`);
  return parts.join('');
}
