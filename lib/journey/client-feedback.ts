import "server-only";
import { getDb } from "@/lib/db/client";
import { clientFeedback } from "@/lib/db/schema/journey";
import type { CurrentUser } from "@/lib/auth/dal";
import { recordAudit } from "@/lib/audit/record";
import type { ClientFeedbackInput } from "./client-feedback-schema";
import { assertStaff, findVisibleInterview } from "./staff-visibility";

// Staff write it about an interview they may see; the candidate reads it (lib/portal/client-feedback.ts).

export type RecordedFeedback = { id: string; candidateId: string; interviewId: string };

/** Null, writing nothing (not even an audit line), when the caller may not see the interview. */
export async function recordClientFeedback(
  caller: CurrentUser,
  interviewId: string,
  input: ClientFeedbackInput,
  now = new Date(),
): Promise<RecordedFeedback | null> {
  assertStaff(caller);
  return getDb().transaction(async (tx) => {
    const visible = await findVisibleInterview(tx, caller, interviewId);
    if (!visible) return null;
    const candidateId = visible.interview.candidateId;
    const [created] = await tx
      .insert(clientFeedback)
      .values({ interviewId, candidateId, consultantId: caller.id, body: input.body, createdAt: now })
      .returning({ id: clientFeedback.id });
    await recordAudit(tx, caller, { candidateId, action: "create", entity: "client_feedback", entityId: created!.id }, now);
    return { id: created!.id, candidateId, interviewId };
  });
}
