import { addWorkingDays, type WorkingCalendar } from "./working-days";
import { zonedTimeToUtc } from "./zoned-time";

// A client who has not answered a feedback request gets one reminder: two working days
// after the request, or after the date they gave at the interview if that is later,
// at 09:00 in the interview's time zone. Never a second.

export type ClientReminderFacts = {
  /** The request's day, in the interview's zone. */
  requestedOn: string;
  /** The decision date stated at the interview, if any. */
  decisionDate: string | null;
  timeZone: string;
};

export function clientReminderDueAt(facts: ClientReminderFacts, calendar: WorkingCalendar): Date {
  const from = facts.decisionDate && facts.decisionDate > facts.requestedOn ? facts.decisionDate : facts.requestedOn;
  return zonedTimeToUtc(addWorkingDays(from, 2, calendar), 9, 0, facts.timeZone);
}
