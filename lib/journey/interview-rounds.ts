import "server-only";
import { and, eq, notInArray } from "drizzle-orm";
import { applications, interviewers, interviews } from "@/lib/db/schema/journey";
import type { CurrentUser } from "@/lib/auth/dal";
import { zonedTimeToUtc } from "@/lib/plans/zoned-time";
import type { Transaction } from "./access";
import { syncInterviewPlan } from "./plan-sync";
import type { InterviewInput } from "./schemas";
import { recordStageChange } from "./stage-history";

// Shared by the portal and the consultant who arranged a round, so both get the same stage
// change, plan and reminders. Runs in the caller's transaction; the caller checked access.

export type RoundAuthor = Pick<CurrentUser, "id" | "role">;

export function interviewColumns(input: InterviewInput) {
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

/** Rows the form still names are updated in place, so their thank-you notes survive an edit. */
export async function replaceInterviewers(tx: Transaction, interviewId: string, candidateId: string, input: InterviewInput) {
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

/** Null, writing nothing, when the application is not that candidate's. */
export async function insertInterviewRound(
  tx: Transaction,
  candidateId: string,
  author: RoundAuthor,
  input: InterviewInput,
  now: Date,
): Promise<string | null> {
  const [application] = await tx
    .select({ id: applications.id, stage: applications.stage })
    .from(applications)
    .where(and(eq(applications.id, input.applicationId), eq(applications.candidateId, candidateId)));
  if (!application) return null;
  const [created] = await tx
    .insert(interviews)
    .values({
      ...interviewColumns(input),
      applicationId: application.id,
      candidateId,
      // Staff who log a round arranged it; a candidate's own round has no arranger.
      arrangedById: author.role === "candidate" ? null : author.id,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: interviews.id });
  await replaceInterviewers(tx, created!.id, candidateId, input);
  if (application.stage === "applied") {
    await tx.update(applications).set({ stage: "interviewing", stageChangedAt: now, updatedAt: now }).where(eq(applications.id, application.id));
    await recordStageChange(tx, { applicationId: application.id, candidateId, from: "applied", to: "interviewing", changedBy: author.id, at: now });
  }
  await syncInterviewPlan(tx, created!.id, now);
  return created!.id;
}
