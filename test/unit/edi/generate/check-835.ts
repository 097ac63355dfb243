// Independent 835 arithmetic for the generator tests: line, claim and transaction balance of one set.
import { casTotal, cents, plbTotal, type LiteSet } from './x12-lite.js';

export interface LiteClaim {
  pcn: string;
  status: string;
  charge: number;
  paid: number;
  patientResponsibility: number;
  payerClaim: string;
  adjustments: { group: string; reason: string; amountCents: number }[]; // claim and line CAS
  lines: { control: string; charge: number; paid: number; allowed: number | null }[];
}

export interface Checked835 {
  payment: number; // BPR02
  trace: string; // TRN02
  payerId: string; // REF*2U
  claims: LiteClaim[];
  plb: number;
  problems: string[]; // every rule that does not hold, with the amounts
}

export function check835(set: LiteSet): Checked835 {
  const out: Checked835 = { payment: 0, trace: '', payerId: '', claims: [], plb: 0, problems: [] };
  let claim: LiteClaim | null = null;
  let claimCas = 0;
  let line: { control: string; charge: number; paid: number; allowed: number | null; cas: number } | null = null;
  const closeLine = () => {
    if (!line || !claim) return;
    if (line.charge - line.cas !== line.paid) out.problems.push(`line ${claim.pcn}/${line.control}: ${line.charge} - ${line.cas} != ${line.paid}`);
    claim.lines.push({ control: line.control, charge: line.charge, paid: line.paid, allowed: line.allowed });
    claimCas += line.cas;
    line = null;
  };
  const closeClaim = () => {
    closeLine();
    if (!claim) return;
    if (claim.charge - claimCas !== claim.paid) out.problems.push(`claim ${claim.pcn}: ${claim.charge} - ${claimCas} != ${claim.paid}`);
    if (claim.lines.length > 0) {
      const charged = claim.lines.reduce((a, l) => a + l.charge, 0);
      const paid = claim.lines.reduce((a, l) => a + l.paid, 0);
      if (charged !== claim.charge || paid !== claim.paid) out.problems.push(`claim ${claim.pcn}: lines ${charged}/${paid} vs CLP ${claim.charge}/${claim.paid}`);
    }
    const pr = claim.adjustments.filter((a) => a.group === 'PR').reduce((a, x) => a + x.amountCents, 0);
    if (pr !== claim.patientResponsibility) out.problems.push(`claim ${claim.pcn}: CLP05 ${claim.patientResponsibility} != PR ${pr}`);
    out.claims.push(claim);
    claim = null;
    claimCas = 0;
  };
  for (const s of set.segments) {
    switch (s[0]) {
      case 'BPR': out.payment = cents(s[2]); break;
      case 'TRN': out.trace = s[2]; break;
      case 'REF':
        if (s[1] === '2U') out.payerId = s[2];
        if (s[1] === '6R' && line) line.control = s[2];
        break;
      case 'CLP':
        closeClaim();
        claim = { pcn: s[1], status: s[2], charge: cents(s[3]), paid: cents(s[4]), patientResponsibility: cents(s[5]), payerClaim: s[7], adjustments: [], lines: [] };
        break;
      case 'SVC':
        closeLine();
        line = { control: '', charge: cents(s[2]), paid: cents(s[3]), allowed: null, cas: 0 };
        break;
      case 'AMT':
        if (s[1] === 'B6' && line) line.allowed = cents(s[2]);
        break;
      case 'CAS': {
        for (let i = 2; i + 1 < s.length; i += 3) claim!.adjustments.push({ group: s[1], reason: s[i], amountCents: cents(s[i + 1]) });
        if (line) line.cas += casTotal(s); else claimCas += casTotal(s);
        break;
      }
      case 'PLB': closeClaim(); out.plb += plbTotal(s); break;
      case 'SE': closeClaim(); break;
    }
  }
  const clp = out.claims.reduce((a, c) => a + c.paid, 0);
  if (clp - out.plb !== out.payment) out.problems.push(`transaction: ${clp} - ${out.plb} != BPR02 ${out.payment}`);
  if (out.payment < 0) out.problems.push(`negative BPR02 ${out.payment}`);
  return out;
}
