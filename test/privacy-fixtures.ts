// A candidate with a row in every table that can hold a candidate's data,
// for the export and erasure tests. `markers` names, per table, a value that
// only that candidate's row in that table holds, which their export must
// show. A new table that can hold a candidate's data needs a row here too:
// lib/privacy/coverage.test.ts fails until it has one.
import { createHash, randomUUID } from "node:crypto";
import type { Database } from "@/lib/db/client";
import { accounts, sessions, staffInvitations, users, verificationTokens } from "@/lib/db/schema/auth";
import { deliveryThrottle, emailOutbox, emailSuppressions, rateLimits, reminders, webhookEvents } from "@/lib/db/schema/delivery";
import { clientAnswers, clientFeedbackRequests, clientRequestOptOuts } from "@/lib/db/schema/client";
import {
  applicationStageEvents,
  applications,
  clientFeedback,
  interviewers,
  interviewQuestions,
  interviews,
  planSteps,
  reflections,
  thankYouNotes,
  timelineSlips,
} from "@/lib/db/schema/journey";
import { auditLog, calendarFeeds, consents } from "@/lib/db/schema/privacy";
import type { CurrentUser } from "@/lib/auth/dal";
import { retentionRuns } from "@/lib/db/schema/retention";

const DAY = 86_400_000;
const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

