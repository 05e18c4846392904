ALTER TABLE "audit_log" ADD COLUMN "details" jsonb;--> statement-breakpoint
CREATE INDEX "audit_log_details_idx" ON "audit_log" USING gin ("details" jsonb_path_ops);