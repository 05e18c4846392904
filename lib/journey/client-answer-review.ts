import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { clientAnswers } from "@/lib/db/schema/client";
import type { CurrentUser } from "@/lib/auth/dal";
import { recordAudit } from "@/lib/audit/record";
import { passFeedbackToCandidate } from "./client-feedback";
import type { ReleaseFeedbackInput } from "./client-request-schema";
import { assertStaff, findVisibleInterview } from "./staff-visibility";

// The client's feedback reaches the candidate only when the consultant releases it, as
// written or edited; or the consultant keeps it back. Either way the answer is reviewed.

export type ReviewResult = "released" | "kept" | "already_reviewed" | "nothing_to_release" | "not_found";

export async function reviewClientAnswer(caller: CurrentUser, input: ReleaseFeedbackInput, now = new Date()): Promise<ReviewResult> {
  assertStaff(caller);
  return getDb().transaction(async (tx) => {
    const [answer] = await tx.select().from(clientAnswers).where(eq(clientAnswers.id, input.answerId)).for("update");
    if (!answer) return "not_found";
    const visible = await findVisibleInterview(tx, caller, answer.interviewId);
    if (!visible) return "not_found";
    if (answer.reviewedAt) return "already_reviewed";
    let releasedFeedbackId: string | null = null;
    if (input.decision === "release") {
      const body = input.body ?? answer.feedbackForCandidate;
      if (!body) return "nothing_to_release";
      releasedFeedbackId = (await passFeedbackToCandidate(tx, caller, visible, body, now)).id;
    }
    await tx
      .update(clientAnswers)
      .set({ reviewedAt: now, releasedFeedbackId })
      .where(and(eq(clientAnswers.id, answer.id), isNull(clientAnswers.reviewedAt)));
    await recordAudit(tx, caller, { candidateId: answer.candidateId, action: "update", entity: "client_answer", entityId: answer.interviewId }, now);
    return releasedFeedbackId ? "released" : "kept";
  });
}
