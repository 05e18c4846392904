import "server-only";
import { and, asc, eq, gt, isNull, notInArray } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";
import { applications, interviews } from "@/lib/db/schema/journey";
import { clientFeedbackRequests } from "@/lib/db/schema/client";
import { terminalStages } from "@/lib/domain/values";
import { englandAndWalesCalendar } from "@/lib/plans/bank-holidays";
import { clientReminderDueAt } from "@/lib/plans/client-reminder";
import { localDateOf } from "@/lib/plans/zoned-time";
import { emailClientRequest, hasOptedOut } from "./client-requests";
import { statedDecisionDate } from "./decision-date";
import { currentConsultantOf } from "./consultant-assignment";

// The worker's half of the feedback request: one reminder to a client who has not answered.
// reminded_at is set in the transaction that queues the email, and the email is keyed by the
// request, so two workers, a retry or a crash never send a second.

/** How many reminders were queued. */
export async function remindSilentClients(db: Database, now: Date, limit = 50): Promise<number> {
  const open = await db
    .select({
      id: clientFeedbackRequests.id,
      createdAt: clientFeedbackRequests.createdAt,
      expiresAt: clientFeedbackRequests.expiresAt,
      contactName: clientFeedbackRequests.contactName,
      contactEmail: clientFeedbackRequests.contactEmail,
      candidateId: clientFeedbackRequests.candidateId,
      interview: interviews,
      role: applications.role,
      candidateName: users.name,
    })
    .from(clientFeedbackRequests)
    .innerJoin(interviews, eq(interviews.id, clientFeedbackRequests.interviewId))
    .innerJoin(
      applications,
      and(eq(applications.id, interviews.applicationId), eq(applications.source, "agency"), notInArray(applications.stage, [...terminalStages])),
    )
    .innerJoin(users, eq(users.id, clientFeedbackRequests.candidateId))
    .where(
      and(
        isNull(clientFeedbackRequests.replacedAt),
        isNull(clientFeedbackRequests.lastAnsweredAt),
        isNull(clientFeedbackRequests.remindedAt),
        gt(clientFeedbackRequests.expiresAt, now),
      ),
    )
    // Oldest first: they are due soonest.
    .orderBy(asc(clientFeedbackRequests.createdAt))
    .limit(500);
  const calendar = englandAndWalesCalendar();
  const due = open.filter((request) => {
    const { interview } = request;
    const facts = { requestedOn: localDateOf(request.createdAt, interview.timeZone), decisionDate: statedDecisionDate(interview), timeZone: interview.timeZone };
    return clientReminderDueAt(facts, calendar) <= now;
  });

  let queued = 0;
  for (const request of due.slice(0, limit)) {
    const sent = await db.transaction(async (tx) => {
      const [claimed] = await tx
        .update(clientFeedbackRequests)
        .set({ remindedAt: now })
        .where(and(eq(clientFeedbackRequests.id, request.id), isNull(clientFeedbackRequests.remindedAt), isNull(clientFeedbackRequests.lastAnsweredAt), isNull(clientFeedbackRequests.replacedAt)))
        .returning({ id: clientFeedbackRequests.id });
      if (!claimed || (await hasOptedOut(tx, request.contactEmail))) return false;
      // Signed by whoever looks after the candidate now, so a reply reaches someone.
      const consultant = await currentConsultantOf(tx, request.candidateId);
      if (!consultant) return false;
      await emailClientRequest(tx, {
        requestId: request.id,
        contact: { name: request.contactName, email: request.contactEmail },
        consultant: { name: consultant.name?.trim() || consultant.email, email: consultant.email },
        candidateName: request.candidateName,
        role: request.role,
        interview: { startsAt: request.interview.startsAt, timeZone: request.interview.timeZone },
        expiresAt: request.expiresAt,
        reminder: true,
        now,
      });
      return true;
    });
    if (sent) queued += 1;
  }
  return queued;
}
