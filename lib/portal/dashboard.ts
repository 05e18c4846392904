import "server-only";
import { and, asc, desc, eq, gte } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { applications, interviews } from "@/lib/db/schema/journey";
import type { CurrentUser } from "@/lib/auth/dal";
import { assertCandidate } from "./access";
import type { ApplicationStage } from "@/lib/domain/values";

export type ApplicationSummary = {
  id: string;
  company: string;
  role: string;
  stage: ApplicationStage;
  source: "agency" | "direct";
};

export type UpcomingInterview = {
  id: string;
  company: string;
  role: string;
  startsAt: Date;
  timeZone: string;
  format: "phone" | "video" | "in_person";
};

/** The caller's own applications, most recently changed first. */
export async function listOwnApplications(caller: CurrentUser): Promise<ApplicationSummary[]> {
  assertCandidate(caller);
  return getDb()
    .select({
      id: applications.id,
      company: applications.company,
      role: applications.role,
      stage: applications.stage,
      source: applications.source,
    })
    .from(applications)
    .where(eq(applications.candidateId, caller.id))
    .orderBy(desc(applications.updatedAt), asc(applications.company));
}

/** The caller's interviews from `now` on, soonest first. */
export async function listOwnUpcomingInterviews(caller: CurrentUser, now: Date): Promise<UpcomingInterview[]> {
  assertCandidate(caller);
  return getDb()
    .select({
      id: interviews.id,
      company: applications.company,
      role: applications.role,
      startsAt: interviews.startsAt,
      timeZone: interviews.timeZone,
      format: interviews.format,
    })
    .from(interviews)
    .innerJoin(applications, eq(applications.id, interviews.applicationId))
    .where(and(eq(interviews.candidateId, caller.id), gte(interviews.startsAt, now)))
    .orderBy(asc(interviews.startsAt))
    .limit(10);
}
