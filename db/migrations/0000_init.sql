CREATE TABLE `app_settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `raw_transactions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`content_hash` text NOT NULL,
	`transaction_set_id` text NOT NULL,
	`version` text,
	`control_number` text,
	`source_kind` text NOT NULL,
	`source_ref` text NOT NULL,
	`stedi_transaction_id` text,
	`processed_at` text NOT NULL,
	`imported_at` text NOT NULL,
	`location` text,
	`outcome` text NOT NULL,
	`text` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `raw_transactions_content_hash` ON `raw_transactions` (`content_hash`);--> statement-breakpoint
CREATE INDEX `raw_transactions_stedi` ON `raw_transactions` (`stedi_transaction_id`);--> statement-breakpoint
CREATE INDEX `raw_transactions_source_kind` ON `raw_transactions` (`source_kind`);--> statement-breakpoint
CREATE TABLE `payers` (
	`payer_id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `providers` (
	`npi` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `set_acknowledgments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`raw_id` integer NOT NULL,
	`ordinal` integer NOT NULL,
	`sort_key` text NOT NULL,
	`group_control_number` text NOT NULL,
	`transaction_control_number` text NOT NULL,
	`status` text NOT NULL,
	`status_code` text NOT NULL,
	`group_status` text NOT NULL,
	`errors` text NOT NULL,
	`at` text NOT NULL,
	FOREIGN KEY (`raw_id`) REFERENCES `raw_transactions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `set_acknowledgments_envelope` ON `set_acknowledgments` (`group_control_number`,`transaction_control_number`);--> statement-breakpoint
CREATE INDEX `set_acknowledgments_raw` ON `set_acknowledgments` (`raw_id`);--> statement-breakpoint
CREATE TABLE `status_reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`raw_id` integer NOT NULL,
	`ordinal` integer NOT NULL,
	`sort_key` text NOT NULL,
	`claim_id` integer,
	`pcn` text NOT NULL,
	`pcn_key` text NOT NULL,
	`payer_id` text,
	`payer_name` text,
	`npi` text,
	`patient_name` text,
	`patient_last` text,
	`member_id` text,
	`patient_id` text,
	`charge_cents` integer,
	`service_from` text,
	`service_to` text,
	`at` text NOT NULL,
	`variant` text NOT NULL,
	`pcc` text,
	`statuses` text NOT NULL,
	`detail` text NOT NULL,
	FOREIGN KEY (`raw_id`) REFERENCES `raw_transactions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `status_reports_pcn_key` ON `status_reports` (`pcn_key`);--> statement-breakpoint
CREATE INDEX `status_reports_pcc` ON `status_reports` (`pcc`);--> statement-breakpoint
CREATE INDEX `status_reports_claim` ON `status_reports` (`claim_id`);--> statement-breakpoint
CREATE TABLE `submissions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`raw_id` integer NOT NULL,
	`ordinal` integer NOT NULL,
	`sort_key` text NOT NULL,
	`claim_id` integer,
	`pcn` text NOT NULL,
	`pcn_key` text NOT NULL,
	`payer_id` text,
	`payer_name` text,
	`npi` text,
	`patient_name` text,
	`patient_last` text,
	`member_id` text,
	`patient_id` text,
	`charge_cents` integer,
	`service_from` text,
	`service_to` text,
	`at` text NOT NULL,
	`claim_type` text NOT NULL,
	`frequency_code` text NOT NULL,
	`original_pcc` text,
	`rendering_npi` text,
	`rendering_name` text,
	`billing_name` text,
	`group_control_number` text NOT NULL,
	`transaction_control_number` text NOT NULL,
	`detail` text NOT NULL,
	FOREIGN KEY (`raw_id`) REFERENCES `raw_transactions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `submissions_pcn_key` ON `submissions` (`pcn_key`);--> statement-breakpoint
CREATE INDEX `submissions_original_pcc` ON `submissions` (`original_pcc`) WHERE original_pcc IS NOT NULL;--> statement-breakpoint
CREATE INDEX `submissions_claim` ON `submissions` (`claim_id`);--> statement-breakpoint
CREATE INDEX `submissions_envelope` ON `submissions` (`group_control_number`,`transaction_control_number`);--> statement-breakpoint
CREATE TABLE `claim_payments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`remittance_id` integer NOT NULL,
	`raw_id` integer NOT NULL,
	`ordinal` integer NOT NULL,
	`sort_key` text NOT NULL,
	`claim_id` integer,
	`pcn` text NOT NULL,
	`pcn_key` text NOT NULL,
	`pcc` text,
	`payer_id` text,
	`payer_name` text,
	`npi` text,
	`patient_name` text,
	`patient_last` text,
	`member_id` text,
	`patient_id` text,
	`rendering_npi` text,
	`status_code` text NOT NULL,
	`charge_cents` integer NOT NULL,
	`paid_cents` integer NOT NULL,
	`patient_resp_cents` integer NOT NULL,
	`frequency_code` text,
	`service_from` text,
	`service_to` text,
	`at` text NOT NULL,
	`trace_number` text NOT NULL,
	`duplicate` integer DEFAULT false NOT NULL,
	`unbalanced` integer DEFAULT false NOT NULL,
	`adjustments` text NOT NULL,
	`lines` text NOT NULL,
	`detail` text NOT NULL,
	FOREIGN KEY (`remittance_id`) REFERENCES `remittances`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`raw_id`) REFERENCES `raw_transactions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `claim_payments_pcn_key` ON `claim_payments` (`pcn_key`);--> statement-breakpoint
CREATE INDEX `claim_payments_pcc` ON `claim_payments` (`pcc`);--> statement-breakpoint
CREATE INDEX `claim_payments_claim` ON `claim_payments` (`claim_id`);--> statement-breakpoint
CREATE INDEX `claim_payments_remittance` ON `claim_payments` (`remittance_id`);--> statement-breakpoint
CREATE TABLE `provider_adjustments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`remittance_id` integer NOT NULL,
	`provider_id` text NOT NULL,
	`fiscal_period_date` text,
	`reason_code` text NOT NULL,
	`reference` text,
	`amount_cents` integer NOT NULL,
	FOREIGN KEY (`remittance_id`) REFERENCES `remittances`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `provider_adjustments_remittance` ON `provider_adjustments` (`remittance_id`);--> statement-breakpoint
