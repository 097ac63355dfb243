// Status and flag vocabulary: labels, plain-language meanings and tones, so every screen speaks the same way.
import type { ClaimFlag, ClaimStatus } from '../../shared/domain/claims';

export const STATUSES: readonly ClaimStatus[] = ['submitted', 'accepted', 'rejected', 'pending', 'paid', 'denied', 'reversed'];

export const STATUS_LABELS: Record<ClaimStatus, string> = {
  submitted: 'Submitted', accepted: 'Accepted', rejected: 'Rejected', pending: 'Pending', paid: 'Paid', denied: 'Denied', reversed: 'Reversed',
};

export { STATUS_MEANINGS } from '../../shared/domain/claims';

export type Tone = 'ok' | 'bad' | 'warn' | 'info' | 'neutral';
export const STATUS_TONES: Record<ClaimStatus, Tone> = {
  submitted: 'neutral', accepted: 'info', rejected: 'bad', pending: 'info', paid: 'ok', denied: 'bad', reversed: 'warn',
};

export const FLAG_LABELS: Record<ClaimFlag, string> = {
  partially_paid: 'Partially paid', unbalanced: 'Unbalanced', duplicate_era: 'Duplicate ERA', no_response: 'No response',
  no_submission: 'No 837 on file', reversal: 'Reversal', replaced: 'Replaced', voided: 'Voided', worked: 'Worked', follow_up_due: 'Follow-up due', has_note: 'Has note',
};
