// Reports: each row carries the claim filters behind its numbers, so any figure drills down into Claims.
import { z } from 'zod';
import { ClaimFilters, IsoDate } from './claims.js';

export const ReportKind = z.enum(['top_providers', 'payer_turnaround', 'aging', 'denials', 'first_pass']);
export type ReportKind = z.infer<typeof ReportKind>;

export const ReportQuery = z.object({ kind: ReportKind, from: IsoDate, to: IsoDate });
export type ReportQuery = z.infer<typeof ReportQuery>;

const Row = <T extends z.ZodRawShape>(shape: T) => z.object({ ...shape, drill: ClaimFilters });

export const TopProviderRow = Row({
  npi: z.string(), name: z.string(), claims: z.number().int(), billedCents: z.number().int(), paidCents: z.number().int(),
  denialRate: z.number().min(0).max(1).nullable(), medianDaysToPay: z.number().nullable(),
});
export const TurnaroundRow = Row({
  payerId: z.string(), payerName: z.string(), claims: z.number().int(),
  ackMedianDays: z.number().nullable(), ackP90Days: z.number().nullable(),
  payMedianDays: z.number().nullable(), payP90Days: z.number().nullable(),
});
export const AgingRow = Row({ bucket: z.string(), claims: z.number().int(), unpaidCents: z.number().int() });
export const DenialRow = Row({
  payerId: z.string(), payerName: z.string(), carc: z.string().nullable(), carcText: z.string().nullable(),
  claims: z.number().int(), denied: z.number().int(), denialRate: z.number().min(0).max(1).nullable(), deniedCents: z.number().int().nullable(),
});
export const FirstPassRow = Row({
  payerId: z.string(), payerName: z.string(), submitted: z.number().int(), acceptedFirstPass: z.number().int(),
  rate: z.number().min(0).max(1).nullable(),
});

export const Report = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('top_providers'), from: IsoDate, to: IsoDate, rows: z.array(TopProviderRow) }),
  z.object({ kind: z.literal('payer_turnaround'), from: IsoDate, to: IsoDate, rows: z.array(TurnaroundRow) }),
  z.object({ kind: z.literal('aging'), from: IsoDate, to: IsoDate, rows: z.array(AgingRow) }),
  z.object({ kind: z.literal('denials'), from: IsoDate, to: IsoDate, rows: z.array(DenialRow) }),
  z.object({ kind: z.literal('first_pass'), from: IsoDate, to: IsoDate, rows: z.array(FirstPassRow) }),
]);
export type Report = z.infer<typeof Report>;
export type TopProviderRow = z.infer<typeof TopProviderRow>;
export type TurnaroundRow = z.infer<typeof TurnaroundRow>;
export type AgingRow = z.infer<typeof AgingRow>;
export type DenialRow = z.infer<typeof DenialRow>;
export type FirstPassRow = z.infer<typeof FirstPassRow>;