CREATE TABLE `remittances` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`raw_id` integer NOT NULL,
	`sort_key` text NOT NULL,
	`payer_id` text,
	`payer_name` text,
	`payee_npi` text,
	`payee_name` text,
	`trace_number` text NOT NULL,
	`payment_cents` integer NOT NULL,
	`handling_code` text NOT NULL,
	`payment_method` text,
	`payment_date` text,
	`production_date` text,
	`at` text NOT NULL,
	`claim_count` integer NOT NULL,
	`duplicate_of` integer,
	`findings` text NOT NULL,
	FOREIGN KEY (`raw_id`) REFERENCES `raw_transactions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `remittances_trace` ON `remittances` (`trace_number`,`payment_cents`);--> statement-breakpoint
CREATE INDEX `remittances_raw` ON `remittances` (`raw_id`);--> statement-breakpoint
CREATE INDEX `remittances_date` ON `remittances` (`at`);--> statement-breakpoint
CREATE TABLE `claim_adjustments` (
	`claim_id` integer NOT NULL,
	`group_code` text NOT NULL,
	`reason` text NOT NULL,
	`amount_cents` integer NOT NULL,
	PRIMARY KEY(`claim_id`, `group_code`, `reason`)
);
--> statement-breakpoint
CREATE INDEX `claim_adjustments_reason` ON `claim_adjustments` (`reason`,`group_code`);--> statement-breakpoint
CREATE TABLE `claim_flags` (
	`flag` text NOT NULL,
	`claim_id` integer NOT NULL,
	PRIMARY KEY(`flag`, `claim_id`)
);
--> statement-breakpoint
CREATE INDEX `claim_flags_claim` ON `claim_flags` (`claim_id`);--> statement-breakpoint
CREATE TABLE `claim_timelines` (
	`claim_id` integer PRIMARY KEY NOT NULL,
	`events` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `claims` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`anchor` text NOT NULL,
	`pcn` text NOT NULL,
	`pcn_key` text NOT NULL,
	`payer_claim_number` text,
	`claim_type` text,
	`frequency_code` text,
	`status` text NOT NULL,
	`status_code` text,
	`flags` integer NOT NULL,
	`billing_npi` text,
	`billing_name` text,
	`rendering_npi` text,
	`payer_id` text,
	`payer_name` text,
	`patient_name` text,
	`member_id` text,
	`service_from` text,
	`service_to` text,
	`submitted_at` text,
	`acknowledged_at` text,
	`paid_at` text,
	`last_event_at` text NOT NULL,
	`charge_cents` integer NOT NULL,
	`allowed_cents` integer,
	`paid_cents` integer NOT NULL,
	`patient_resp_cents` integer NOT NULL,
	`contractual_cents` integer NOT NULL,
	`other_adjustment_cents` integer NOT NULL,
	`days_to_ack` integer,
	`days_to_pay` integer,
	`first_pass_accepted` integer,
	`submission_count` integer NOT NULL,
	`payment_count` integer NOT NULL,
	`denial_group` text,
	`denial_reason` text
);
--> statement-breakpoint
CREATE INDEX `claims_last_event` ON `claims` (`last_event_at`,`id`);--> statement-breakpoint
CREATE INDEX `claims_status_last_event` ON `claims` (`status`,`last_event_at`,`id`);--> statement-breakpoint
CREATE INDEX `claims_payer_last_event` ON `claims` (`payer_id`,`last_event_at`,`id`);--> statement-breakpoint
CREATE INDEX `claims_billing_last_event` ON `claims` (`billing_npi`,`last_event_at`,`id`);--> statement-breakpoint
CREATE INDEX `claims_rendering_last_event` ON `claims` (`rendering_npi`,`last_event_at`,`id`);--> statement-breakpoint
CREATE INDEX `claims_service_from` ON `claims` (`service_from`,`id`);--> statement-breakpoint
CREATE INDEX `claims_submitted_at` ON `claims` (`submitted_at`,`id`);--> statement-breakpoint
CREATE INDEX `claims_paid_at` ON `claims` (`paid_at`,`id`);--> statement-breakpoint
CREATE INDEX `claims_charge` ON `claims` (`charge_cents`,`id`);--> statement-breakpoint
CREATE INDEX `claims_paid` ON `claims` (`paid_cents`);--> statement-breakpoint
CREATE INDEX `claims_patient_name` ON `claims` (`patient_name`);--> statement-breakpoint
CREATE INDEX `claims_pcn` ON `claims` (`pcn`);--> statement-breakpoint
CREATE INDEX `claims_status` ON `claims` (`status`);--> statement-breakpoint
CREATE INDEX `claims_payer_name` ON `claims` (`payer_name`);--> statement-breakpoint
CREATE INDEX `claims_pcn_key` ON `claims` (`pcn_key`);--> statement-breakpoint
CREATE INDEX `claims_provider_report` ON `claims` (`billing_npi`,`days_to_pay`,`status`,`service_from`,`charge_cents`,`paid_cents`);--> statement-breakpoint
CREATE INDEX `claims_aging_report` ON `claims` (`status`,`submitted_at`,`service_from`,`payer_id`,`charge_cents`,`paid_cents`) WHERE status IN ('submitted', 'accepted', 'rejected', 'pending', 'reversed');--> statement-breakpoint
CREATE INDEX `claims_denials` ON `claims` (`denial_group`,`denial_reason`,`charge_cents`,`paid_cents`) WHERE status = 'denied';--> statement-breakpoint
CREATE TABLE `claim_workflow` (
	`claim_id` integer PRIMARY KEY NOT NULL,
	`anchor` text NOT NULL,
	`note` text,
	`follow_up_on` text,
	`worked` integer DEFAULT false NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `claim_workflow_follow_up` ON `claim_workflow` (`follow_up_on`);--> statement-breakpoint
CREATE TABLE `ingest_exceptions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_kind` text NOT NULL,
	`source_ref` text NOT NULL,
	`raw_id` integer,
	`transaction_set_id` text,
	`location` text,
	`reason` text NOT NULL,
	`attempts` integer DEFAULT 1 NOT NULL,
	`next_retry_at` text,
	`resolved` integer DEFAULT false NOT NULL,
	`resolved_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`raw_id`) REFERENCES `raw_transactions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ingest_exceptions_open` ON `ingest_exceptions` (`resolved`,`id`);--> statement-breakpoint
