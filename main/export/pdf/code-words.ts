// Code meanings for the remittance advice: the X12 engine's code lists (CARC, RARC, group, CLP02), plus the two
// small sets it has no list for (payment method, provider-level adjustment reasons), in plain words.
import { describeCarc, describeClp02, describeGroup, describeRarc } from '../../edi/index.js';

export type CodeSystem = 'CARC' | 'RARC' | 'GROUP' | 'CLAIM_STATUS' | 'PAYMENT_METHOD' | 'PLB';

/** Looks a code up; null when unknown, so a document can say so instead of guessing. */
export type Explain = (system: CodeSystem, code: string) => string | null;

const PAYMENT_METHOD: Record<string, string> = {
  ACH: 'Electronic funds transfer (ACH)', CHK: 'Paper check', BOP: 'Financial institution option', FWT: 'Federal Reserve wire transfer', NON: 'No payment',
};

const PLB: Record<string, string> = {
  WO: 'Overpayment recovery', FB: 'Forwarding balance', L6: 'Interest owed', CS: 'Adjustment', '72': 'Authorized return',
  '50': 'Late charge', J1: 'Non-reimbursable', IR: 'Internal Revenue Service withholding', LE: 'Levy', B2: 'Rebate', WU: 'Unspecified recovery',
};

export const explainCode: Explain = (system, code) => {
  switch (system) {
    case 'CARC': return describeCarc(code);
    case 'RARC': return describeRarc(code);
    case 'GROUP': return describeGroup(code);
    case 'CLAIM_STATUS': return describeClp02(code);
    case 'PAYMENT_METHOD': return PAYMENT_METHOD[code] ?? null;
    case 'PLB': return PLB[code] ?? null;
  }
};
