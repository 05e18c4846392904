import "server-only";
import { and, asc, count, eq, ilike, notInArray, or, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { recordListView } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";
import { applications } from "@/lib/db/schema/journey";
import type { CurrentUser } from "@/lib/auth/dal";
import { terminalStages } from "@/lib/domain/values";
import { agencyVisibleApplication, visibleCandidate } from "@/lib/journey/staff-visibility";

export type CandidateSummary = {
  id: string;
  name: string | null;
  email: string;
  consultantName: string | null;
  openApplications: number;
};

export type CandidateSearch = {
  search?: string;
  limit?: number;
  offset?: number;
};

/** An admin may see thousands: lists come a page at a time. */
export const CANDIDATES_PER_PAGE = 50;

/** Typed text matched literally: % and _ are not wildcards to a person searching. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

function matching(caller: CurrentUser, search: string | undefined): SQL {
  const visible = visibleCandidate(caller);
  const term = search?.trim();
  if (!term) return visible;
  const pattern = likePattern(term);
  return and(visible, or(ilike(users.name, pattern), ilike(users.email, pattern)))!;
}

/** The page read is one audit line naming the candidates listed. */
export async function listVisibleCandidates(
  caller: CurrentUser,
  { search, limit = CANDIDATES_PER_PAGE, offset = 0 }: CandidateSearch = {},
): Promise<CandidateSummary[]> {
  const where = matching(caller, search);
  const db = getDb();
  const consultant = alias(users, "consultant");
  // Only applications the agency may see count: agency ones and shared direct ones.
  const openApplications = db.$count(
    applications,
    and(eq(applications.candidateId, users.id), notInArray(applications.stage, [...terminalStages]), agencyVisibleApplication),
  );
  const rows = await db
    .select({ id: users.id, name: users.name, email: users.email, consultantName: consultant.name, openApplications })
    .from(users)
    .leftJoin(consultant, eq(consultant.id, users.consultantId))
    .where(where)
    .orderBy(asc(users.name), asc(users.email), asc(users.id))
    .limit(limit)
    .offset(offset);
  await recordListView(db, caller, rows.map((row) => row.id), "candidate_list");
  return rows;
}

export async function countVisibleCandidates(caller: CurrentUser, search?: string): Promise<number> {
  const where = matching(caller, search);
  const [row] = await getDb().select({ total: count() }).from(users).where(where);
  return row?.total ?? 0;
}
