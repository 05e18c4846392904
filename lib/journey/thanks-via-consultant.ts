import "server-only";
import { createElement } from "react";
import { and, eq, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";
import { applications, interviews, thankYouNotes } from "@/lib/db/schema/journey";
import type { CurrentUser } from "@/lib/auth/dal";
import { recordAudit } from "@/lib/audit/record";
import { enqueueEmail } from "@/lib/email/outbox";
import ThanksToPassOnEmail, { thanksToPassOnSubject } from "@/emails/thanks-to-pass-on";
import type { Transaction } from "./access";
import { assertStaff, findVisibleCandidate } from "./staff-visibility";

// Thanks an agency candidate gives their consultant: the consultant is emailed in the
// same transaction as the hand-over, marks it passed on, and the candidate sees when.

type HandedNote = { id: string; body: string };
type ForInterview = { applicationId: string; company: string; role: string; interviewers: readonly { name: string }[] };
type Candidate = { id: string; name: string | null; email: string };
type Consultant = { id: string; name: string | null; email: string };

/** The application's consultant, else the candidate's own; null when nobody is assigned. */
export async function consultantFor(tx: Transaction, applicationId: string, candidateId: string): Promise<Consultant | null> {
  const candidate = alias(users, "candidate");
  const [row] = await tx
    .select({ applicationConsultant: applications.consultantId, ownConsultant: candidate.consultantId })
    .from(applications)
    .innerJoin(candidate, eq(candidate.id, applications.candidateId))
    .where(and(eq(applications.id, applicationId), eq(applications.candidateId, candidateId)));
  const consultantId = row?.applicationConsultant ?? row?.ownConsultant;
  if (!consultantId) return null;
  const [consultant] = await tx.select({ id: users.id, name: users.name, email: users.email }).from(users).where(eq(users.id, consultantId));
  return consultant ?? null;
}

/** Keyed by the note, so a retried hand-over never mails the consultant twice. */
export async function emailThanksToConsultant(tx: Transaction, consultant: Consultant, note: HandedNote, interview: ForInterview, candidate: Candidate, now: Date): Promise<void> {
  const props = {
    consultantName: consultant.name,
    candidateName: candidate.name?.trim() || candidate.email,
    candidateId: candidate.id,
    company: interview.company,
    role: interview.role,
    interviewers: interview.interviewers.map((person) => person.name),
    body: note.body,
  };
  await enqueueEmail(
    {
      to: consultant.email,
      template: "thanks-to-pass-on",
      subject: thanksToPassOnSubject(props),
      element: createElement(ThanksToPassOnEmail, props),
      idempotencyKey: `thanks-to-pass-on:${note.id}`,
      userId: consultant.id,
      replyTo: candidate.email,
    },
    now,
    tx,
  );
}

export type PassedOn = "passed_on" | "already_passed_on";

/** Staff mark a candidate's handed note as passed on; null when the note is not one they may see. */
export async function markThanksPassedOn(caller: CurrentUser, candidateId: string, noteId: string, now = new Date()): Promise<PassedOn | null> {
  assertStaff(caller);
  return getDb().transaction(async (tx) => {
    if (!(await findVisibleCandidate(tx, caller, candidateId))) return null;
    const [note] = await tx
      .select({ id: thankYouNotes.id, passedOnAt: thankYouNotes.passedOnAt, interviewId: thankYouNotes.interviewId })
      .from(thankYouNotes)
      .innerJoin(interviews, eq(interviews.id, thankYouNotes.interviewId))
      .innerJoin(applications, and(eq(applications.id, interviews.applicationId), eq(applications.source, "agency")))
      .where(and(eq(thankYouNotes.id, noteId), eq(thankYouNotes.candidateId, candidateId), eq(thankYouNotes.state, "handed_to_consultant")))
      .for("update", { of: thankYouNotes });
    if (!note) return null;
    if (note.passedOnAt) return "already_passed_on";
    await tx
      .update(thankYouNotes)
      .set({ passedOnAt: now, passedOnBy: caller.id, updatedAt: now })
      .where(and(eq(thankYouNotes.id, note.id), isNull(thankYouNotes.passedOnAt)));
    await recordAudit(tx, caller, { candidateId, action: "update", entity: "thank_you_note", entityId: note.id }, now);
    return "passed_on";
  });
}
