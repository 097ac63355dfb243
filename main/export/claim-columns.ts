// The claims export's columns: stable snake_case keys (CSV headers, never renamed), labels for XLSX, one kind each.
import type { ClaimExportRow } from '../../db/queries/export-rows.js';
import { bitsToFlags } from '../store/flags.js';
import type { Column } from './columns.js';
import { centsToDecimal } from './values.js';

const c = (key: string, label: string, kind: Column<ClaimExportRow>['kind'], get: Column<ClaimExportRow>['get'], width?: number): Column<ClaimExportRow> =>
  ({ key, label, kind, get, width });

export const CLAIM_COLUMNS: readonly Column<ClaimExportRow>[] = [
  c('patient_control_number', 'Patient control no.', 'text', (r) => r.pcn, 20),
  c('payer_claim_control_number', 'Payer claim no.', 'text', (r) => r.payerClaimNumber, 20),
  c('status', 'Status', 'text', (r) => r.status, 11),
  c('status_code', 'Status code', 'text', (r) => r.statusCode, 11),
  c('claim_type', 'Claim type', 'text', (r) => r.claimType, 13),
  c('frequency_code', 'Frequency', 'text', (r) => r.frequencyCode, 10),
  c('patient_name', 'Patient', 'text', (r) => r.patientName, 26),
  c('member_id', 'Member ID', 'text', (r) => r.memberId, 16),
  c('payer_id', 'Payer ID', 'text', (r) => r.payerId, 10),
  c('payer_name', 'Payer', 'text', (r) => r.payerName, 26),
  c('billing_npi', 'Billing NPI', 'text', (r) => r.billingNpi, 12),
  c('billing_name', 'Billing provider', 'text', (r) => r.billingName, 26),
  c('rendering_npi', 'Rendering NPI', 'text', (r) => r.renderingNpi, 13),
  c('service_date_from', 'Service from', 'date', (r) => r.serviceFrom),
  c('service_date_to', 'Service to', 'date', (r) => r.serviceTo),
  c('charge_amount', 'Charge', 'money', (r) => r.chargeCents),
  c('allowed_amount', 'Allowed', 'money', (r) => r.allowedCents),
  c('contractual_amount', 'Contractual (CO)', 'money', (r) => r.contractualCents, 16),
  c('patient_responsibility_amount', 'Patient resp.', 'money', (r) => r.patientRespCents),
  c('other_adjustment_amount', 'Other adjustments', 'money', (r) => r.otherAdjustmentCents, 17),
  c('paid_amount', 'Paid', 'money', (r) => r.paidCents),
  c('adjustments', 'Adjustments (group-CARC amount)', 'text', (r) => adjustmentsText(r.adjustments), 30),
  c('flags', 'Flags', 'text', (r) => bitsToFlags(r.flags).join(' '), 18),
  c('submitted_at', 'Submitted', 'datetime', (r) => r.submittedAt),
  c('acknowledged_at', 'Acknowledged', 'datetime', (r) => r.acknowledgedAt),
  c('paid_at', 'Paid at', 'datetime', (r) => r.paidAt),
  c('last_event_at', 'Last activity', 'datetime', (r) => r.lastEventAt),
  c('worked', 'Worked', 'text', (r) => (r.worked ? 'yes' : 'no'), 8),
  c('follow_up_date', 'Follow-up', 'date', (r) => r.followUpOn),
  c('claim_id', 'ClaimTrail ID', 'integer', (r) => r.id),
];

/** "CO-45 7000;PR-1 2000" (cents from SQL) → "CO-45 70.00; PR-1 20.00". */
export function adjustmentsText(raw: string | null): string {
  if (!raw) return '';
  return raw.split(';').map((part) => {
    const [code, cents] = part.split(' ');
    return `${code} ${centsToDecimal(Number(cents))}`;
  }).join('; ');
}
