import type { ApplicationSource } from "../domain/values";
import type { PlanStepKind } from "./interview-plan";

// What the candidate has already done, read from their records: one rule for
// the portal, needs attention and both digests, which all read the steps it marks.

export type StepFacts = {
  source: ApplicationSource;
  clientWelcomesDirectNotes: boolean;
  timelineKnown: boolean;
  followUpContactKnown: boolean;
  interviewerIds: readonly string[];
  /** Interviewers with a note sent, or handed to the consultant. */
  thankedInterviewerIds: readonly string[];
  /** Interviewers the candidate chose not to write to. */
  skippedInterviewerIds: readonly string[];
  /** A note handed to the consultant, or sent, for the interview as a whole. */
  thanksGiven: boolean;
  reflectionSaved: boolean;
  stillWantAnswered: boolean;
};

export type ThanksProgress = { thanked: number; skipped: number; of: number };

export function thanksProgress(facts: Pick<StepFacts, "interviewerIds" | "thankedInterviewerIds" | "skippedInterviewerIds">): ThanksProgress {
  const thanked = new Set(facts.thankedInterviewerIds.filter((id) => facts.interviewerIds.includes(id)));
  const skipped = new Set(facts.skippedInterviewerIds.filter((id) => facts.interviewerIds.includes(id) && !thanked.has(id)));
  return { thanked: thanked.size, skipped: skipped.size, of: facts.interviewerIds.length };
}

function thanksDone(facts: StepFacts): boolean {
  if (facts.source === "agency" && !facts.clientWelcomesDirectNotes) return facts.thanksGiven;
  // Each interviewer thanked or skipped; skipping them all settles the step too.
  const { thanked, skipped, of } = thanksProgress(facts);
  return of === 0 ? facts.thanksGiven : thanked + skipped === of;
}

/** The steps the records show as done. For an agency interview the consultant is who to follow up with. */
export function stepsDoneByFacts(facts: StepFacts): PlanStepKind[] {
  const contact = facts.followUpContactKnown || facts.interviewerIds.length > 0 || facts.source === "agency";
  const done: PlanStepKind[] = [];
  if (facts.timelineKnown && contact) done.push("timeline");
  if (thanksDone(facts)) done.push("thanks");
  if (facts.reflectionSaved) done.push("reflect");
  if (facts.stillWantAnswered) done.push("decide");
  return done;
}
