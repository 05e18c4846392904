ALTER TABLE "thank_you_notes" ADD COLUMN "passed_on_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "thank_you_notes" ADD COLUMN "passed_on_by" uuid;--> statement-breakpoint
ALTER TABLE "thank_you_notes" ADD CONSTRAINT "thank_you_notes_passed_on_by_users_id_fk" FOREIGN KEY ("passed_on_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;