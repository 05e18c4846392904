import "server-only";
import { createElement } from "react";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";
import { clientFeedback } from "@/lib/db/schema/journey";
import type { CurrentUser } from "@/lib/auth/dal";
import { recordAudit } from "@/lib/audit/record";
import { enqueueEmail } from "@/lib/email/outbox";
import ClientFeedbackEmail, { clientFeedbackSubject } from "@/emails/client-feedback";
import type { ClientFeedbackInput } from "./client-feedback-schema";
import type { Transaction } from "./access";
import { assertStaff, findVisibleInterview } from "./staff-visibility";

// Staff write it about an interview they may see; the candidate is emailed it at once and reads it
// on their interview page and dashboard (lib/portal/client-feedback.ts).

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
    return passFeedbackToCandidate(tx, caller, visible, input.body, now);
  });
}

type VisibleInterview = NonNullable<Awaited<ReturnType<typeof findVisibleInterview>>>;

/** The feedback row, its audit line and the candidate's email, in the caller's transaction. */
export async function passFeedbackToCandidate(tx: Transaction, caller: CurrentUser, visible: VisibleInterview, body: string, now: Date): Promise<RecordedFeedback> {
  const interviewId = visible.interview.id;
  const candidateId = visible.interview.candidateId;
  const [created] = await tx
    .insert(clientFeedback)
    .values({ interviewId, candidateId, consultantId: caller.id, body, createdAt: now })
    .returning({ id: clientFeedback.id });
  await recordAudit(tx, caller, { candidateId, action: "create", entity: "client_feedback", entityId: created!.id }, now);
  const [candidate] = await tx.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, candidateId));
  if (candidate) {
    const props = {
      candidateName: candidate.name,
      consultantName: caller.name?.trim() || caller.email,
      company: visible.application.company,
      role: visible.application.role,
      interviewId,
      body,
    };
    await enqueueEmail(
      {
        to: candidate.email,
        template: "client-feedback",
        subject: clientFeedbackSubject(props),
        element: createElement(ClientFeedbackEmail, props),
        idempotencyKey: `client-feedback:${created!.id}`,
        userId: candidateId,
        replyTo: caller.email,
      },
      now,
      tx,
    );
  }
  return { id: created!.id, candidateId, interviewId };
}
