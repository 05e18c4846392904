import { followUpSettings, type FollowUpSettings } from "../config/follow-up";
import type { ApplicationSource } from "../domain/values";
import { planFollowUps, type FollowUpInput } from "./follow-up-rules";
import { addCalendarDays, nextWorkingDayOnOrAfter, type WorkingCalendar } from "./working-days";
import { localDateOf, localDateTimeOf, zonedTimeToUtc } from "./zoned-time";

export type PlanStepKind =
  | "timeline"
  | "thanks"
  | "debrief"
  | "reflect"
  | "decide"
  | "follow_up_1"
  | "follow_up_2"
  | "keep_looking";

/** The order the candidate lives the steps in, whatever order rows come back in. */
export const journeyOrder: readonly PlanStepKind[] = ["timeline", "debrief", "thanks", "reflect", "decide", "follow_up_1", "follow_up_2", "keep_looking"];

export type PlannedStep = { kind: PlanStepKind; dueAt: Date | null };

export type InterviewPlanInput = FollowUpInput & {
  source: ApplicationSource;
  /** Agency interviews only: the consultant says this client welcomes notes directly. */
  clientWelcomesDirectNotes: boolean;
  /** When the first follow-up was done, skipped or reminded of: the second is a week on from then. */
  firstFollowUpSettledAt?: Date | null;
};

const hour = 3_600_000;
const debriefByHour = 18;

export function buildInterviewPlan(
  input: InterviewPlanInput,
  calendar: WorkingCalendar,
  settings?: FollowUpSettings,
): PlannedStep[] {
  const followUps = planFollowUps(input, calendar, settings);
  const ends = followUps.interviewEndsAt;
  const steps: PlannedStep[] = [{ kind: "timeline", dueAt: ends }];
  if (input.source === "agency") steps.push({ kind: "debrief", dueAt: debriefDue(ends, input.timeZone) });
  steps.push(
    { kind: "thanks", dueAt: followUps.thankYouDueAt },
    { kind: "reflect", dueAt: followUps.thankYouDueAt },
    { kind: "decide", dueAt: new Date(followUps.thankYouDueAt.getTime() + 24 * hour) },
    { kind: "follow_up_1", dueAt: followUps.firstFollowUpAt },
    { kind: "follow_up_2", dueAt: secondFollowUpDue(input, followUps.secondFollowUpAt, calendar, settings) },
    // An ongoing habit rather than a deadline.
    { kind: "keep_looking", dueAt: null },
  );
  return steps;
}

function secondFollowUpDue(input: InterviewPlanInput, planned: Date, calendar: WorkingCalendar, settings = followUpSettings): Date {
  if (!input.firstFollowUpSettledAt) return planned;
  const day = nextWorkingDayOnOrAfter(addCalendarDays(localDateOf(input.firstFollowUpSettledAt, input.timeZone), settings.secondFollowUpDays), calendar);
  return zonedTimeToUtc(day, settings.reminderHour, 0, input.timeZone);
}

function debriefDue(ends: Date, timeZone: string): Date {
  const local = localDateTimeOf(ends, timeZone);
  const evening = zonedTimeToUtc(local.date, debriefByHour, 0, timeZone);
  const soon = new Date(ends.getTime() + hour);
  return evening > soon ? evening : soon;
}

/** What each step asks of the candidate; agency interviews route thanks through the consultant. */
export function describeStep(kind: PlanStepKind, source: ApplicationSource, clientWelcomesDirectNotes: boolean): string {
  switch (kind) {
    case "timeline":
      return "Record when they will decide and who to follow up with";
    case "debrief":
      return "Debrief your consultant today";
    case "thanks":
      return source === "agency" && !clientWelcomesDirectNotes
        ? "Send your thanks through your consultant"
        : "Send a thank-you note to each interviewer";
    case "reflect":
      return "Write down how it went while it is fresh";
    case "decide":
      return "Decide whether you still want the job";
    case "follow_up_1":
      return "Follow up if you have not heard";
    case "follow_up_2":
      return "Second and last follow-up, only if still nothing";
    case "keep_looking":
      return "Keep applying elsewhere while you wait";
  }
}
