// Original, replacement, void, reversal and correction claims linked to this one.
import type { RelatedClaim } from '../../../shared/domain/claim-detail';
import { formatCents } from '../../lib/format';
import { useNav } from '../../store/nav';
import { StatusBadge } from '../StatusBadge';

const RELATION_LABELS: Record<RelatedClaim['relation'], string> = {
  original: 'Original', replacement: 'Replacement', void: 'Void', reversal: 'Reversal', correction: 'Correction',
  same_patient_control_number: 'Same claim #',
};

export function RelatedClaims({ related }: { related: RelatedClaim[] }) {
  const openClaim = useNav((s) => s.openClaim);
  return (
    <section className="card" aria-labelledby="related-title">
      <h2 id="related-title">Related claims</h2>
      {related.length === 0 ? <p className="muted">None.</p> : (
        <ul className="plain-list">
          {related.map((r) => (
            <li key={r.id}>
              <button type="button" className="link-button" onClick={() => openClaim(r.id)}>
                {RELATION_LABELS[r.relation]} · <span className="mono">{r.patientControlNumber}</span>
              </button>{' '}
              <StatusBadge status={r.status} /> <span className="money">{formatCents(r.chargeCents)}</span>{r.payerName ? <span className="muted"> · {r.payerName}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
