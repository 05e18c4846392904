ALTER TABLE "reminders" ADD COLUMN "slot" text;--> statement-breakpoint
-- Existing interview reminders get the step they remind of; where history holds
-- two for one step, only the newest takes the slot, so the index below holds.
WITH slotted AS (
  SELECT r.id,
    CASE
      WHEN r.kind = 'post_interview' THEN 'post_interview'
      WHEN r.kind = 'interview_tomorrow' THEN 'interview_tomorrow:' || to_char(i.starts_at AT TIME ZONE i.time_zone, 'YYYY-MM-DD')
      ELSE (SELECT ps.kind FROM plan_steps ps WHERE ps.interview_id = r.interview_id AND ps.due_at = r.due_at AND ps.kind IN ('follow_up_1', 'follow_up_2') ORDER BY ps.kind LIMIT 1)
    END AS slot,
    r.state, r.created_at, r.interview_id
  FROM reminders r JOIN interviews i ON i.id = r.interview_id
  WHERE r.kind IN ('post_interview', 'interview_tomorrow', 'follow_up')
), ranked AS (
  SELECT id, slot, row_number() OVER (PARTITION BY interview_id, slot ORDER BY (state IN ('scheduled', 'sent', 'failed')) DESC, created_at DESC) AS rank
  FROM slotted WHERE slot IS NOT NULL
)
UPDATE reminders SET slot = ranked.slot FROM ranked WHERE reminders.id = ranked.id AND ranked.rank = 1;--> statement-breakpoint
CREATE UNIQUE INDEX "reminders_one_per_step_idx" ON "reminders" USING btree ("interview_id","slot") WHERE "reminders"."slot" is not null and "reminders"."state" in ('scheduled', 'sent', 'failed');