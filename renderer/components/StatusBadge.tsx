import type { ClaimStatus } from '../../shared/domain/claims';
import { STATUS_LABELS, STATUS_MEANINGS, STATUS_TONES } from '../lib/status';

/** The one way a claim status is drawn: a tinted pill whose colour is reserved for status. */
export function StatusBadge({ status }: { status: ClaimStatus }) {
  return <span className={`badge tone-${STATUS_TONES[status]}`} title={STATUS_MEANINGS[status]}>{STATUS_LABELS[status]}</span>;
}
