import { followUpSettings, type FollowUpSettings } from "@/lib/config/follow-up";
import { terminalStages, type ApplicationStage, type reminderKinds } from "@/lib/domain/values";
import type { PlanStepKind } from "./interview-plan";
import { addCalendarDays } from "./working-days";
import { localDateOf, zonedTimeToUtc } from "./zoned-time";

// Pure and clock-free: a reminder already due when planned is still planned, and the worker
// decides at send time whether its reason still holds.

export type ReminderKind = (typeof reminderKinds)[number];
/**
 * A reminder is for one step of one interview (its slot): the follow-ups by
 * name, the day-before email by the day of the interview, the post-interview
 * email once. A slot already reminded of is never reminded of again.
 */
export type PlannedReminder = { kind: ReminderKind; slot: string; dueAt: Date };

export type ReminderPlanInput = {
  interviewStartsAt: Date;
  durationMinutes: number;
  /** The interview's zone: its reminders go out by the clock the candidate keeps for it. */
  timeZone: string;
  steps: readonly { kind: PlanStepKind; dueAt: Date | null; state: string }[];
  stage: ApplicationStage;
  remindersEnabled: boolean;
  /** When the first follow-up's reminder went out, if it has: the second waits for the first. */
  firstFollowUpRemindedAt: Date | null;
};

export type ReminderSettings = Pick<FollowUpSettings, "reminderHour" | "postInterviewEmailDelayHours">;

const minute = 60_000;
const hour = 60 * minute;
const settled = ["done", "skipped"];

export function plannedReminders(input: ReminderPlanInput, settings: ReminderSettings = followUpSettings): PlannedReminder[] {
  if (!input.remindersEnabled || terminalStages.includes(input.stage)) return [];

  const endsAt = input.interviewStartsAt.getTime() + input.durationMinutes * minute;
  const planned: PlannedReminder[] = [
    { kind: "post_interview", slot: "post_interview", dueAt: new Date(endsAt + settings.postInterviewEmailDelayHours * hour) },
    {
      kind: "interview_tomorrow",
      slot: `interview_tomorrow:${localDateOf(input.interviewStartsAt, input.timeZone)}`,
      dueAt: dayBeforeAt(input.interviewStartsAt, input.timeZone, settings.reminderHour),
    },
  ];
  const first = input.steps.find((step) => step.kind === "follow_up_1");
  const second = input.steps.find((step) => step.kind === "follow_up_2");
  if (first?.state === "pending" && first.dueAt) planned.push({ kind: "follow_up", slot: "follow_up_1", dueAt: first.dueAt });
  // Never two follow-ups together: the second is planned once the first is done, skipped or reminded of.
  const firstSettled = !first || settled.includes(first.state) || input.firstFollowUpRemindedAt !== null;
  if (second?.state === "pending" && second.dueAt && firstSettled) planned.push({ kind: "follow_up", slot: "follow_up_2", dueAt: second.dueAt });
  return planned.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}

/** Weekends included: the interview is what is tomorrow. */
function dayBeforeAt(startsAt: Date, timeZone: string, reminderHour: number): Date {
  return zonedTimeToUtc(addCalendarDays(localDateOf(startsAt, timeZone), -1), reminderHour, 0, timeZone);
}


