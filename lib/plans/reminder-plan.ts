import { followUpSettings, type FollowUpSettings } from "@/lib/config/follow-up";
import { terminalStages, type ApplicationStage, type reminderKinds } from "@/lib/domain/values";
import type { PlanStepKind } from "./interview-plan";
import { addCalendarDays } from "./working-days";
import { localDateOf, zonedTimeToUtc } from "./zoned-time";

// Pure and clock-free: a reminder already due when planned is still planned, and the worker
// decides at send time whether its reason still holds.

export type ReminderKind = (typeof reminderKinds)[number];
export type PlannedReminder = { kind: ReminderKind; dueAt: Date };

export type ReminderPlanInput = {
  interviewStartsAt: Date;
  durationMinutes: number;
  /** The interview's zone: its reminders go out by the clock the candidate keeps for it. */
  timeZone: string;
  steps: readonly { kind: PlanStepKind; dueAt: Date | null; state: string }[];
  stage: ApplicationStage;
  remindersEnabled: boolean;
};

export type ReminderSettings = Pick<FollowUpSettings, "reminderHour" | "postInterviewEmailDelayHours">;

const minute = 60_000;
const hour = 60 * minute;
const followUpSteps: readonly PlanStepKind[] = ["follow_up_1", "follow_up_2"];

export function plannedReminders(input: ReminderPlanInput, settings: ReminderSettings = followUpSettings): PlannedReminder[] {
  if (!input.remindersEnabled || terminalStages.includes(input.stage)) return [];

  const endsAt = input.interviewStartsAt.getTime() + input.durationMinutes * minute;
  const planned: PlannedReminder[] = [
    { kind: "post_interview", dueAt: new Date(endsAt + settings.postInterviewEmailDelayHours * hour) },
    { kind: "interview_tomorrow", dueAt: dayBeforeAt(input.interviewStartsAt, input.timeZone, settings.reminderHour) },
  ];
  for (const step of input.steps) {
    if (followUpSteps.includes(step.kind) && step.state === "pending" && step.dueAt) {
      planned.push({ kind: "follow_up", dueAt: step.dueAt });
    }
  }
  return planned.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}

/** Weekends included: the interview is what is tomorrow. */
function dayBeforeAt(startsAt: Date, timeZone: string, reminderHour: number): Date {
  return zonedTimeToUtc(addCalendarDays(localDateOf(startsAt, timeZone), -1), reminderHour, 0, timeZone);
}

/** Identity of a planned reminder: rows match the plan on kind and due instant. */
export function reminderKey(reminder: { kind: string; dueAt: Date }): string {
  return `${reminder.kind}@${reminder.dueAt.getTime()}`;
}