/** `label` keeps two candidates' values apart ("a", "b"); `offsetMinutes` keeps their times apart. */
export async function createCandidateWithEveryRecord(
  db: Database,
  { label, consultantId, now, offsetMinutes }: { label: string; consultantId: string; now: Date; offsetMinutes: number },
) {
  const at = (days: number) => new Date(now.getTime() + days * DAY + offsetMinutes * 60_000);
  const email = `everything-${label}@privacy.test`;
  const [user] = await db.insert(users).values({ email, name: `Everything ${label.toUpperCase()}`, consultantId }).returning();
  const id = user!.id;
  const sessionToken = `session-${label}-${randomUUID()}`;
  await db.insert(accounts).values({ userId: id, type: "email", provider: "email", providerAccountId: `account-${label}-${randomUUID()}`, access_token: `secret-access-${label}` });
  await db.insert(sessions).values({ sessionToken, userId: id, expires: at(30) });
  await db.insert(verificationTokens).values({ identifier: email, token: `secret-link-${label}`, expires: at(1) });
  const [invitation] = await db.insert(staffInvitations).values({ email, role: "consultant", invitedBy: consultantId, expiresAt: at(7) }).returning();
  const [consent] = await db.insert(consents).values({ userId: id, purpose: "marketing_sms", granted: true, source: "fixture", recordedAt: at(-10) }).returning();

  const [application] = await db
    .insert(applications)
    .values({ candidateId: id, company: `Company ${label} Ltd`, role: "Analyst", source: "agency", consultantId, stage: "interviewing" })
    .returning();
  const applicationId = application!.id;
  const [stageEvent] = await db.insert(applicationStageEvents).values({ applicationId, candidateId: id, toStage: "interviewing", changedBy: consultantId }).returning();
  const [interview] = await db
    .insert(interviews)
    .values({ applicationId, candidateId: id, startsAt: at(-2), format: "video", arrangedById: consultantId, timelineKind: "date", timelineDate: "2026-12-01" })
    .returning();
  const interviewId = interview!.id;
  const [slip] = await db.insert(timelineSlips).values({ interviewId, candidateId: id, previousDate: "2026-12-01", newDate: "2026-12-08", note: `Slipped ${label}` }).returning();
  const [person] = await db.insert(interviewers).values({ interviewId, candidateId: id, name: `Interviewer ${label}`, email: `interviewer-${label}@client.test`, talkedAbout: `Talked about ${label}` }).returning();
  const [step] = await db.insert(planSteps).values({ interviewId, candidateId: id, kind: "follow_up_1", dueAt: at(5) }).returning();
  const [reflection] = await db.insert(reflections).values({ interviewId, candidateId: id, rapport: 4, wentWell: `Went well ${label}` }).returning();
  const [question] = await db.insert(interviewQuestions).values({ interviewId, candidateId: id, question: `Question ${label}?`, howItWent: 3 }).returning();
  const [note] = await db.insert(thankYouNotes).values({ interviewId, candidateId: id, interviewerId: person!.id, subject: `Thanks ${label}`, body: "Thank you." }).returning();
  const [feedback] = await db.insert(clientFeedback).values({ interviewId, candidateId: id, consultantId, body: `Feedback ${label}` }).returning();
  const [request] = await db
    .insert(clientFeedbackRequests)
    .values({ interviewId, candidateId: id, requestedBy: consultantId, contactName: "Jo Client", contactEmail: `client-${label}@client.test`, tokenHash: sha256(`request-${label}-${randomUUID()}`), expiresAt: at(30) })
    .returning();
  const [answer] = await db
    .insert(clientAnswers)
    .values({ requestId: request!.id, interviewId, candidateId: id, status: "still_deciding", feedbackForCandidate: `Answer ${label}` })
    .returning();

  // One message of theirs, and one to their address before it had an account (a first sign-in link).
  const [sent] = await db.insert(emailOutbox).values({
    idempotencyKey: `reminder-${label}-${randomUUID()}`, userId: id, recipient: email, template: "follow-up-reminder",
    subject: `Reminder ${label}`, html: "<p>Hi</p>", text: `Hi\n\nUnsubscribe: https://x.test/api/unsubscribe?token=secret-unsubscribe-${label}`, headers: { "List-Unsubscribe": `<https://x.test/unsubscribe?token=secret-unsubscribe-${label}>` },
  }).returning();
  const [link] = await db.insert(emailOutbox).values({
    idempotencyKey: `sign-in-${label}-${randomUUID()}`, userId: null, recipient: email.toUpperCase(), template: "sign-in-link",
    subject: `Sign in ${label}`, html: "<p>Link</p>", text: `Sign in https://x.test/api/auth/callback/email?token=secret-sign-in-${label}&email=x`,
  }).returning();
  // Mail naming them without their id or address: a feedback request to their client, an admin's alert.
  for (const key of [`client-feedback-request:${request!.id}`, `no-consultant:${id}:admin`]) {
    await db.insert(emailOutbox).values({
      idempotencyKey: key, userId: null, recipient: `client-${label}@client.test`, template: key.split(":")[0]!,
      subject: `Candidate ${label}'s interview`, html: "<p>About them</p>", text: "About them",
    });
  }
  // A consultant's morning digest naming this candidate: mail about them, to someone else.
  await db.insert(emailOutbox).values({
    idempotencyKey: `digest-${label}-${randomUUID()}`, userId: consultantId, recipient: `consultant-${label}@privacy.test`, template: "consultant-digest",
    subject: "1 candidate needs your attention today", html: `<p><a href="https://x.test/consultant/candidates/${id}">Candidate ${label}</a>: Debrief not done</p>`,
    text: `Candidate ${label} (https://x.test/consultant/candidates/${id}): Debrief not done`,
  });
  const [reminder] = await db.insert(reminders).values({ userId: id, kind: "follow_up", interviewId, dueAt: at(5), outboxId: sent!.id }).returning();
  const [feed] = await db.insert(calendarFeeds).values({ userId: id, tokenHash: sha256(`feed-${label}-${randomUUID()}`) }).returning();
  const auditEntityId = randomUUID();
  await db.insert(auditLog).values({ actorId: consultantId, candidateId: id, action: "view", entity: "application", entityId: auditEntityId });

  // Rows in the retained tables, which must survive erasure untouched.
  await db.insert(emailSuppressions).values({ addressHash: sha256(email), reason: "bounced" });
  await db.insert(clientRequestOptOuts).values({ addressHash: sha256(`client-${label}@client.test`) });
  await db.insert(rateLimits).values({ key: `sign-in:email:${sha256(email)}`, windowStartedAt: now, count: 1 });

  const caller: CurrentUser = { id, name: user!.name, email, role: "candidate" };
  return {
    caller,
    sessionToken,
    /** What the export must show, per table. */
    markers: {
      users: id,
      accounts: `account-${label}`,
      sessions: at(30).toISOString(),
      verification_tokens: at(1).toISOString(),
      staff_invitations: invitation!.id,
      consents: consent!.id,
      applications: applicationId,
      application_stage_events: stageEvent!.id,
      interviews: interviewId,
      timeline_slips: slip!.id,
      interviewers: person!.id,
      plan_steps: step!.id,
      reflections: reflection!.id,
      interview_questions: question!.id,
      thank_you_notes: note!.id,
      client_feedback: feedback!.id,
      client_feedback_requests: request!.id,
      client_answers: answer!.id,
      email_outbox: [sent!.id, link!.id],
      reminders: reminder!.id,
      calendar_feeds: feed!.id,
      audit_log: auditEntityId,
    } as Record<string, string | string[]>,
    /** Values the export must never show: credentials. */
    secrets: [sessionToken, `secret-access-${label}`, `secret-link-${label}`, `secret-unsubscribe-${label}`, `secret-sign-in-${label}`, feed!.tokenHash],
  };
}

/** Rows in the tables that hold nobody's data, so erasure can be seen to leave them. */
export async function createUnownedRows(db: Database, now: Date) {
  await db.insert(webhookEvents).values({ id: `evt-${randomUUID()}`, type: "email.bounced" });
  await db.insert(deliveryThrottle).values({ name: "resend", nextSlotAt: now });
  await db.insert(retentionRuns).values({ day: "2026-01-01", claimedBy: "fixture", leaseUntil: now, startedAt: now, finishedAt: now, counts: { erased: 0 } });
}
