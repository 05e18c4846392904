import "server-only";
import { and, asc, eq, notInArray } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { applications, interviewers, interviews, planSteps, timelineSlips } from "@/lib/db/schema/journey";
import type { CurrentUser } from "@/lib/auth/dal";
import { zonedTimeToUtc } from "@/lib/plans/zoned-time";
import { assertCandidate, type Transaction } from "./access";
import { recordStageChange } from "@/lib/journey/stage-history";
import { syncInterviewPlan } from "./plan-sync";
import { syncInterviewReminders } from "@/lib/reminders/sync";
import type { InterviewInput } from "./schemas";

// Interview rounds, their interviewers and their plans. Writes happen in one
// transaction with the plan they change; ids of other people's rows match
// nothing because every statement also filters by the caller.

const own = (caller: CurrentUser, id: string) => and(eq(interviews.id, id), eq(interviews.candidateId, caller.id));

function interviewColumns(input: InterviewInput) {
  return {
    round: input.round,
    startsAt: zonedTimeToUtc(input.date, Number(input.time.slice(0, 2)), Number(input.time.slice(3)), input.timeZone),
    durationMinutes: input.durationMinutes,
    timeZone: input.timeZone,
    format: input.format,
    location: input.location,
    meetingUrl: input.meetingUrl,
    timelineKind: input.timelineKind,
    timelineDate: input.timelineKind === "date" ? (input.timelineDate ?? null) : null,
    timelineAmount: input.timelineKind === "relative" ? (input.timelineAmount ?? null) : null,
    timelineUnit: input.timelineKind === "relative" ? (input.timelineUnit ?? "weeks") : null,
    followUpContact: input.followUpContact,
  };
}

/**
 * Brings the stored interviewers in line with the form: rows the form still
 * names (by id) are updated in place, so their thank-you notes survive an
 * edit; rows it dropped are deleted; new ones are added.
 */
async function replaceInterviewers(tx: Transaction, interviewId: string, candidateId: string, input: InterviewInput) {
  const mine = and(eq(interviewers.interviewId, interviewId), eq(interviewers.candidateId, candidateId));
  const existing = await tx.select({ id: interviewers.id }).from(interviewers).where(mine);
  const existingIds = new Set(existing.map((row) => row.id));
  const kept = input.interviewers.filter((person) => person.id && existingIds.has(person.id));
  const keptIds = kept.map((person) => person.id!);
  await tx.delete(interviewers).where(keptIds.length > 0 ? and(mine, notInArray(interviewers.id, keptIds)) : mine);
  for (const { id, ...person } of kept) {
    await tx.update(interviewers).set(person).where(and(mine, eq(interviewers.id, id!)));
  }
  const added = input.interviewers.filter((person) => !person.id || !existingIds.has(person.id));
  if (added.length > 0) {
    await tx.insert(interviewers).values(added.map(({ id: _id, ...person }) => ({ ...person, interviewId, candidateId })));
  }
}

/** Null when the application is not the caller's. */
export async function createInterview(caller: CurrentUser, input: InterviewInput, now = new Date()): Promise<string | null> {
  assertCandidate(caller);
  return getDb().transaction(async (tx) => {
    const [application] = await tx
      .select({ id: applications.id, stage: applications.stage })
      .from(applications)
      .where(and(eq(applications.id, input.applicationId), eq(applications.candidateId, caller.id)));
    if (!application) return null;
    const [created] = await tx
      .insert(interviews)
      .values({ ...interviewColumns(input), applicationId: application.id, candidateId: caller.id, createdAt: now, updatedAt: now })
      .returning({ id: interviews.id });
    await replaceInterviewers(tx, created!.id, caller.id, input);
    if (application.stage === "applied") {
      await tx.update(applications).set({ stage: "interviewing", stageChangedAt: now, updatedAt: now }).where(eq(applications.id, application.id));
      await recordStageChange(tx, { applicationId: application.id, candidateId: caller.id, from: "applied", to: "interviewing", changedBy: caller.id, at: now });
    }
    await syncInterviewPlan(tx, created!.id, now);
    return created!.id;
  });
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
    const [current] = await tx.select({ timelineDate: interviews.timelineDate }).from(interviews).where(own(caller, id)).for("update");
    if (!current) return false;
    await tx.insert(timelineSlips).values({ interviewId: id, candidateId: caller.id, previousDate: current.timelineDate, newDate, note, createdAt: now });
    await tx
      .update(interviews)
      .set({ timelineKind: "date", timelineDate: newDate, timelineAmount: null, timelineUnit: null, updatedAt: now })
      .where(own(caller, id));
    await syncInterviewPlan(tx, id, now);
    return true;
  });
}

/** One-click completion (or skipping, or undoing) of a plan step of the caller's. */
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
    // A follow-up marked done no longer needs its reminder (and undoing it brings it back).
    await syncInterviewReminders(tx, updated.interviewId, now);
    return true;
  });
}

export type InterviewDetail = NonNullable<Awaited<ReturnType<typeof getOwnInterview>>>;

/** One of the caller's interviews with what the interview page shows, or null. */
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
  const [people, steps] = await Promise.all([
    db.select({ id: interviewers.id, name: interviewers.name, title: interviewers.title, email: interviewers.email }).from(interviewers).where(and(eq(interviewers.interviewId, id), eq(interviewers.candidateId, caller.id))).orderBy(asc(interviewers.name)),
    db.select({ id: planSteps.id, kind: planSteps.kind, dueAt: planSteps.dueAt, state: planSteps.state, completedAt: planSteps.completedAt }).from(planSteps).where(and(eq(planSteps.interviewId, id), eq(planSteps.candidateId, caller.id))),
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
  };
}
