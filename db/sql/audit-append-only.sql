-- The audit log is append-only: the app never updates or deletes an entry, and these triggers make SQLite refuse
-- to as well. Someone who drops them with another tool is still caught by the hash chain (db/queries/audit.ts).
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only');
END;
