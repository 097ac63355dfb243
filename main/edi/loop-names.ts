// Which implementation-guide loop a segment belongs to, tracked segment by segment per transaction type.
// Viewer-only: approximate where guides are ambiguous, never used for mapping.

export interface Loop { id: string; name: string }
type Elements = (i: number) => string;

const P_2310: Record<string, Loop> = {
  DN: { id: '2310A', name: 'Referring provider' }, P3: { id: '2310A', name: 'Primary care provider' },
  '82': { id: '2310B', name: 'Rendering provider' }, '77': { id: '2310C', name: 'Service facility' }, DQ: { id: '2310D', name: 'Supervising provider' },
};
const I_2310: Record<string, Loop> = {
  '71': { id: '2310A', name: 'Attending provider' }, '72': { id: '2310B', name: 'Operating physician' }, ZZ: { id: '2310C', name: 'Other operating physician' },
  '82': { id: '2310D', name: 'Rendering provider' }, '77': { id: '2310E', name: 'Service facility' }, DN: { id: '2310F', name: 'Referring provider' },
};

export class LoopTracker {
  private current: Loop = { id: 'HEADER', name: 'Header' };
  private inClaim = false;
  private inOtherSubscriber = false;
  private inLine = false;
  private level = '';

  constructor(private readonly transaction: string, private readonly institutional: boolean) {}

  next(id: string, el: Elements): Loop {
    switch (id) {
      case 'ISA': case 'IEA': return { id: 'ISA', name: 'Interchange envelope' };
      case 'GS': case 'GE': return { id: 'GS', name: 'Functional group envelope' };
      case 'ST': return (this.current = { id: 'HEADER', name: 'Header' });
      case 'SE': return { id: 'TRAILER', name: 'Trailer' };
    }
    const loop = this.transaction === '837' ? this.loop837(id, el)
      : this.transaction === '835' ? this.loop835(id, el)
      : this.transaction === '277' ? this.loop277(id, el)
      : this.transaction === '999' || this.transaction === '997' ? this.loop999(id)
      : null;
    if (loop) this.current = loop;
    return this.current;
  }

  private loop837(id: string, el: Elements): Loop | null {
    const q = el(1).toUpperCase();
    if (id === 'HL') {
      this.inClaim = this.inOtherSubscriber = this.inLine = false;
      this.level = el(3);
      if (this.level === '20') return { id: '2000A', name: 'Billing provider level' };
      if (this.level === '22') return { id: '2000B', name: 'Subscriber level' };
      return { id: '2000C', name: 'Patient level' };
    }
    if (id === 'CLM') { this.inClaim = true; this.inOtherSubscriber = this.inLine = false; return { id: '2300', name: 'Claim' }; }
    if (id === 'LX' && this.inClaim) { this.inLine = true; this.inOtherSubscriber = false; return { id: '2400', name: 'Service line' }; }
    if (id === 'SBR' && this.inClaim) { this.inOtherSubscriber = true; return { id: '2320', name: 'Other subscriber' }; }
    if (id === 'LIN' && this.inLine) return { id: '2410', name: 'Drug identification' };
    if (id === 'SVD' && this.inLine) return { id: '2430', name: 'Line adjudication by another payer' };
    if (id !== 'NM1') return null;
    if (this.inLine) return { id: '2420', name: q === '82' ? 'Line rendering provider' : 'Line provider' };
    if (this.inOtherSubscriber) return q === 'IL' ? { id: '2330A', name: 'Other subscriber name' } : q === 'PR' ? { id: '2330B', name: 'Other payer name' } : { id: '2330', name: 'Other payer provider' };
    if (this.inClaim) return (this.institutional ? I_2310 : P_2310)[q] ?? { id: '2310', name: 'Claim provider' };
    const names: Record<string, Loop> = {
      '41': { id: '1000A', name: 'Submitter' }, '40': { id: '1000B', name: 'Receiver' }, '85': { id: '2010AA', name: 'Billing provider' },
      '87': { id: '2010AB', name: 'Pay-to address' }, PE: { id: '2010AC', name: 'Pay-to plan' }, IL: { id: '2010BA', name: 'Subscriber' },
      PR: { id: '2010BB', name: 'Payer' }, QC: { id: '2010CA', name: 'Patient' },
    };
    return names[q] ?? null;
  }

  private loop835(id: string, el: Elements): Loop | null {
    if (id === 'N1') {
      const q = el(1).toUpperCase();
      return q === 'PR' ? { id: '1000A', name: 'Payer' } : q === 'PE' ? { id: '1000B', name: 'Payee' } : null;
    }
    if (id === 'LX') return { id: '2000', name: 'Header number' };
    if (id === 'CLP') return { id: '2100', name: 'Claim payment' };
    if (id === 'SVC') return { id: '2110', name: 'Service payment' };
    if (id === 'PLB') return { id: 'SUMMARY', name: 'Provider adjustment' };
    return null;
  }

  private loop277(id: string, el: Elements): Loop | null {
    if (id === 'HL') {
      this.level = el(3).toUpperCase();
      const levels: Record<string, Loop> = {
        '20': { id: '2000A', name: 'Information source' }, '21': { id: '2000B', name: 'Information receiver' },
        '19': { id: '2000C', name: 'Service provider' }, PT: { id: '2000D', name: 'Patient' }, '22': { id: '2000D', name: 'Subscriber' },
        '23': { id: '2000E', name: 'Dependent' },
      };
      return levels[this.level] ?? null;
    }
    const suffix = { '20': 'A', '21': 'B', '19': 'C', PT: 'D', '22': 'D', '23': 'E' }[this.level] ?? '';
    if (id === 'NM1') return { id: `2100${suffix}`, name: 'Name' };
    if (id === 'TRN') return { id: `2200${suffix}`, name: suffix === 'D' || suffix === 'E' ? 'Claim status tracking' : 'Status tracking' };
    if (id === 'SVC') return { id: `2220${suffix}`, name: 'Service line' };
    return null;
  }

  private loop999(id: string): Loop | null {
    if (id === 'AK2') return { id: '2000', name: 'Transaction set response' };
    if (id === 'IK3' || id === 'AK3') return { id: '2100', name: 'Segment error' };
    if (id === 'IK4' || id === 'AK4') return { id: '2110', name: 'Element error' };
    if (id === 'IK5' || id === 'AK5') return { id: '2000', name: 'Transaction set response' };
    if (id === 'AK9') return { id: 'TRAILER', name: 'Functional group response' };
    return null;
  }
}
