CREATE TABLE "client_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"interview_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"status" text NOT NULL,
	"decide_by" date,
	"feedback_for_candidate" text,
	"note_for_consultant" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reviewed_at" timestamp with time zone,
	"released_feedback_id" uuid,
	CONSTRAINT "client_answers_status_check" CHECK ("client_answers"."status" in ('next_round', 'offer_coming', 'not_successful', 'on_hold', 'still_deciding'))
);
--> statement-breakpoint
CREATE TABLE "client_feedback_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"interview_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"requested_by" uuid,
	"contact_name" text NOT NULL,
	"contact_email" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"replaced_at" timestamp with time zone,
	"last_answered_at" timestamp with time zone,
	"reminded_at" timestamp with time zone,
	CONSTRAINT "client_feedback_requests_token_hash_unique" UNIQUE("token_hash"),
	CONSTRAINT "client_feedback_requests_email_lowercase_check" CHECK ("client_feedback_requests"."contact_email" = lower("client_feedback_requests"."contact_email"))
);
--> statement-breakpoint
CREATE TABLE "client_request_opt_outs" (
	"address_hash" text PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "client_contact_name" text;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "client_contact_email" text;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "client_contact_role" text;--> statement-breakpoint
ALTER TABLE "timeline_slips" ADD COLUMN "source" text DEFAULT 'candidate' NOT NULL;--> statement-breakpoint
ALTER TABLE "client_answers" ADD CONSTRAINT "client_answers_request_id_client_feedback_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."client_feedback_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_answers" ADD CONSTRAINT "client_answers_candidate_id_users_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_answers" ADD CONSTRAINT "client_answers_released_feedback_id_client_feedback_id_fk" FOREIGN KEY ("released_feedback_id") REFERENCES "public"."client_feedback"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_answers" ADD CONSTRAINT "client_answers_interview_fk" FOREIGN KEY ("interview_id","candidate_id") REFERENCES "public"."interviews"("id","candidate_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_feedback_requests" ADD CONSTRAINT "client_feedback_requests_candidate_id_users_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_feedback_requests" ADD CONSTRAINT "client_feedback_requests_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_feedback_requests" ADD CONSTRAINT "client_feedback_requests_interview_fk" FOREIGN KEY ("interview_id","candidate_id") REFERENCES "public"."interviews"("id","candidate_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "client_answers_interview_idx" ON "client_answers" USING btree ("interview_id","created_at");--> statement-breakpoint
CREATE INDEX "client_answers_unreviewed_idx" ON "client_answers" USING btree ("candidate_id") WHERE "client_answers"."reviewed_at" is null;--> statement-breakpoint
CREATE INDEX "client_feedback_requests_interview_idx" ON "client_feedback_requests" USING btree ("interview_id","created_at");--> statement-breakpoint
CREATE INDEX "client_feedback_requests_open_idx" ON "client_feedback_requests" USING btree ("created_at") WHERE "client_feedback_requests"."replaced_at" is null and "client_feedback_requests"."last_answered_at" is null and "client_feedback_requests"."reminded_at" is null;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_client_contact_email_check" CHECK ("applications"."client_contact_email" = lower("applications"."client_contact_email"));--> statement-breakpoint
ALTER TABLE "timeline_slips" ADD CONSTRAINT "timeline_slips_source_check" CHECK ("timeline_slips"."source" in ('candidate', 'client'));