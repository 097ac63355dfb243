// zod shapes of Stedi's responses, tolerant of fields we do not use (Stedi adds fields over time).
// Only what the sync and the reports need is checked; everything else passes through untouched.
import { z } from 'zod';

/** Healthcare JSON money is always a decimal string ("109.20", "-5", "0"). */
export const Amount = z.string().regex(/^-?\d+(\.\d+)?$/, 'expected a decimal amount string');

const Direction = z.enum(['INBOUND', 'OUTBOUND', 'UNKNOWN']).catch('UNKNOWN');

export const Artifact = z.looseObject({
  artifactType: z.string(),
  usage: z.string(),
  model: z.string().optional(),
  sizeBytes: z.number().optional(),
  url: z.string().optional(),
});
export type Artifact = z.infer<typeof Artifact>;

export const TransactionSummary = z.looseObject({
  transactionId: z.string().min(1).max(200),
  fileExecutionId: z.string().optional(),
  status: z.string(), // succeeded | failed; kept open so a new status never breaks the sync
  direction: Direction,
  mode: z.string(),
  processedAt: z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'expected an ISO date-time'),
  artifacts: z.array(Artifact).default([]),
  partnership: z.looseObject({}).optional(),
  x12: z.looseObject({
    metadata: z.looseObject({
      transaction: z.looseObject({
        transactionSetIdentifier: z.string().optional(),
        controlNumber: z.union([z.string(), z.number()]).optional(),
      }).optional(),
    }).optional(),
  }).optional(),
  translationErrors: z.array(z.looseObject({ message: z.string().optional() })).optional(),
});
export type TransactionSummary = z.infer<typeof TransactionSummary>;

export const PollPage = z.looseObject({
  items: z.array(TransactionSummary),
  // Documented as always present; the schema marks it optional, so absence is tolerated.
  nextPageToken: z.string().min(1).optional(),
});
export type PollPage = z.infer<typeof PollPage>;

export const ListPage = PollPage;
export type ListPage = PollPage;

export const DownloadLink = z.looseObject({ documentDownloadUrl: z.string().url() });

export const ErrorBody = z.looseObject({ message: z.string().optional(), code: z.string().optional() });

const Status277 = z.looseObject({
  healthCareClaimStatusCategoryCode: z.string(),
  statusCode: z.string().optional(),
  entityIdentifierCode: z.string().optional(),
});

export const Report277 = z.looseObject({
  meta: z.looseObject({ transactionId: z.string().optional() }).optional(),
  transactions: z.array(z.looseObject({
    controlNumber: z.string().optional(),
    payers: z.array(z.looseObject({
      organizationName: z.string().optional(),
      entityIdentifierCode: z.string().optional(),
      claimStatusTransactions: z.array(z.looseObject({
        claimTransactionBatchNumber: z.string().optional(),
        claimStatusDetails: z.array(z.looseObject({
          patientClaimStatusDetails: z.array(z.looseObject({
            claims: z.array(z.looseObject({
              claimStatus: z.looseObject({
                patientAccountNumber: z.string().optional(),
                referencedTransactionTraceNumber: z.string().optional(),
                informationClaimStatuses: z.array(z.looseObject({
                  totalClaimChargeAmount: Amount.optional(),
                  statusMessage: z.string().optional(),
                  informationStatuses: z.array(Status277).default([]),
                })).default([]),
              }),
              serviceLines: z.array(z.looseObject({ lineItemControlNumber: z.string().optional() })).optional(),
            })).default([]),
          })).default([]),
        })).default([]),
      })).default([]),
    })).default([]),
  })),
});
export type Report277 = z.infer<typeof Report277>;

const Cas = z.looseObject({ claimAdjustmentGroupCode: z.string() });

export const Report835 = z.looseObject({
  meta: z.looseObject({ transactionId: z.string().optional() }).optional(),
  transactions: z.array(z.looseObject({
    controlNumber: z.string().optional(),
    financialInformation: z.looseObject({ totalActualProviderPaymentAmount: Amount }),
    paymentAndRemitReassociationDetails: z.looseObject({ checkOrEFTTraceNumber: z.string() }),
    detailInfo: z.array(z.looseObject({
      paymentInfo: z.array(z.looseObject({
        claimPaymentInfo: z.looseObject({
          patientControlNumber: z.string(),
          claimStatusCode: z.string(),
          totalClaimChargeAmount: Amount,
          claimPaymentAmount: Amount,
          patientResponsibilityAmount: Amount.optional(),
        }),
        claimAdjustments: z.array(Cas).optional(),
        serviceLines: z.array(z.looseObject({
          lineItemControlNumber: z.string().optional(),
          servicePaymentInformation: z.looseObject({ lineItemChargeAmount: Amount, lineItemProviderPaymentAmount: Amount }),
          serviceAdjustments: z.array(Cas).optional(),
        })).default([]),
      })).default([]),
    })).default([]),
  })),
});
export type Report835 = z.infer<typeof Report835>;
