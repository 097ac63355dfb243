// The typed records the X12 engine produces and the lifecycle store consumes.
// Pure data: money in integer cents, dates as ISO strings (YYYY-MM-DD), no classes.
import { z } from 'zod';

/** Money in integer cents; X12 decimals are converted exactly, never through floats. */
export const Cents = z.number().int();
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Where something sits in the input: enough for a person to find it in the file. */
export const Location = z.object({
  file: z.string().optional(),
  byteOffset: z.number().int().nonnegative(),
  segmentIndex: z.number().int().nonnegative(), // 1-based position of the segment in the file
  segmentId: z.string(),
  element: z.number().int().optional(), // 1-based element position, when one is at fault
  component: z.number().int().optional(),
});
export type Location = z.infer<typeof Location>;

export const Warning = z.object({ code: z.string(), message: z.string(), location: Location.optional() });
export type Warning = z.infer<typeof Warning>;

export const Envelope = z.object({
  senderId: z.string(),
  receiverId: z.string(),
  interchangeControlNumber: z.string(),
  interchangeDate: IsoDate.nullable(),
  usage: z.string(), // ISA15: P production, T test
  functionalId: z.string(), // GS01
  groupControlNumber: z.string(), // GS06
  version: z.string(), // GS08 (or ST03 when GS is missing)
  transactionSetId: z.string(), // ST01: 837, 835, 277, 999
  transactionControlNumber: z.string(), // ST02
});
export type Envelope = z.infer<typeof Envelope>;

export const Address = z.object({
  line1: z.string(), line2: z.string().nullable(), city: z.string(), state: z.string(), postalCode: z.string(),
});
export type Address = z.infer<typeof Address>;

/** A person or organisation named in an NM1/N1 segment. `name` is display form ("DOE, JANE A"). */
export const Party = z.object({
  entityCode: z.string(), // NM101/N101, e.g. 85 billing, 82 rendering, PR payer, QC patient
  name: z.string(),
  lastOrOrgName: z.string(),
  firstName: z.string().nullable(),
  idQualifier: z.string().nullable(), // XX = NPI, PI = payer id, MI = member id, FI = tax id
  id: z.string().nullable(),
});
export type Party = z.infer<typeof Party>;

export const Provider = Party.extend({
  npi: z.string().nullable(),
  taxId: z.string().nullable(),
  taxonomy: z.string().nullable(),
  address: Address.nullable(),
});
export type Provider = z.infer<typeof Provider>;

export const Person = Party.extend({
  memberId: z.string().nullable(),
  birthDate: IsoDate.nullable(),
  gender: z.string().nullable(),
});
export type Person = z.infer<typeof Person>;

export const Procedure = z.object({
  qualifier: z.string(), // HC, AD, NU, N4 ...
  code: z.string(),
  modifiers: z.array(z.string()),
});
export type Procedure = z.infer<typeof Procedure>;

export const Adjustment = z.object({
  group: z.string(), // CO, PR, OA, PI, CR
  reason: z.string(), // CARC
  amountCents: Cents, // positive reduces payment
  quantity: z.string().nullable(),
});
export type Adjustment = z.infer<typeof Adjustment>;

export const BalanceFinding = z.object({
  level: z.enum(['remittance', 'claim', 'line']),
  rule: z.string(), // e.g. 'CLP03-CLP04=CAS'
  expectedCents: Cents,
  actualCents: Cents,
  differenceCents: Cents,
  message: z.string(),
  location: Location.optional(),
});
export type BalanceFinding = z.infer<typeof BalanceFinding>;

// ---------- 837 ----------

export const SubmissionLine = z.object({
  lineNumber: z.number().int(),
  procedure: Procedure.nullable(),
  revenueCode: z.string().nullable(), // 837I SV201
  chargeCents: Cents,
  unitBasis: z.string().nullable(),
  units: z.string().nullable(), // decimal string
  serviceDateFrom: IsoDate.nullable(),
  serviceDateTo: IsoDate.nullable(),
  lineControlNumber: z.string().nullable(), // REF*6R
  toothNumber: z.string().nullable(), // 837D TOO02
  toothSurfaces: z.array(z.string()),
  ndc: z.string().nullable(),
  renderingProvider: Provider.nullable(),
});
export type SubmissionLine = z.infer<typeof SubmissionLine>;

