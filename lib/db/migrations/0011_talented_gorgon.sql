CREATE TABLE "retention_runs" (
	"day" date PRIMARY KEY NOT NULL,
	"claimed_by" text NOT NULL,
	"lease_until" timestamp with time zone NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone,
	"counts" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "last_sign_in_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "retention_warned_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "retention_kept_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "erasure_due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "erasure_reason" text;--> statement-breakpoint
ALTER TABLE "rate_limits" ADD COLUMN "window_ends_at" timestamp with time zone DEFAULT now() + interval '1 day' NOT NULL;--> statement-breakpoint
CREATE INDEX "users_erasure_due_idx" ON "users" USING btree ("erasure_due_at") WHERE "users"."erasure_due_at" is not null;--> statement-breakpoint
CREATE INDEX "email_outbox_body_kept_idx" ON "email_outbox" USING btree ("created_at") WHERE "email_outbox"."body_redacted_at" is null;--> statement-breakpoint
CREATE INDEX "rate_limits_window_ends_idx" ON "rate_limits" USING btree ("window_ends_at");--> statement-breakpoint
CREATE INDEX "audit_log_at_brin_idx" ON "audit_log" USING brin ("at");--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_erasure_reason_values_check" CHECK ("users"."erasure_reason" in ('inactive', 'withdrawn'));--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_erasure_reason_check" CHECK (("users"."erasure_due_at" is null) = ("users"."erasure_reason" is null));