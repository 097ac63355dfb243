// Public API of the synthetic X12 generator: deterministic by seed, streamed, mutually consistent
// 837 → 999 / 277CA (/ 277) → 835 files with a truth record per claim and per payment.
export { generateDataset, generateEvents, generatePaymentTruth, generateTruth, writeDataset, type WriteOptions } from './dataset.js';
export { stream835 } from './stream-835.js';
export { DEFAULT_DELIMITERS, DEFAULT_RATES, type Delimiters, type GeneratorOptions, type Rates } from './options.js';
export type { DatasetEvent, GeneratedFile } from './simulation.js';
export type { ClaimTruth, PaymentTruth } from './truth.js';
export type { FinalStatus } from './claim.js';
