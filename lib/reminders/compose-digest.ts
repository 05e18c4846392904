import "server-only";
import { createElement } from "react";
import { and, eq } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";
import type { reminders } from "@/lib/db/schema/delivery";
import { applications, interviews, planSteps } from "@/lib/db/schema/journey";
import type { NewEmail } from "@/lib/email/outbox";
import { unsubscribeHeaders, unsubscribeUrlFor } from "@/lib/email/unsubscribe";
import { englandAndWalesCalendar } from "@/lib/plans/bank-holidays";
import type { WorkingCalendar } from "@/lib/plans/working-days";
import { listNeedsAttention } from "@/lib/staff/needs-attention";
import CandidateDigestEmail, { candidateDigestSubject, hasCandidateDigestContent } from "@/emails/candidate-digest";
import ConsultantDigestEmail, { consultantDigestSubject, hasConsultantDigestContent } from "@/emails/consultant-digest";
import { selectCandidateDigest, type CandidateDigestContent } from "./digest-content";
import { digestRoles, digestTimeZone, isDigestTooLate, nextDigestAt, type DigestKind } from "./digest-schedule";

// Runs in the worker's transaction. A digest sent or skipped for lack of news names the next
// one; a digest the person no longer wants (switched off, role changed) names none.

export type DigestRow = typeof reminders.$inferSelect & { kind: DigestKind };
export type DigestDecision = { send: NewEmail; next: Date } | { cancel: string; next: Date | null };

export const nothingToReport = "nothing to report";

export async function composeDigest(
  tx: Database,
  row: DigestRow,
  now: Date,
  calendar: WorkingCalendar = englandAndWalesCalendar(),
): Promise<DigestDecision> {
  const [person] = await tx
    .select({ id: users.id, name: users.name, email: users.email, role: users.role, timeZone: users.timeZone, digestEnabled: users.digestEnabled })
    .from(users)
    .where(eq(users.id, row.userId));
  if (!person) return { cancel: "account gone", next: null };
  if (!person.digestEnabled) return { cancel: "digest switched off", next: null };
  const role = digestRoles[row.kind];
  if (person.role !== role) return { cancel: `no longer a ${role}`, next: null };

  const timeZone = digestTimeZone(person.timeZone);
  const next = nextDigestAt(row.kind, now, timeZone, calendar);
  if (isDigestTooLate(row.dueAt, now)) return { cancel: "too late", next };

  const unsubscribeUrl = unsubscribeUrlFor({ userId: person.id, list: "digest" });
  const email = (template: string, subject: string, element: NewEmail["element"]): DigestDecision => ({
    send: {
      to: person.email,
      template,
      subject,
      element,
      idempotencyKey: `reminder:${row.id}`,
      userId: person.id,
      headers: unsubscribeHeaders(unsubscribeUrl),
    },
    next,
  });

  if (row.kind === "candidate_digest") {
    const content = selectCandidateDigest(await readJourney(tx, person.id), now);
    if (!hasCandidateDigestContent<CandidateDigestContent>(content)) return { cancel: nothingToReport, next };
    const props = { ...content, candidateName: person.name, timeZone, unsubscribeUrl };
    return email("candidate-digest", candidateDigestSubject(props), createElement(CandidateDigestEmail, props));
  }
  const attention = { candidates: await listNeedsAttention(tx, { id: person.id, role: "consultant", timeZone }, now) };
  if (!hasConsultantDigestContent(attention)) return { cancel: nothingToReport, next };
  const props = { candidates: attention.candidates, consultantName: person.name, unsubscribeUrl };
  return email("consultant-digest", consultantDigestSubject(props), createElement(ConsultantDigestEmail, props));
}

async function readJourney(tx: Database, candidateId: string) {
  const ownApplications = await tx
    .select({
      id: applications.id,
      company: applications.company,
      role: applications.role,
      stage: applications.stage,
      source: applications.source,
      clientWelcomesDirectNotes: applications.clientWelcomesDirectNotes,
      stageChangedAt: applications.stageChangedAt,
    })
    .from(applications)
    .where(eq(applications.candidateId, candidateId));
  const steps = await tx
    .select({ applicationId: interviews.applicationId, interviewId: planSteps.interviewId, kind: planSteps.kind, dueAt: planSteps.dueAt })
    .from(planSteps)
    .innerJoin(interviews, and(eq(interviews.id, planSteps.interviewId), eq(interviews.candidateId, planSteps.candidateId)))
    .where(and(eq(planSteps.candidateId, candidateId), eq(planSteps.state, "pending")));
  return { applications: ownApplications, steps };
}
