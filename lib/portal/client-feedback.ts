import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";
import { clientFeedback } from "@/lib/db/schema/journey";
import type { CurrentUser } from "@/lib/auth/dal";
import { assertCandidate } from "@/lib/journey/access";

// What the client said about the candidate after an interview, as the
// consultant recorded it. The candidate reads it; only staff write it.

export type ClientFeedbackNote = {
  id: string;
  body: string;
  /** Null once the consultant's account is gone, or if they never gave a name. */
  recordedBy: string | null;
  recordedAt: Date;
};

/** The notes on one of the caller's interviews, oldest first; empty for anyone else's. */
export async function listOwnClientFeedback(caller: CurrentUser, interviewId: string): Promise<ClientFeedbackNote[]> {
  assertCandidate(caller);
  return getDb()
    .select({ id: clientFeedback.id, body: clientFeedback.body, recordedBy: users.name, recordedAt: clientFeedback.createdAt })
    .from(clientFeedback)
    .leftJoin(users, eq(users.id, clientFeedback.consultantId))
    .where(and(eq(clientFeedback.interviewId, interviewId), eq(clientFeedback.candidateId, caller.id)))
    .orderBy(asc(clientFeedback.createdAt), asc(clientFeedback.id));
}
