// The claims table's columns: label, width, alignment, sort key and how a cell is drawn.
import type { ClaimRow, ClaimSortKey } from '../../shared/domain/claims';
import type { ClaimColumn } from '../../shared/domain/settings';
import { StatusBadge } from '../components/StatusBadge';
import { formatCents, formatDay } from './format';

export interface ColumnDef {
  id: ClaimColumn;
  label: string;
  width: number; // px; the table is dense and predictable
  money?: boolean;
  sortKey?: ClaimSortKey;
  cell(row: ClaimRow): React.ReactNode;
}

export const COLUMNS: readonly ColumnDef[] = [
  { id: 'status', label: 'Status', width: 112, sortKey: 'status', cell: (r) => <StatusBadge status={r.status} /> },
  { id: 'patient', label: 'Patient', width: 180, sortKey: 'patient', cell: (r) => r.patientName },
  { id: 'pcn', label: 'Claim #', width: 130, cell: (r) => <span className="mono">{r.patientControlNumber}</span> },
  { id: 'payer', label: 'Payer', width: 170, sortKey: 'payer', cell: (r) => r.payerName ?? '—' },
  { id: 'billing', label: 'Billing provider', width: 170, cell: (r) => r.billingName ?? r.billingNpi ?? '—' },
  { id: 'rendering', label: 'Rendering provider', width: 160, cell: (r) => r.renderingName ?? r.renderingNpi ?? '—' },
  { id: 'serviceDate', label: 'Service date', width: 100, sortKey: 'serviceDate', cell: (r) => formatDay(r.serviceDateFrom) },
  { id: 'submittedAt', label: 'Submitted', width: 100, sortKey: 'submittedAt', cell: (r) => formatDay(r.submittedAt) },
  { id: 'paidAt', label: 'Paid on', width: 100, sortKey: 'paidAt', cell: (r) => formatDay(r.paidAt) },
  { id: 'charge', label: 'Billed', width: 104, money: true, sortKey: 'charge', cell: (r) => formatCents(r.chargeCents) },
  { id: 'allowed', label: 'Allowed', width: 104, money: true, cell: (r) => formatCents(r.allowedCents) },
  { id: 'paid', label: 'Paid', width: 104, money: true, sortKey: 'paid', cell: (r) => formatCents(r.paidCents) },
  { id: 'patientResp', label: 'Patient resp.', width: 104, money: true, cell: (r) => formatCents(r.patientResponsibilityCents) },
  { id: 'payerClaimNumber', label: 'Payer claim #', width: 140, cell: (r) => <span className="mono">{r.payerClaimControlNumber ?? '—'}</span> },
  { id: 'memberId', label: 'Member id', width: 120, cell: (r) => <span className="mono">{r.memberId ?? '—'}</span> },
  { id: 'lastEventAt', label: 'Last activity', width: 104, sortKey: 'lastEventAt', cell: (r) => formatDay(r.lastEventAt) },
  { id: 'followUp', label: 'Follow-up', width: 100, cell: (r) => formatDay(r.followUpDate) },
];

export const COLUMN_BY_ID = new Map(COLUMNS.map((c) => [c.id, c]));

export const DEFAULT_COLUMNS: ClaimColumn[] = ['status', 'patient', 'pcn', 'payer', 'billing', 'serviceDate', 'lastEventAt', 'charge', 'paid', 'patientResp'];
