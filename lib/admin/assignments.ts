import "server-only";
import { and, asc, count, countDistinct, eq, ilike, inArray, isNull, notInArray, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";
import { applications } from "@/lib/db/schema/journey";
import { recordAudit, recordListView } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/dal";
import { terminalStages } from "@/lib/domain/values";
import { tellConsultantOfCandidate, type AssignedConsultant } from "@/lib/journey/consultant-assignment";
import { assertAdmin } from "./access";
import type { AssignmentFilter, AssignmentInput } from "./assignment-schema";

export const assignmentPageSize = 50;

/** What moves with a candidate when their consultant changes. */
export const openAgencyApplication = and(eq(applications.source, "agency"), notInArray(applications.stage, [...terminalStages]))!;

export type ConsultantOption = { id: string; name: string | null; email: string };

/** An active consultant: the only kind of person a candidate can be assigned to. */
export const assignableConsultant = and(eq(users.role, "consultant"), isNull(users.deactivatedAt))!;

/** Who a candidate can be assigned to: active consultants, not admins or anyone offboarded. */
export async function listAssignableConsultants(caller: CurrentUser): Promise<ConsultantOption[]> {
  assertAdmin(caller);
  return getDb()
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(assignableConsultant)
    .orderBy(asc(users.name), asc(users.email));
}

/** Candidates with agency applications in progress and nobody to hand their thanks and debriefs to. */
export async function countCandidatesWaitingForConsultant(caller: CurrentUser): Promise<number> {
  assertAdmin(caller);
  const [{ waiting } = { waiting: 0 }] = await getDb()
    .select({ waiting: countDistinct(users.id) })
    .from(users)
    .innerJoin(applications, and(eq(applications.candidateId, users.id), openAgencyApplication))
    .where(and(eq(users.role, "candidate"), isNull(users.consultantId)));
  return waiting;
}

export type CandidateAssignment = {
  id: string;
  name: string | null;
  email: string;
  consultantId: string | null;
  consultantName: string | null;
  /** Agency applications still in progress: what moves with a reassignment. */
  openAgencyApplications: number;
};

export type CandidateAssignmentPage = { rows: CandidateAssignment[]; total: number; page: number; pageCount: number };

/** LIKE's own wildcards in a search are searched for, not obeyed. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** One audit line names the page's candidates. */
export async function listCandidateAssignments(caller: CurrentUser, filter: AssignmentFilter): Promise<CandidateAssignmentPage> {
  assertAdmin(caller);
  const db = getDb();
  const conditions: SQL[] = [eq(users.role, "candidate")];
  if (filter.q) conditions.push(or(ilike(users.name, likePattern(filter.q)), ilike(users.email, likePattern(filter.q)))!);
  if (filter.consultant === "none") conditions.push(isNull(users.consultantId));
  else if (filter.consultant) conditions.push(eq(users.consultantId, filter.consultant));
  const where = and(...conditions);

  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(users).where(where);
  const pageCount = Math.max(1, Math.ceil(total / assignmentPageSize));
  const page = Math.min(filter.page, pageCount);
  const consultant = alias(users, "consultant");
  const candidates = await db
    .select({ id: users.id, name: users.name, email: users.email, consultantId: users.consultantId, consultantName: consultant.name })
    .from(users)
    .leftJoin(consultant, eq(consultant.id, users.consultantId))
    .where(where)
    .orderBy(sql`${users.name} asc nulls last`, asc(users.email), asc(users.id))
    .limit(assignmentPageSize)
    .offset((page - 1) * assignmentPageSize);

  const counts = candidates.length
    ? await db
        .select({ candidateId: applications.candidateId, open: count() })
        .from(applications)
        .where(and(inArray(applications.candidateId, candidates.map((c) => c.id)), openAgencyApplication))
        .groupBy(applications.candidateId)
    : [];
  const openBy = new Map(counts.map((row) => [row.candidateId, row.open]));
  await recordListView(db, caller, candidates.map((candidate) => candidate.id), "assignment_list");
  return {
    rows: candidates.map((candidate) => ({ ...candidate, openAgencyApplications: openBy.get(candidate.id) ?? 0 })),
    total,
    page,
    pageCount,
  };
}

export type AssignmentResult =
  | { status: "assigned"; candidateName: string; consultantName: string | null; movedApplications: number }
  | { status: "unchanged" }
  | { status: "not-candidate" }
  | { status: "not-consultant" };

export async function assignCandidate(caller: CurrentUser, input: AssignmentInput, now = new Date()): Promise<AssignmentResult> {
  assertAdmin(caller);
  return getDb().transaction(async (tx) => {
    const [candidate] = await tx
      .select({ id: users.id, name: users.name, email: users.email, consultantId: users.consultantId })
      .from(users)
      .where(and(eq(users.id, input.candidateId), eq(users.role, "candidate")))
      .for("update");
    if (!candidate) return { status: "not-candidate" };
    let consultant: AssignedConsultant | null = null;
    if (input.consultantId) {
      [consultant = null] = await tx
        .select({ id: users.id, name: users.name, email: users.email })
        .from(users)
        .where(and(eq(users.id, input.consultantId), assignableConsultant));
      if (!consultant) return { status: "not-consultant" };
    }
    if (candidate.consultantId === input.consultantId) return { status: "unchanged" };

    await tx.update(users).set({ consultantId: input.consultantId, updatedAt: now }).where(eq(users.id, candidate.id));
    // Open agency applications name whom the candidate debriefs and sends notes to, so they move;
    // closed ones keep whoever handled them, for the history and the metrics.
    const moved = await tx
      .update(applications)
      .set({ consultantId: input.consultantId, updatedAt: now })
      .where(and(eq(applications.candidateId, candidate.id), openAgencyApplication))
      .returning({ company: applications.company, role: applications.role });
    await recordAudit(tx, caller, { candidateId: candidate.id, action: "update", entity: "assignment", entityId: input.consultantId }, now);
    const candidateName = candidate.name?.trim() || candidate.email;
    if (consultant) await tellConsultantOfCandidate(tx, consultant, { id: candidate.id, name: candidateName }, moved, now);
    const consultantName = consultant ? consultant.name?.trim() || consultant.email : null;
    return { status: "assigned", candidateName, consultantName, movedApplications: moved.length };
  });
}
