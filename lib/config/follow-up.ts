// The numbers the agency may change without touching the rules (lib/plans/follow-up-rules.ts).
// Safe to import in the browser.

export type FollowUpSettings = {
  /** Local hour (0–23, candidate's time zone) at which follow-up reminders go out. */
  reminderHour: number;
  /** Hours after the interview ends by which the thank-you note or debrief is due. */
  thankYouDueHours: number;
  /** Hours after the interview ends before the post-interview email is sent, so it does not land as they walk out. */
  postInterviewEmailDelayHours: number;
  /** How far into a stated timeline to follow up, in "within" mode: 0.75 turns four weeks into three. */
  timelineFraction: number;
  /** "within": follow up inside the stated timeline; "after": wait until the stated date has passed. */
  timelineMode: "within" | "after";
  /** In "after" mode, working days after the stated decision date to follow up. */
  afterDateWorkingDays: number;
  /** With no timeline, calendar days after the thank-you note (or the interview) to follow up. */
  noTimelineDays: number;
  /** Calendar days after the first follow-up for the second and last one. */
  secondFollowUpDays: number;
  /** Days without news after the interview ends before the application is parked as "no response". */
  parkAfterQuietDays: number;
};

export const followUpSettings: FollowUpSettings = {
  reminderHour: 9,
  thankYouDueHours: 24,
  postInterviewEmailDelayHours: 2,
  timelineFraction: 0.75,
  timelineMode: "within",
  afterDateWorkingDays: 2,
  noTimelineDays: 7,
  secondFollowUpDays: 7,
  parkAfterQuietDays: 60,
};
