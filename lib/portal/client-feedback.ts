import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";
import { clientFeedback } from "@/lib/db/schema/journey";
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
