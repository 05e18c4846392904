ALTER TABLE "users" ADD COLUMN "intake_consultant" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "deactivated_at" timestamp with time zone;--> statement-breakpoint
CREATE UNIQUE INDEX "users_one_intake_consultant_idx" ON "users" USING btree ("intake_consultant") WHERE "users"."intake_consultant";