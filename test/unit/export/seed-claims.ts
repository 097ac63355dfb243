// Synthetic claims written straight into the store's tables, for export tests and the export bench: fast enough
// for a million rows, varied enough (statuses, nulls, negative reversals, awkward names) to exercise every column.
import type { Db } from '../../../db/open.js';

const STATUSES = ['submitted', 'accepted', 'rejected', 'pending', 'paid', 'denied', 'reversed'] as const;
const NAMES = ['DOE, JANE', 'MÜLLER, JÖRG', "O'BRIEN, PAT", '=CMD|\' /C calc\'!A0', '-SMITH, ANN', '@NGUYEN, LINH', 'ROE, "RICK"'];
const PAYERS = [['87726', 'UNITED HEALTHCARE'], ['60054', 'AETNA'], ['62308', 'CIGNA'], ['00431', 'MEDICARE PART B']] as const;

export function seedClaims(db: Db, count: number): void {
  const insert = db.$client.prepare(`INSERT INTO claims (id, anchor, pcn, pcn_key, payer_claim_number, claim_type, frequency_code, status,
    status_code, flags, billing_npi, billing_name, rendering_npi, payer_id, payer_name, patient_name, member_id, service_from, service_to,
    submitted_at, acknowledged_at, paid_at, last_event_at, charge_cents, allowed_cents, paid_cents, patient_resp_cents, contractual_cents,
    other_adjustment_cents, submission_count, payment_count)
    VALUES (?, ?, ?, ?, ?, 'professional', '1', ?, ?, ?, '1234567893', 'RIVERSIDE FAMILY CLINIC', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)`);
  const adjustment = db.$client.prepare('INSERT INTO claim_adjustments (claim_id, group_code, reason, amount_cents) VALUES (?, ?, ?, ?)');
  const batch = db.$client.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const status = STATUSES[i % STATUSES.length]!;
      const [payerId, payerName] = PAYERS[i % PAYERS.length]!;
      const day = String((i % 28) + 1).padStart(2, '0');
      const month = String((i % 12) + 1).padStart(2, '0');
      const charge = 5000 + ((i * 7919) % 95_000);
      const paid = status === 'paid' ? Math.floor(charge * 0.6) : status === 'reversed' ? -Math.floor(charge * 0.6) : 0;
      const contractual = status === 'paid' ? charge - Math.floor(charge * 0.8) : 0;
      const patient = status === 'paid' ? charge - contractual - paid : 0;
      const id = i + 1;
      insert.run(id, `a${id}`, `PCN${String(id).padStart(8, '0')}`, `pcn${id}`, i % 3 ? `ICN${id}` : null, status,
        status === 'denied' ? '4' : null, i % 11 === 0 ? 1 : 0, `19827364${String(i % 50).padStart(2, '0')}`, payerId, payerName,
        NAMES[i % NAMES.length], `M${(i * 31) % 1_000_000}`, `2026-${month}-${day}`, i % 4 ? `2026-${month}-${day}` : null,
        `2026-${month}-${day}T09:${String(i % 60).padStart(2, '0')}:00.000Z`, i % 2 ? `2026-${month}-${day}T10:00:00.000Z` : null,
        status === 'paid' ? `2026-${month}-${day}T00:00:00.000Z` : null, `2026-${month}-${day}T12:00:00.000Z`,
        charge, status === 'paid' ? charge - contractual : null, paid, patient, contractual, 0, paid ? 1 : 0);
      if (status === 'paid') {
        adjustment.run(id, 'CO', '45', contractual);
        if (patient) adjustment.run(id, 'PR', '2', patient);
      }
      if (status === 'denied') adjustment.run(id, 'CO', '197', charge);
    }
  });
  for (let from = 0; from < count; from += 50_000) batch(from, Math.min(count, from + 50_000));
}