export const ClaimSubmission = z.object({
  kind: z.literal('837'),
  claimType: z.enum(['professional', 'institutional', 'dental']),
  envelope: Envelope,
  batchReference: z.string().nullable(), // BHT03
  createdDate: IsoDate.nullable(), // BHT04
  submitter: Party.nullable(),
  receiver: Party.nullable(),
  billingProvider: Provider,
  payToProvider: Provider.nullable(),
  subscriber: Person,
  patient: Person, // equals the subscriber when SBR02 = 18
  relationshipCode: z.string().nullable(),
  payerSequence: z.string().nullable(), // SBR01
  groupNumber: z.string().nullable(),
  filingIndicator: z.string().nullable(), // SBR09
  payer: Party,
  patientControlNumber: z.string(), // CLM01
  chargeCents: Cents, // CLM02
  facilityCode: z.string().nullable(), // CLM05-1 place of service / facility type
  facilityCodeQualifier: z.string().nullable(),
  frequencyCode: z.string(), // CLM05-3, '1' when absent
  originalPayerClaimNumber: z.string().nullable(), // REF*F8
  clearinghouseTraceNumber: z.string().nullable(), // REF*D9
  priorAuthorization: z.string().nullable(), // REF*G1
  referralNumber: z.string().nullable(), // REF*9F
  medicalRecordNumber: z.string().nullable(), // REF*EA
  predetermination: z.boolean(), // 837D CLM19 = PB
  statementFrom: IsoDate.nullable(),
  statementTo: IsoDate.nullable(),
  admissionDate: IsoDate.nullable(),
  diagnosisCodes: z.array(z.object({ qualifier: z.string(), code: z.string() })),
  renderingProvider: Provider.nullable(),
  referringProvider: Provider.nullable(),
  attendingProvider: Provider.nullable(),
  operatingProvider: Provider.nullable(),
  serviceFacility: Provider.nullable(),
  lines: z.array(SubmissionLine),
  location: Location,
  warnings: z.array(Warning),
});
export type ClaimSubmission = z.infer<typeof ClaimSubmission>;

// ---------- 999 ----------

export const AckError = z.object({
  segmentId: z.string().nullable(), // IK301
  segmentPosition: z.string().nullable(), // IK302
  loopId: z.string().nullable(), // IK303
  segmentErrorCode: z.string().nullable(), // IK304
  elementPosition: z.string().nullable(), // IK401
  elementErrorCode: z.string().nullable(), // IK403
  badValue: z.string().nullable(), // IK404
  patientControlNumber: z.string().nullable(), // CTX*CLM01
});
export type AckError = z.infer<typeof AckError>;

export const SetAcknowledgment = z.object({
  transactionSetId: z.string(), // AK201
  transactionControlNumber: z.string(), // AK202
  status: z.enum(['accepted', 'accepted_with_errors', 'rejected']), // IK501 A / E / R (also M, W, X)
  statusCode: z.string(),
  errorCodes: z.array(z.string()), // IK502..
  errors: z.array(AckError),
});

export const Acknowledgment = z.object({
  kind: z.literal('999'),
  envelope: Envelope,
  functionalId: z.string(), // AK101 (HC for 837)
  groupControlNumber: z.string(), // AK102 = the 837's GS06
  groupStatus: z.string(), // AK901 A / E / P / R
  sets: z.array(SetAcknowledgment),
  location: Location,
  warnings: z.array(Warning),
});
export type Acknowledgment = z.infer<typeof Acknowledgment>;

// ---------- 277CA / 277 ----------

export const StatusEntry = z.object({
  categoryCode: z.string(), // STC01-1
  statusCode: z.string(), // STC01-2
  entityCode: z.string().nullable(), // STC01-3
  codeListQualifier: z.string().nullable(),
  effectiveDate: IsoDate.nullable(), // STC02
  actionCode: z.string().nullable(), // STC03 WQ / U
  chargeCents: Cents.nullable(), // STC04
  paidCents: Cents.nullable(), // STC05
  adjudicationDate: IsoDate.nullable(), // STC06
  checkDate: IsoDate.nullable(), // STC08
  checkNumber: z.string().nullable(), // STC09
  additional: z.array(z.object({ categoryCode: z.string(), statusCode: z.string(), entityCode: z.string().nullable() })),
  message: z.string().nullable(), // STC12
});
export type StatusEntry = z.infer<typeof StatusEntry>;

export const ClaimStatusReport = z.object({
  kind: z.literal('277'),
  variant: z.enum(['277CA', '277']),
  envelope: Envelope,
  senderLevel: z.enum(['clearinghouse', 'payer']), // NM1*AY vs NM1*PR at HL 20
  source: Party.nullable(),
  receiver: Party.nullable(),
  billingProvider: Provider.nullable(),
  patient: Person.nullable(),
  batchReference: z.string().nullable(), // 2200B TRN02
  patientControlNumber: z.string(), // 277CA TRN02 / 277 REF*EJ (or TRN02 when EJ absent)
  traceNumber: z.string().nullable().optional(), // 2200D TRN02 as sent (the 276 trace number in a 277)
  payerClaimControlNumber: z.string().nullable(), // REF*1K
  clearinghouseTraceNumber: z.string().nullable(), // REF*D9
  billType: z.string().nullable(),
  serviceDateFrom: IsoDate.nullable(),
  serviceDateTo: IsoDate.nullable(),
  statuses: z.array(StatusEntry),
  lines: z.array(z.object({
    procedure: Procedure.nullable(),
    chargeCents: Cents.nullable(),
    lineControlNumber: z.string().nullable(), // REF*FJ
    serviceDateFrom: IsoDate.nullable(),
    serviceDateTo: IsoDate.nullable(),
    statuses: z.array(StatusEntry),
  })),
  location: Location,
  warnings: z.array(Warning),
});
export type ClaimStatusReport = z.infer<typeof ClaimStatusReport>;

