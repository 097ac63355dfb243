// X12 the emulator makes for a claim submitted as JSON: the outbound 837 Stedi generates and Stedi's own 277CA.
// Small but structurally valid (envelopes, HL hierarchy, segment counts), enough for the engine to read.

type Json = Record<string, any>; // request bodies are free-form JSON; missing parts get placeholders

const yymmdd = (d: Date) => d.toISOString().slice(2, 10).replace(/-/g, '');
const ccyymmdd = (d: Date) => d.toISOString().slice(0, 10).replace(/-/g, '');
const hhmm = (d: Date) => d.toISOString().slice(11, 16).replace(':', '');
const pad = (s: string, n: number) => s.slice(0, n).padEnd(n, ' ');

function envelope(body: string[], args: { ctl: number; gsCode: string; release: string; sender: string; receiver: string; usage: string; at: Date }): string {
  const ctl = String(args.ctl).padStart(9, '0');
  const segs = [
    `ISA*00*${pad('', 10)}*00*${pad('', 10)}*ZZ*${pad(args.sender, 15)}*ZZ*${pad(args.receiver, 15)}*${yymmdd(args.at)}*${hhmm(args.at)}*^*00501*${ctl}*0*${args.usage}*:`,
    `GS*${args.gsCode}*${args.sender}*${args.receiver}*${ccyymmdd(args.at)}*${hhmm(args.at)}*${args.ctl}*X*${args.release}`,
    ...body,
    `GE*1*${args.ctl}`, `IEA*1*${ctl}`,
  ];
  return `${segs.join('~')}~`;
}

function transactionSet(setId: string, release: string, segments: string[]): string[] {
  return [`ST*${setId}*0001*${release}`, ...segments, `SE*${segments.length + 2}*0001`];
}

export function build837(claim: Json, kind: 'P' | 'I' | 'D', ctl: number, at: Date, usage: string): string {
  const release = kind === 'P' ? '005010X222A1' : kind === 'I' ? '005010X223A3' : '005010X224A3';
  const info = claim.claimInformation ?? {};
  const sub = claim.subscriber ?? {};
  const billing = claim.billing ?? {};
  const lines: Json[] = info.serviceLines ?? [];
  const segs = [
    `BHT*0019*00*${ctl}*${ccyymmdd(at)}*${hhmm(at)}*CH`,
    `NM1*41*2*${claim.submitter?.organizationName ?? 'SUBMITTER'}*****46*${claim.submitter?.submitterIdentification ?? 'SUB1'}`,
    `PER*IC*${claim.submitter?.contactInformation?.name ?? 'BILLING'}*TE*${claim.submitter?.contactInformation?.phoneNumber ?? '5555555555'}`,
    `NM1*40*2*${claim.receiver?.organizationName ?? 'PAYER'}*****46*${claim.tradingPartnerServiceId}`,
    'HL*1**20*1',
    `NM1*85*2*${billing.organizationName ?? 'BILLING PROVIDER'}*****XX*${billing.npi ?? '1999999984'}`,
    `N3*${billing.address?.address1 ?? '1 MAIN ST'}`, `N4*${billing.address?.city ?? 'TOWN'}*${billing.address?.state ?? 'NY'}*${billing.address?.postalCode ?? '10001'}`,
    `REF*EI*${billing.employerId ?? '123456789'}`,
    'HL*2*1*22*0', `SBR*${sub.paymentResponsibilityLevelCode ?? 'P'}*18*******${info.claimFilingCode ?? 'CI'}`,
    `NM1*IL*1*${sub.lastName ?? 'DOE'}*${sub.firstName ?? 'JANE'}****MI*${sub.memberId ?? 'M0'}`,
    `NM1*PR*2*${claim.receiver?.organizationName ?? 'PAYER'}*****PI*${claim.tradingPartnerServiceId}`,
    `CLM*${info.patientControlNumber}*${info.claimChargeAmount}***${info.placeOfServiceCode ?? '11'}:B:${info.claimFrequencyCode ?? '1'}*Y*A*Y*Y`,
    `HI*ABK:${(info.healthCareCodeInformation?.[0]?.diagnosisCode ?? 'R69')}`,
    ...lines.flatMap((l, i) => {
      const svc = l.professionalService ?? l.institutionalService ?? l.dentalService ?? {};
      const control = l.providerControlNumber ?? l.lineItemControlNumber;
      return [
        `LX*${i + 1}`,
        kind === 'I' ? `SV2*${svc.serviceLineRevenueCode ?? '0450'}*HC:${svc.procedureCode ?? ''}*${svc.lineItemChargeAmount}*UN*${svc.serviceUnitCount ?? '1'}`
          : kind === 'D' ? `SV3*AD:${svc.procedureCode}*${svc.lineItemChargeAmount}****1`
            : `SV1*HC:${svc.procedureCode}*${svc.lineItemChargeAmount}*UN*${svc.serviceUnitCount ?? '1'}***1`,
        `DTP*472*D8*${l.serviceDate ?? ccyymmdd(at)}`,
        ...(control ? [`REF*6R*${control}`] : []),
      ];
    }),
  ];
  return envelope(transactionSet('837', release, segs), { ctl, gsCode: 'HC', release, sender: 'CLAIMTRAIL', receiver: 'STEDI', usage, at });
}

/** Stedi's own 277CA for one claim: A1/19 at the batch, A1/20 (accepted for processing) for the claim. */
export function build277CA(args: { correlationId: string; pcn: string; charge: string; ctl: number; at: Date; usage: string; payerName: string }): string {
  const d = ccyymmdd(args.at);
  const segs = [
    `BHT*0085*08*${args.correlationId}*${d}*${hhmm(args.at)}*TH`,
    'HL*1**20*1', 'NM1*AY*2*STEDI INC*****46*STEDI', `TRN*1*${args.ctl}`, `DTP*050*D8*${d}`, `DTP*009*D8*${d}`,
    'HL*2*1*21*1', 'NM1*41*2*CLAIMTRAIL*****46*CLAIMTRAIL', `TRN*2*${args.correlationId}`, `STC*A1:19:PR*${d}*WQ*${args.charge}`,
    'QTY*90*1', `AMT*YU*${args.charge}`,
    'HL*3*2*19*1', 'NM1*85*2*BILLING PROVIDER*****XX*1999999984',
    'HL*4*3*PT', 'NM1*QC*1*PATIENT*PAT', `TRN*2*${args.pcn}`, `STC*A1:20*${d}*WQ*${args.charge}`, `REF*D9*${args.correlationId.slice(-12)}`, `DTP*472*RD8*${d}-${d}`,
  ];
  return envelope(transactionSet('277', '005010X214', segs), { ctl: args.ctl, gsCode: 'HN', release: '005010X214', sender: 'STEDI', receiver: 'CLAIMTRAIL', usage: args.usage, at: args.at });
}
