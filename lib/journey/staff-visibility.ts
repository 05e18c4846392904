import "server-only";
import { and, eq, or, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Database } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";
import { applications, interviews } from "@/lib/db/schema/journey";
import type { CurrentUser } from "@/lib/auth/dal";
import { AuthorizationError } from "@/lib/auth/errors";

// Staff visibility as SQL conditions every staff query includes, so a revoked share or
// assignment applies on the next query: agency-arranged or shared applications of assigned
// candidates (an admin: all candidates), and reflections shared per interview.

export function assertStaff(caller: Pick<CurrentUser, "role">): void {
  if (caller.role !== "consultant" && caller.role !== "admin") throw new AuthorizationError("Staff only");
}

/** On `users`: the candidates the caller looks after (an admin: all). */
export function visibleCandidate(caller: Pick<CurrentUser, "id" | "role">): SQL {
  assertStaff(caller);
  const candidate = eq(users.role, "candidate");
  return caller.role === "admin" ? candidate : and(candidate, eq(users.consultantId, caller.id))!;
}

/** visibleCandidate on any candidate_id, shaped so the planner reads by index instead of hashing
 *  the whole table; kept alongside visibleCandidate on a join to users. */
export function ownedByVisibleCandidate(caller: Pick<CurrentUser, "id" | "role">, candidateIdColumn: AnyPgColumn): SQL | undefined {
  assertStaff(caller);
  if (caller.role === "admin") return undefined;
  return sql`${candidateIdColumn} = any(array(select ${users.id} from ${users} where ${users.role} = 'candidate' and ${users.consultantId} = ${caller.id}))`;
}

/** On `applications`; combine with visibleCandidate on its candidate. */
export const agencyVisibleApplication: SQL = or(eq(applications.source, "agency"), eq(applications.sharedWithAgency, true))!;

/** On `interviews` joined to its application: the candidate may keep their reflection private per interview. */
export const sharedReflection: SQL = eq(interviews.reflectionShared, true);

export async function findVisibleCandidate(db: Database, caller: CurrentUser, candidateId: string) {
  const [candidate] = await db
    .select({ id: users.id, name: users.name, email: users.email, timeZone: users.timeZone, consultantId: users.consultantId })
    .from(users)
    .where(and(eq(users.id, candidateId), visibleCandidate(caller)));
  return candidate ?? null;
}

export async function findVisibleApplication(db: Database, caller: CurrentUser, applicationId: string) {
  const [row] = await db
    .select({ application: applications, candidateName: users.name, candidateTimeZone: users.timeZone })
    .from(applications)
    .innerJoin(users, eq(users.id, applications.candidateId))
    .where(and(eq(applications.id, applicationId), agencyVisibleApplication, visibleCandidate(caller)));
  return row ?? null;
}

export async function findVisibleInterview(db: Database, caller: CurrentUser, interviewId: string) {
  const [row] = await db
    .select({ interview: interviews, application: applications, candidateName: users.name, candidateTimeZone: users.timeZone })
    .from(interviews)
    .innerJoin(applications, and(eq(applications.id, interviews.applicationId), eq(applications.candidateId, interviews.candidateId)))
    .innerJoin(users, eq(users.id, interviews.candidateId))
    .where(and(eq(interviews.id, interviewId), agencyVisibleApplication, visibleCandidate(caller)));
  return row ?? null;
}
