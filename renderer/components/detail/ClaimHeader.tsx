// Who, what payer, which providers, and the status in plain words.
import type { ClaimDetail } from '../../../shared/domain/claim-detail';
import { formatCents, formatDay } from '../../lib/format';
import { FLAG_LABELS } from '../../lib/status';
import { StatusBadge } from '../StatusBadge';

export function ClaimHeader({ detail }: { detail: ClaimDetail }) {
  const { claim, patient, payer, billingProvider, renderingProvider, statusMeaning } = detail;
  return (
    <div className="card claim-header">
      <div className="claim-status-line">
        <StatusBadge status={claim.status} />
        <span data-testid="status-meaning">{statusMeaning}</span>
        {claim.flags.map((f) => <span key={f} className="flag">{FLAG_LABELS[f]}</span>)}
      </div>
      <dl className="facts facts-wide" aria-label="Claim facts">
        <dt>Patient</dt><dd>{patient.name}{patient.birthDate ? <span className="muted"> · born {patient.birthDate}</span> : null}</dd>
        <dt>Member id</dt><dd className="mono">{patient.memberId ?? '—'}</dd>
        <dt>Payer</dt><dd>{payer ? `${payer.name}${payer.id ? ` (${payer.id})` : ''}` : '—'}</dd>
        <dt>Billing provider</dt><dd>{billingProvider ? `${billingProvider.name}${billingProvider.id ? ` · NPI ${billingProvider.id}` : ''}` : '—'}</dd>
        <dt>Rendering provider</dt><dd>{renderingProvider ? `${renderingProvider.name}${renderingProvider.id ? ` · NPI ${renderingProvider.id}` : ''}` : '—'}</dd>
        <dt>Service dates</dt><dd>{formatDay(claim.serviceDateFrom)}{claim.serviceDateTo && claim.serviceDateTo !== claim.serviceDateFrom ? ` – ${formatDay(claim.serviceDateTo)}` : ''}</dd>
        <dt>Payer claim #</dt><dd className="mono">{claim.payerClaimControlNumber ?? '—'}</dd>
        <dt>Claim type</dt><dd>{claim.claimType ?? '—'}{claim.frequencyCode ? ` · frequency ${claim.frequencyCode}` : ''}</dd>
      </dl>
      <dl className="kpis" aria-label="Claim amounts">
        <div><dt>Billed</dt><dd className="money">{formatCents(claim.chargeCents)}</dd></div>
        <div><dt>Allowed</dt><dd className="money">{formatCents(claim.allowedCents)}</dd></div>
        <div><dt>Paid</dt><dd className="money">{formatCents(claim.paidCents)}</dd></div>
        <div><dt>Patient resp.</dt><dd className="money">{formatCents(claim.patientResponsibilityCents)}</dd></div>
      </dl>
    </div>
  );
}
