import "server-only";
import { and, asc, desc, eq, gte } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";
import { applications, clientFeedback, interviews } from "@/lib/db/schema/journey";
import type { CurrentUser } from "@/lib/auth/dal";
import { assertCandidate } from "@/lib/journey/access";

// Only staff write client feedback; the candidate reads it.

export type ClientFeedbackNote = {
  id: string;
  body: string;
  /** Null once the consultant's account is gone, or if they never gave a name. */
  recordedBy: string | null;
  recordedAt: Date;
};

export async function listOwnClientFeedback(caller: CurrentUser, interviewId: string): Promise<ClientFeedbackNote[]> {
  assertCandidate(caller);
  return getDb()
    .select({ id: clientFeedback.id, body: clientFeedback.body, recordedBy: users.name, recordedAt: clientFeedback.createdAt })
    .from(clientFeedback)
    .leftJoin(users, eq(users.id, clientFeedback.consultantId))
    .where(and(eq(clientFeedback.interviewId, interviewId), eq(clientFeedback.candidateId, caller.id)))
    .orderBy(asc(clientFeedback.createdAt), asc(clientFeedback.id));
}

export type RecentClientFeedback = { id: string; interviewId: string; company: string; role: string; recordedAt: Date };

/** What employers said in the last fortnight, newest first: the dashboard's news. */
export async function listOwnRecentClientFeedback(caller: CurrentUser, now: Date, days = 14): Promise<RecentClientFeedback[]> {
  assertCandidate(caller);
  return getDb()
    .select({ id: clientFeedback.id, interviewId: clientFeedback.interviewId, company: applications.company, role: applications.role, recordedAt: clientFeedback.createdAt })
    .from(clientFeedback)
    .innerJoin(interviews, and(eq(interviews.id, clientFeedback.interviewId), eq(interviews.candidateId, caller.id)))
    .innerJoin(applications, and(eq(applications.id, interviews.applicationId), eq(applications.candidateId, caller.id)))
    .where(and(eq(clientFeedback.candidateId, caller.id), gte(clientFeedback.createdAt, new Date(now.getTime() - days * 86_400_000))))
    .orderBy(desc(clientFeedback.createdAt))
    .limit(20);
}
