ALTER TABLE "thank_you_notes" DROP CONSTRAINT "thank_you_notes_state_check";--> statement-breakpoint
ALTER TABLE "thank_you_notes" DROP CONSTRAINT "thank_you_notes_sent_check";--> statement-breakpoint
ALTER TABLE "thank_you_notes" ADD CONSTRAINT "thank_you_notes_state_check" CHECK ("thank_you_notes"."state" in ('draft', 'sent', 'handed_to_consultant', 'skipped'));--> statement-breakpoint
ALTER TABLE "thank_you_notes" ADD CONSTRAINT "thank_you_notes_sent_check" CHECK (("thank_you_notes"."state" in ('draft', 'skipped')) = ("thank_you_notes"."sent_at" is null));