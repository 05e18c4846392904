import "server-only";
import { and, asc, count, desc, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";
import { applications, interviews } from "@/lib/db/schema/journey";
import type { CurrentUser } from "@/lib/auth/dal";
import { recordAudit } from "@/lib/audit/record";
import { terminalStages, type ApplicationStage } from "@/lib/domain/values";
import { assertStaff, findVisibleCandidate, visibleCandidate } from "@/lib/journey/staff-visibility";

export type ArrangeableApplication = { id: string; company: string; role: string; stage: ApplicationStage; rounds: number };

export type LogInterviewContext = {
  candidate: { id: string; name: string | null; email: string; timeZone: string };
  /** Agency applications only: a direct one is the candidate's to manage. */
  applications: ArrangeableApplication[];
};

/** Logged as a view. */
export async function getLogInterviewContext(caller: CurrentUser, candidateId: string, now = new Date()): Promise<LogInterviewContext | null> {
  assertStaff(caller);
  const db = getDb();
  const candidate = await findVisibleCandidate(db, caller, candidateId);
  if (!candidate) return null;
  const rows = await db
    .select({ id: applications.id, company: applications.company, role: applications.role, stage: applications.stage, rounds: count(interviews.id) })
    .from(applications)
    .innerJoin(users, eq(users.id, applications.candidateId))
    .leftJoin(interviews, and(eq(interviews.applicationId, applications.id), eq(interviews.candidateId, applications.candidateId)))
    .where(and(eq(applications.candidateId, candidateId), eq(applications.source, "agency"), visibleCandidate(caller)))
    .groupBy(applications.id)
    .orderBy(desc(applications.updatedAt), asc(applications.company));
  await recordAudit(db, caller, { candidateId, action: "view", entity: "candidate", entityId: candidateId }, now);
  const { consultantId: _consultant, ...shown } = candidate;
  // Open applications first (the likely ones for a new round), each group most recently changed first.
  const closed = (application: ArrangeableApplication) => Number(terminalStages.includes(application.stage));
  return { candidate: shown, applications: [...rows].sort((a, b) => closed(a) - closed(b)) };
}
