// Synthetic rows for writer tests: every column kind, awkward text, negative money, nulls.
import type { Column } from '../../../main/export/columns.js';

export interface SampleRow {
  id: number;
  patient: string;
  charge: number;
  paid: number | null;
  serviceDate: string;
  at: string;
  rate: number;
}

export const sampleColumns: Column<SampleRow>[] = [
  { key: 'id', label: 'ID', kind: 'integer', get: (r) => r.id },
  { key: 'patient_name', label: 'Patient', kind: 'text', get: (r) => r.patient },
  { key: 'charge_amount', label: 'Charge', kind: 'money', get: (r) => r.charge },
  { key: 'paid_amount', label: 'Paid', kind: 'money', get: (r) => r.paid },
  { key: 'service_date', label: 'Service date', kind: 'date', get: (r) => r.serviceDate },
  { key: 'updated_at', label: 'Updated', kind: 'datetime', get: (r) => r.at },
  { key: 'denial_rate', label: 'Denial rate', kind: 'ratio', get: (r) => r.rate },
];

const NAMES = ['DOE, JANE', 'O"BRIEN, PAT', 'MÜLLER, JÖRG', '=HYPERLINK("http://evil")', 'LINE\r\nBREAK', '-SMITH', '@SUM(1)'];

export function sampleRow(i: number): SampleRow {
  const day = String((i % 28) + 1).padStart(2, '0');
  return {
    id: i,
    patient: NAMES[i % NAMES.length]!,
    charge: i % 6 === 3 ? -((i * 7919) % 100_000) - 1 : (i * 7919) % 1_000_000, // some reversals: negative money
    paid: i % 5 === 0 ? null : (i * 104729) % 500_000,
    serviceDate: `2026-11-${day}`,
    at: `2026-11-${day}T08:30:00.000Z`,
    rate: (i % 100) / 100,
  };
}

export function* sampleRows(count: number): Generator<SampleRow> {
  for (let i = 1; i <= count; i++) yield sampleRow(i);
}
