// Payers and providers for the filter dropdowns. The kept name is the smallest seen, so import order never matters.
import type { Db } from '../open.js';
import { stmt } from './statements.js';

export function notePayer(db: Db, payerId: string | null, name: string | null): void {
  const key = payerId ?? (name ? `name:${name.trim().toUpperCase()}` : null);
  if (!key) return;
  stmt(db, `INSERT INTO payers (payer_id, name) VALUES (?, ?) ON CONFLICT (payer_id) DO UPDATE SET name = min(name, excluded.name)`)
    .run(key, name?.trim() || key);
}

export function noteProvider(db: Db, npi: string | null, name: string | null): void {
  if (!npi) return;
  stmt(db, `INSERT INTO providers (npi, name) VALUES (?, ?) ON CONFLICT (npi) DO UPDATE SET name = min(name, excluded.name)`)
    .run(npi, name?.trim() || npi);
}

export interface Option { id: string; name: string; claims: number }

export function listPayers(db: Db): Option[] {
  return stmt(db, `SELECT p.payer_id AS id, p.name, (SELECT count(*) FROM claims c WHERE c.payer_id = p.payer_id) AS claims
    FROM payers p ORDER BY p.name, p.payer_id`).all() as Option[];
}

export function listProviders(db: Db): Option[] {
  return stmt(db, `SELECT p.npi AS id, p.name, (SELECT count(*) FROM claims c WHERE c.billing_npi = p.npi) AS claims
    FROM providers p ORDER BY p.name, p.npi`).all() as Option[];
}
