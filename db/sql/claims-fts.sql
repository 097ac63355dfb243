-- Full-text search over the identifiers and names a biller types: patient name, patient control number,
-- payer claim numbers, member id, check / EFT trace numbers. Contentless: the claims row holds the values;
-- rowid = claims.id, rows are replaced by the store whenever a claim is re-derived.
CREATE VIRTUAL TABLE claims_fts USING fts5(
  pcn, payer_claim_numbers, patient_name, member_id, trace_numbers,
  content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'
);
