-- Full-text search over the identifiers and names a biller types: patient name, patient control number,
-- payer claim numbers, member id, check / EFT trace numbers. Contentless: the claims row holds the values;
-- rowid = claims.id, rows are replaced by the store whenever a claim is re-derived.
-- detail = 'none': queries are words matched as prefixes (db/queries/claim-filter.ts ftsQuery), never phrases, so
-- no positions are kept (a much smaller index, faster to write). prefix = '3 4': the short prefixes people type
-- resolve to one stored list instead of merging every word that starts with them.
CREATE VIRTUAL TABLE claims_fts USING fts5(
  pcn, payer_claim_numbers, patient_name, member_id, trace_numbers,
  content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2', detail = 'none', prefix = '3 4'
);
