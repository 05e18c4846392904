CREATE TABLE "delivery_throttle" (
	"name" text PRIMARY KEY NOT NULL,
	"next_slot_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "email_suppressions" (
	"address_hash" text PRIMARY KEY NOT NULL,
	"reason" text NOT NULL,
	"provider_event_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "email_suppressions_reason_check" CHECK ("email_suppressions"."reason" in ('bounced', 'complained'))
);
--> statement-breakpoint
CREATE TABLE "webhook_events" (
	"id" text PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "email_outbox" DROP CONSTRAINT "email_outbox_state_check";--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "attachments" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "deliver_alone" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "provider_event" text;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "provider_event_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "webhook_events_received_idx" ON "webhook_events" USING btree ("received_at");--> statement-breakpoint
CREATE INDEX "email_outbox_batch_idx" ON "email_outbox" USING btree ("batch_id");--> statement-breakpoint
CREATE INDEX "email_outbox_provider_message_idx" ON "email_outbox" USING btree ("provider_message_id");--> statement-breakpoint
CREATE UNIQUE INDEX "reminders_one_scheduled_digest_idx" ON "reminders" USING btree ("user_id","kind") WHERE "reminders"."state" = 'scheduled' and "reminders"."kind" in ('candidate_digest', 'consultant_digest');--> statement-breakpoint
ALTER TABLE "email_outbox" ADD CONSTRAINT "email_outbox_state_check" CHECK ("email_outbox"."state" in ('pending', 'sending', 'sent', 'failed', 'suppressed'));