// Live count and sums for the whole filtered set.
import { formatCents, formatCount } from '../../lib/format';
import { useClaims } from '../../store/claims';

export function TotalsBar() {
  const totals = useClaims((s) => s.totals);
  return (
    <div className="totals" role="status" aria-label="Totals" aria-live="polite">
      {totals ? (
        <>
          <span><strong data-testid="claim-count">{formatCount(totals.count)}</strong> {totals.count === 1 ? 'claim' : 'claims'}</span>
          <span>Billed <strong className="money">{formatCents(totals.chargeCents)}</strong></span>
          <span>Paid <strong className="money">{formatCents(totals.paidCents)}</strong></span>
          <span>Patient resp. <strong className="money">{formatCents(totals.patientResponsibilityCents)}</strong></span>
        </>
      ) : <span className="muted">Counting…</span>}
    </div>
  );
}
