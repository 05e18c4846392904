import "server-only";
import { and, eq, or, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Database } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";
import { applications, interviews } from "@/lib/db/schema/journey";
import type { CurrentUser } from "@/lib/auth/dal";
import { AuthorizationError } from "@/lib/auth/errors";

// What the agency may see, as SQL conditions every staff query includes, so
// the rule is enforced by the database on every request: revoking a share or
// an assignment takes effect on the next query. A consultant sees the
// candidates assigned to them, an admin every candidate. Of a visible
// candidate's applications, staff see those the agency arranged and direct
// ones the candidate shared; of their interviews, those of a visible
// application; of their reflections, those shared per interview.

export function assertStaff(caller: Pick<CurrentUser, "role">): void {
  if (caller.role !== "consultant" && caller.role !== "admin") throw new AuthorizationError("Staff only");
}

/** On `users`: the candidates the caller looks after (an admin: all). */
export function visibleCandidate(caller: Pick<CurrentUser, "id" | "role">): SQL {
  assertStaff(caller);
  const candidate = eq(users.role, "candidate");
  return caller.role === "admin" ? candidate : and(candidate, eq(users.consultantId, caller.id))!;
}

/**
 * On any table's candidate_id: the same rule as visibleCandidate, written so
 * the planner reads the consultant's few candidates by index and then their
 * rows by index, instead of hashing the whole table (bench/pipeline.ts showed
 * it scanning every application at 10,000 candidates). Redundant with
 * visibleCandidate on a join to users, and kept alongside it. Nothing for an
 * admin, who sees every candidate.
 */
export function ownedByVisibleCandidate(caller: Pick<CurrentUser, "id" | "role">, candidateIdColumn: AnyPgColumn): SQL | undefined {
  assertStaff(caller);
  if (caller.role === "admin") return undefined;
  return sql`${candidateIdColumn} = any(array(select ${users.id} from ${users} where ${users.role} = 'candidate' and ${users.consultantId} = ${caller.id}))`;
}

/** On `applications`: arranged by the agency, or shared by the candidate. Combine with visibleCandidate on its candidate. */
export const agencyVisibleApplication: SQL = or(eq(applications.source, "agency"), eq(applications.sharedWithAgency, true))!;

/** On `interviews` joined to its application: the candidate may keep their reflection private per interview. */
export const sharedReflection: SQL = eq(interviews.reflectionShared, true);

/** One candidate the caller may see, or null (not theirs, not a candidate, or no such person). */
export async function findVisibleCandidate(db: Database, caller: CurrentUser, candidateId: string) {
  const [candidate] = await db
    .select({ id: users.id, name: users.name, email: users.email, timeZone: users.timeZone, consultantId: users.consultantId })
    .from(users)
    .where(and(eq(users.id, candidateId), visibleCandidate(caller)));
  return candidate ?? null;
}

/** One application the caller may see, with its candidate, or null. */
export async function findVisibleApplication(db: Database, caller: CurrentUser, applicationId: string) {
  const [row] = await db
    .select({ application: applications, candidateName: users.name, candidateTimeZone: users.timeZone })
    .from(applications)
    .innerJoin(users, eq(users.id, applications.candidateId))
    .where(and(eq(applications.id, applicationId), agencyVisibleApplication, visibleCandidate(caller)));
  return row ?? null;
}

/** One interview the caller may see (its application is visible), or null. */
export async function findVisibleInterview(db: Database, caller: CurrentUser, interviewId: string) {
  const [row] = await db
    .select({ interview: interviews, application: applications, candidateName: users.name, candidateTimeZone: users.timeZone })
    .from(interviews)
    .innerJoin(applications, and(eq(applications.id, interviews.applicationId), eq(applications.candidateId, interviews.candidateId)))
    .innerJoin(users, eq(users.id, interviews.candidateId))
    .where(and(eq(interviews.id, interviewId), agencyVisibleApplication, visibleCandidate(caller)));
  return row ?? null;
}