/** Status reported above claim level (HL 20 source, 21 receiver, 19 provider): 277CA batch totals,
 *  277 errors about the request itself. Added for the engine; optional on the 277 mapping. */
export const LevelStatus = z.object({
  level: z.enum(['source', 'receiver', 'provider']),
  party: Party.nullable(),
  traceNumber: z.string().nullable(), // TRN02
  statuses: z.array(StatusEntry),
  acceptedQuantity: z.string().nullable(), // QTY*90
  rejectedQuantity: z.string().nullable(), // QTY*AA
  acceptedCents: Cents.nullable(), // AMT*YU
  rejectedCents: Cents.nullable(), // AMT*YY
  location: Location,
});
export type LevelStatus = z.infer<typeof LevelStatus>;

// ---------- 835 ----------

export const ServicePayment = z.object({
  procedure: Procedure.nullable(),
  chargeCents: Cents, // SVC02
  paidCents: Cents, // SVC03
  revenueCode: z.string().nullable(), // SVC04
  unitsPaid: z.string().nullable(), // SVC05
  originalProcedure: Procedure.nullable(), // SVC06
  originalUnits: z.string().nullable(), // SVC07
  serviceDateFrom: IsoDate.nullable(),
  serviceDateTo: IsoDate.nullable(),
  lineControlNumber: z.string().nullable(), // REF*6R
  allowedCents: Cents.nullable(), // AMT*B6
  adjustments: z.array(Adjustment),
  remarkCodes: z.array(z.string()), // LQ*HE
  location: Location,
});
export type ServicePayment = z.infer<typeof ServicePayment>;

export const ClaimPayment = z.object({
  patientControlNumber: z.string(), // CLP01
  statusCode: z.string(), // CLP02
  chargeCents: Cents, // CLP03
  paidCents: Cents, // CLP04
  patientResponsibilityCents: Cents, // CLP05
  filingIndicator: z.string().nullable(),
  payerClaimControlNumber: z.string().nullable(), // CLP07
  facilityCode: z.string().nullable(),
  frequencyCode: z.string().nullable(),
  drgCode: z.string().nullable(),
  patient: Person.nullable(), // NM1*QC
  insured: Person.nullable(), // NM1*IL
  correctedPatient: Person.nullable(), // NM1*74
  renderingProvider: Provider.nullable(), // NM1*82
  crossoverPayer: Party.nullable(), // NM1*TT
  statementFrom: IsoDate.nullable(), // DTM*232
  statementTo: IsoDate.nullable(), // DTM*233
  receivedDate: IsoDate.nullable(), // DTM*050
  adjustments: z.array(Adjustment), // claim-level CAS
  remarkCodes: z.array(z.string()), // MOA / MIA remark codes
  amounts: z.array(z.object({ qualifier: z.string(), cents: Cents })), // AMT
  quantities: z.array(z.object({ qualifier: z.string(), value: z.string() })), // QTY
  lines: z.array(ServicePayment),
  findings: z.array(BalanceFinding),
  location: Location,
});
export type ClaimPayment = z.infer<typeof ClaimPayment>;

export const ProviderAdjustment = z.object({
  providerId: z.string(),
  fiscalPeriodDate: IsoDate.nullable(),
  reasonCode: z.string(), // PLB03-1: WO, FB, L6, CS ...
  reference: z.string().nullable(), // PLB03-2
  amountCents: Cents, // positive reduces the payment
});
export type ProviderAdjustment = z.infer<typeof ProviderAdjustment>;

export const Remittance = z.object({
  kind: z.literal('835'),
  envelope: Envelope,
  handlingCode: z.string(), // BPR01
  paymentCents: Cents, // BPR02
  creditDebit: z.string().nullable(), // BPR03
  paymentMethod: z.string().nullable(), // BPR04 ACH / CHK / NON ...
  paymentDate: IsoDate.nullable(), // BPR16
  traceNumber: z.string(), // TRN02 check / EFT number
  originatorId: z.string().nullable(), // TRN03
  productionDate: IsoDate.nullable(), // DTM*405
  payer: Party, // N1*PR; id = REF*2U, N104 or TRN03
  payee: Provider, // N1*PE
  claims: z.array(ClaimPayment),
  providerAdjustments: z.array(ProviderAdjustment),
  findings: z.array(BalanceFinding), // remittance-level: BPR02 = sum CLP04 - sum PLB
  location: Location,
  warnings: z.array(Warning),
});
export type Remittance = z.infer<typeof Remittance>;

/** The records one transaction set (ST..SE) maps to. An 837 set yields one record per claim. */
export type MappedTransaction =
  | { kind: '837'; claims: ClaimSubmission[] }
  | { kind: '999'; acknowledgment: Acknowledgment }
  | { kind: '277'; reports: ClaimStatusReport[]; levelStatuses?: LevelStatus[] }
  | { kind: '835'; remittance: Remittance }
  | { kind: 'unsupported'; transactionSetId: string };