CREATE INDEX `ingest_exceptions_raw` ON `ingest_exceptions` (`raw_id`);--> statement-breakpoint
CREATE TABLE `stedi_transactions` (
	`transaction_id` text PRIMARY KEY NOT NULL,
	`processed_at` text NOT NULL,
	`direction` text NOT NULL,
	`mode` text NOT NULL,
	`status` text NOT NULL,
	`transaction_set` text,
	`file_execution_id` text,
	`disposition` text NOT NULL,
	`reason` text,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` text,
	`raw_x12` text,
	`first_seen_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `stedi_transactions_disposition_idx` ON `stedi_transactions` (`disposition`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `stedi_transactions_processed_idx` ON `stedi_transactions` (`processed_at`);--> statement-breakpoint
CREATE TABLE `sync_lock` (
	`name` text PRIMARY KEY NOT NULL,
	`owner` text NOT NULL,
	`acquired_at` text NOT NULL,
	`heartbeat_at` text NOT NULL,
	`expires_at_ms` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sync_runs` (
	`id` text PRIMARY KEY NOT NULL,
	`trigger` text NOT NULL,
	`started_at` text NOT NULL,
	`finished_at` text,
	`outcome` text NOT NULL,
	`error` text,
	`phase` text,
	`pages` integer DEFAULT 0 NOT NULL,
	`seen` integer DEFAULT 0 NOT NULL,
	`ingested` integer DEFAULT 0 NOT NULL,
	`skipped` integer DEFAULT 0 NOT NULL,
	`failed` integer DEFAULT 0 NOT NULL,
	`last_processed_at` text
);
--> statement-breakpoint
CREATE INDEX `sync_runs_started_idx` ON `sync_runs` (`started_at`);--> statement-breakpoint
CREATE TABLE `sync_state` (
	`stream` text PRIMARY KEY NOT NULL,
	`page_token` text,
	`watermark` text,
	`backfill_from` text,
	`backfill_done_at` text,
	`last_success_at` text,
	`last_reconcile_at` text,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `audit_log` (
	`seq` integer PRIMARY KEY NOT NULL,
	`at` text NOT NULL,
	`action` text NOT NULL,
	`subject` text NOT NULL,
	`actor` text,
	`detail` text NOT NULL,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL
);
