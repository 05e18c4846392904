import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { applications, interviewers, interviews, planSteps, thankYouNotes, timelineSlips } from "@/lib/db/schema/journey";
import type { CurrentUser } from "@/lib/auth/dal";
import { insertInterviewRound, interviewColumns, replaceInterviewers } from "./interview-rounds";
import { thanksProgress } from "@/lib/plans/step-facts";
import { assertCandidate } from "./access";
import { interviewerIdsByNote, syncInterviewPlan } from "./plan-sync";
import { moveDecisionDate } from "./decision-date";
import type { InterviewInput } from "./schemas";

// Writes share a transaction with the plan they change; every statement filters by the caller.

const own = (caller: CurrentUser, id: string) => and(eq(interviews.id, id), eq(interviews.candidateId, caller.id));

/** Null when the application is not the caller's. */
export async function createInterview(caller: CurrentUser, input: InterviewInput, now = new Date()): Promise<string | null> {
  assertCandidate(caller);
  return getDb().transaction((tx) => insertInterviewRound(tx, caller.id, caller, input, now));
}

export async function updateInterview(caller: CurrentUser, id: string, input: InterviewInput, now = new Date()): Promise<boolean> {
  assertCandidate(caller);
  return getDb().transaction(async (tx) => {
    const updated = await tx.update(interviews).set({ ...interviewColumns(input), updatedAt: now }).where(own(caller, id)).returning({ id: interviews.id });
    if (updated.length === 0) return false;
    await replaceInterviewers(tx, id, caller.id, input);
    await syncInterviewPlan(tx, id, now);
    return true;
  });
}

export async function deleteInterview(caller: CurrentUser, id: string): Promise<boolean> {
  assertCandidate(caller);
  const deleted = await getDb().delete(interviews).where(own(caller, id)).returning({ id: interviews.id });
  return deleted.length > 0;
}

/** The decision date moved: keep the history, update the timeline, re-plan. */
export async function recordTimelineSlip(caller: CurrentUser, id: string, newDate: string, note: string | null, now = new Date()): Promise<boolean> {
  assertCandidate(caller);
  return getDb().transaction(async (tx) => {
    const [current] = await tx.select().from(interviews).where(own(caller, id)).for("update");
    if (!current) return false;
    await moveDecisionDate(tx, current, { newDate, source: "candidate", note }, now);
    return true;
  });
}

export async function setPlanStepState(
  caller: CurrentUser,
  stepId: string,
  state: "done" | "skipped" | "pending",
  now = new Date(),
): Promise<boolean> {
  assertCandidate(caller);
  return getDb().transaction(async (tx) => {
    const [updated] = await tx
      .update(planSteps)
      .set({ state, completedAt: state === "pending" ? null : now, updatedAt: now })
      .where(and(eq(planSteps.id, stepId), eq(planSteps.candidateId, caller.id)))
      .returning({ interviewId: planSteps.interviewId });
    if (!updated) return false;
    // A follow-up marked done needs no reminder, and dates the second one (undoing brings both back).
    await syncInterviewPlan(tx, updated.interviewId, now);
    return true;
  });
}

export type InterviewDetail = NonNullable<Awaited<ReturnType<typeof getOwnInterview>>>;

export async function getOwnInterview(caller: CurrentUser, id: string) {
  assertCandidate(caller);
  const db = getDb();
  const [row] = await db
    .select({
      interview: interviews,
      company: applications.company,
      role: applications.role,
      source: applications.source,
      stage: applications.stage,
      clientWelcomesDirectNotes: applications.clientWelcomesDirectNotes,
    })
    .from(interviews)
    .innerJoin(applications, eq(applications.id, interviews.applicationId))
    .where(own(caller, id));
  if (!row) return null;
  const [people, steps, slips, thanked] = await Promise.all([
    db.select({ id: interviewers.id, name: interviewers.name, title: interviewers.title, email: interviewers.email, talkedAbout: interviewers.talkedAbout }).from(interviewers).where(and(eq(interviewers.interviewId, id), eq(interviewers.candidateId, caller.id))).orderBy(asc(interviewers.name)),
    db.select({ id: planSteps.id, kind: planSteps.kind, dueAt: planSteps.dueAt, state: planSteps.state, completedAt: planSteps.completedAt }).from(planSteps).where(and(eq(planSteps.interviewId, id), eq(planSteps.candidateId, caller.id))),
    db.select({ previousDate: timelineSlips.previousDate, newDate: timelineSlips.newDate, createdAt: timelineSlips.createdAt, source: timelineSlips.source }).from(timelineSlips).where(and(eq(timelineSlips.interviewId, id), eq(timelineSlips.candidateId, caller.id))).orderBy(asc(timelineSlips.createdAt)),
    db.select({ interviewerId: thankYouNotes.interviewerId, state: thankYouNotes.state }).from(thankYouNotes).where(and(eq(thankYouNotes.interviewId, id), eq(thankYouNotes.candidateId, caller.id), inArray(thankYouNotes.state, ["sent", "handed_to_consultant", "skipped"]))),
  ]);
  const { candidateId: _candidate, createdAt: _created, ...interview } = row.interview;
  return {
    ...interview,
    company: row.company,
    role: row.role,
    source: row.source,
    stage: row.stage,
    clientWelcomesDirectNotes: row.clientWelcomesDirectNotes,
    interviewers: people,
    steps,
    slips,
    thanks: thanksProgress({ interviewerIds: people.map((person) => person.id), ...interviewerIdsByNote(thanked) }),
  };
}
