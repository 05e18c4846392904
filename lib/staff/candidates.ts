import "server-only";
import { and, asc, count, eq, notInArray, or, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";
import { applications } from "@/lib/db/schema/journey";
import type { CurrentUser } from "@/lib/auth/dal";
import { AuthorizationError } from "@/lib/auth/errors";
import { terminalStages } from "@/lib/domain/values";

export type CandidateSummary = {
  id: string;
  name: string | null;
  email: string;
  consultantName: string | null;
  openApplications: number;
};

/**
 * The candidates a member of staff may see: a consultant their own
 * assignments, an admin everyone. The rule lives in the WHERE clause.
 */
export async function listVisibleCandidates(caller: CurrentUser): Promise<CandidateSummary[]> {
  if (caller.role === "candidate") throw new AuthorizationError("Candidates cannot list candidates");
  const consultant = alias(users, "consultant");
  const visible: SQL | undefined =
    caller.role === "admin" ? eq(users.role, "candidate") : and(eq(users.role, "candidate"), eq(users.consultantId, caller.id));
  // Only applications the agency may see count: agency ones and shared direct ones.
  const openAndVisible = and(
    eq(applications.candidateId, users.id),
    notInArray(applications.stage, [...terminalStages]),
    or(eq(applications.source, "agency"), eq(applications.sharedWithAgency, true)),
  );
  return getDb()
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      consultantName: consultant.name,
      openApplications: count(applications.id),
    })
    .from(users)
    .leftJoin(consultant, eq(consultant.id, users.consultantId))
    .leftJoin(applications, openAndVisible)
    .where(visible)
    .groupBy(users.id, consultant.name)
    .orderBy(asc(users.name), asc(users.email));
}
