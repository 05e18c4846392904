import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";
import { applications, interviews } from "@/lib/db/schema/journey";
import type { CurrentUser } from "@/lib/auth/dal";
import { assertCandidate, type Transaction } from "./access";
import { currentConsultantOf, ensureAgencyConsultant } from "./consultant-assignment";
import { recordStageChange } from "./stage-history";
import { syncInterviewPlan } from "./plan-sync";
import type { ApplicationInput } from "./schemas";

// Every statement filters by the caller's id, so someone else's id matches nothing.

/** Agency applications go to the candidate's consultant, assigned now if they have none; direct ones to nobody. */
const consultantForSource = (tx: Transaction, caller: CurrentUser, input: ApplicationInput, now: Date) =>
  input.source === "agency" ? ensureAgencyConsultant(tx, caller.id, input, now) : Promise.resolve(null);

const own = (caller: CurrentUser, id: string) => and(eq(applications.id, id), eq(applications.candidateId, caller.id));

export async function createApplication(caller: CurrentUser, input: ApplicationInput, now = new Date()): Promise<string> {
  assertCandidate(caller);
  return getDb().transaction(async (tx) => {
    const consultant = await consultantForSource(tx, caller, input, now);
    const [created] = await tx
      .insert(applications)
      .values({
        ...input,
        candidateId: caller.id,
        consultantId: consultant?.id ?? null,
        stageChangedAt: now,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: applications.id, stage: applications.stage });
    await recordStageChange(tx, { applicationId: created!.id, candidateId: caller.id, from: null, to: created!.stage, changedBy: caller.id, at: now });
    return created!.id;
  });
}

/** False when there is no such application of the caller's; nothing changes then. */
export async function updateApplication(
  caller: CurrentUser,
  id: string,
  input: ApplicationInput,
  now = new Date(),
): Promise<boolean> {
  assertCandidate(caller);
  return getDb().transaction(async (tx) => {
    const [current] = await tx.select({ stage: applications.stage }).from(applications).where(own(caller, id)).for("update");
    if (!current) return false;
    const consultant = await consultantForSource(tx, caller, input, now);
    await tx
      .update(applications)
      .set({
        ...input,
        consultantId: consultant?.id ?? null,
        updatedAt: now,
        ...(current.stage !== input.stage ? { stageChangedAt: now } : {}),
      })
      .where(own(caller, id));
    await recordStageChange(tx, { applicationId: id, candidateId: caller.id, from: current.stage, to: input.stage, changedBy: caller.id, at: now });
    const rounds = await tx.select({ id: interviews.id }).from(interviews).where(eq(interviews.applicationId, id));
    for (const round of rounds) await syncInterviewPlan(tx, round.id, now);
    return true;
  });
}

export async function deleteApplication(caller: CurrentUser, id: string): Promise<boolean> {
  assertCandidate(caller);
  const deleted = await getDb().delete(applications).where(own(caller, id)).returning({ id: applications.id });
  return deleted.length > 0;
}

export type ApplicationDetail = Awaited<ReturnType<typeof getOwnApplication>>;

export async function getOwnApplication(caller: CurrentUser, id: string) {
  assertCandidate(caller);
  const db = getDb();
  const [application] = await db
    .select({
      id: applications.id,
      company: applications.company,
      role: applications.role,
      location: applications.location,
      source: applications.source,
      jobUrl: applications.jobUrl,
      salaryNotes: applications.salaryNotes,
      stage: applications.stage,
      sharedWithAgency: applications.sharedWithAgency,
      consultantName: users.name,
      consultantEmail: users.email,
    })
    .from(applications)
    // Someone who has left is no one to write to.
    .leftJoin(users, and(eq(users.id, applications.consultantId), isNull(users.deactivatedAt)))
    .where(own(caller, id));
  if (!application) return null;
  const rounds = await db
    .select({ id: interviews.id, round: interviews.round, startsAt: interviews.startsAt, timeZone: interviews.timeZone, format: interviews.format })
    .from(interviews)
    .where(and(eq(interviews.applicationId, id), eq(interviews.candidateId, caller.id)))
    .orderBy(asc(interviews.startsAt));
  const { consultantName, consultantEmail, ...rest } = application;
  const current = consultantEmail ? { name: consultantName, email: consultantEmail } : rest.source === "agency" ? await currentConsultantOf(db, caller.id) : null;
  const consultant = current ? { name: current.name?.trim() || current.email, email: current.email } : null;
  return { ...rest, consultant, interviews: rounds };
}
