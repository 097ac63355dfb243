// Claim flags: stored as a bit set on the claim row and one claim_flags row each. `no_response` is not stored:
// it depends on today's date, so queries compute it from the status and submission date.
export const STORED_FLAGS = ['no_submission', 'partially_paid', 'unbalanced', 'duplicate_era', 'reversal', 'replaced', 'voided'] as const;
export type StoredFlag = (typeof STORED_FLAGS)[number];
export const CLAIM_FLAGS = [...STORED_FLAGS, 'no_response'] as const;
export type ClaimFlag = (typeof CLAIM_FLAGS)[number];

export const flagBit = (flag: StoredFlag): number => 1 << STORED_FLAGS.indexOf(flag);
export const flagsToBits = (flags: readonly StoredFlag[]): number => flags.reduce((bits, f) => bits | flagBit(f), 0);
export const bitsToFlags = (bits: number): StoredFlag[] => STORED_FLAGS.filter((f) => (bits & flagBit(f)) !== 0);
