import "server-only";
import { asc, eq, or, sql, type AnyColumn } from "drizzle-orm";
import { alias, type PgTable, type SelectedFields } from "drizzle-orm/pg-core";
import type { Database } from "@/lib/db/client";
import { accounts, sessions, staffInvitations, users, verificationTokens } from "@/lib/db/schema/auth";
import { emailOutbox, reminders } from "@/lib/db/schema/delivery";
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
import { clientAnswers, clientFeedbackRequests } from "@/lib/db/schema/client";
import { auditLog, calendarFeeds, consents } from "@/lib/db/schema/privacy";
import { concernsCandidate } from "@/lib/audit/concerning";
import { withoutTokenLinks } from "./redact-links";

// Left out on purpose: staff members' ids, and secrets that would let anyone holding the file act
// as the candidate (session, sign-in and account tokens, the calendar link's hash, mail headers,
// token links in mail text). coverage.test.ts fails for a table in neither this nor retained-tables.ts.

export type DataOwner = { id: string; email: string };

export type ExportSection<Row> = {
  table: PgTable;
  file: string;
  description: string;
  columns: string[];
  read: (db: Database, owner: DataOwner) => Promise<Row[]>;
};

function section<Fields extends SelectedFields, Row>(
  table: PgTable,
  file: string,
  description: string,
  fields: Fields,
  read: (db: Database, owner: DataOwner, fields: Fields) => Promise<Row[]>,
): ExportSection<Row> {
  return { table, file, description, columns: Object.keys(fields), read: (db, owner) => read(db, owner, fields) };
}

const sameAddress = (column: AnyColumn, email: string) => sql`lower(${column}) = ${email.toLowerCase()}`;
const consultant = alias(users, "consultant");
const actor = alias(users, "actor");

export const exportSections = {
  profile: section(users, "profile", "Your account: name, email address, time zone and email settings.", {
    id: users.id, name: users.name, email: users.email, emailVerified: users.emailVerified, image: users.image,
    role: users.role, timeZone: users.timeZone, consultantName: consultant.name, remindersEnabled: users.remindersEnabled,
    digestEnabled: users.digestEnabled, createdAt: users.createdAt, updatedAt: users.updatedAt,
  }, (db, owner, f) => db.select(f).from(users).leftJoin(consultant, eq(consultant.id, users.consultantId)).where(eq(users.id, owner.id))),

  signInMethods: section(accounts, "sign-in-methods", "How you sign in.", {
    type: accounts.type, provider: accounts.provider, providerAccountId: accounts.providerAccountId,
  }, (db, owner, f) => db.select(f).from(accounts).where(eq(accounts.userId, owner.id))),

  sessions: section(sessions, "sessions", "Devices signed in to your account, and when each sign-in expires.", {
    expires: sessions.expires,
  }, (db, owner, f) => db.select(f).from(sessions).where(eq(sessions.userId, owner.id)).orderBy(asc(sessions.expires))),

  signInLinks: section(verificationTokens, "sign-in-links", "Sign-in links sent to your address and not used yet.", {
    identifier: verificationTokens.identifier, expires: verificationTokens.expires,
  }, (db, owner, f) => db.select(f).from(verificationTokens).where(sameAddress(verificationTokens.identifier, owner.email))),

  staffInvitations: section(staffInvitations, "staff-invitations", "Invitations to join the agency's staff sent to your address.", {
    id: staffInvitations.id, email: staffInvitations.email, role: staffInvitations.role, createdAt: staffInvitations.createdAt,
    expiresAt: staffInvitations.expiresAt, acceptedAt: staffInvitations.acceptedAt, revokedAt: staffInvitations.revokedAt,
  }, (db, owner, f) => db.select(f).from(staffInvitations).where(sameAddress(staffInvitations.email, owner.email))),

  consents: section(consents, "consents", "Every answer you gave about what we may do with your data, oldest first.", {
    id: consents.id, purpose: consents.purpose, granted: consents.granted, source: consents.source, recordedAt: consents.recordedAt,
  }, (db, owner, f) => db.select(f).from(consents).where(eq(consents.userId, owner.id)).orderBy(asc(consents.recordedAt))),

  applications: section(applications, "applications", "The jobs you applied for.", {
    id: applications.id, company: applications.company, role: applications.role, location: applications.location,
    source: applications.source, jobUrl: applications.jobUrl, salaryNotes: applications.salaryNotes, stage: applications.stage,
    stageChangedAt: applications.stageChangedAt, sharedWithAgency: applications.sharedWithAgency,
    clientWelcomesDirectNotes: applications.clientWelcomesDirectNotes, clientContactName: applications.clientContactName,
    clientContactRole: applications.clientContactRole, createdAt: applications.createdAt, updatedAt: applications.updatedAt,
  }, (db, owner, f) => db.select(f).from(applications).where(eq(applications.candidateId, owner.id)).orderBy(asc(applications.createdAt))),

  stageHistory: section(applicationStageEvents, "application-stage-history", "Each time an application moved to a new stage.", {
    id: applicationStageEvents.id, applicationId: applicationStageEvents.applicationId, fromStage: applicationStageEvents.fromStage,
    toStage: applicationStageEvents.toStage, changedAt: applicationStageEvents.changedAt,
  }, (db, owner, f) => db.select(f).from(applicationStageEvents).where(eq(applicationStageEvents.candidateId, owner.id)).orderBy(asc(applicationStageEvents.changedAt))),

  interviews: section(interviews, "interviews", "Your interviews: when, where, and when the employer said they would decide.", {
    id: interviews.id, applicationId: interviews.applicationId, round: interviews.round, startsAt: interviews.startsAt,
    durationMinutes: interviews.durationMinutes, timeZone: interviews.timeZone, format: interviews.format, location: interviews.location,
    meetingUrl: interviews.meetingUrl, timelineKind: interviews.timelineKind, timelineDate: interviews.timelineDate,
    timelineAmount: interviews.timelineAmount, timelineUnit: interviews.timelineUnit, followUpContact: interviews.followUpContact,
    reflectionShared: interviews.reflectionShared, createdAt: interviews.createdAt, updatedAt: interviews.updatedAt,
  }, (db, owner, f) => db.select(f).from(interviews).where(eq(interviews.candidateId, owner.id)).orderBy(asc(interviews.startsAt))),

  interviewers: section(interviewers, "interviewers", "The people who interviewed you, as you recorded them.", {
    id: interviewers.id, interviewId: interviewers.interviewId, name: interviewers.name, title: interviewers.title, email: interviewers.email,
    talkedAbout: interviewers.talkedAbout,
  }, (db, owner, f) => db.select(f).from(interviewers).where(eq(interviewers.candidateId, owner.id))),

  timelineChanges: section(timelineSlips, "decision-date-changes", "Each time an employer moved the date they would decide by.", {
    id: timelineSlips.id, interviewId: timelineSlips.interviewId, previousDate: timelineSlips.previousDate,
    newDate: timelineSlips.newDate, note: timelineSlips.note, source: timelineSlips.source, createdAt: timelineSlips.createdAt,
  }, (db, owner, f) => db.select(f).from(timelineSlips).where(eq(timelineSlips.candidateId, owner.id)).orderBy(asc(timelineSlips.createdAt))),

  planSteps: section(planSteps, "follow-up-plan", "The steps planned after each interview (thank-you note, follow-ups...) and what became of them.", {
    id: planSteps.id, interviewId: planSteps.interviewId, kind: planSteps.kind, dueAt: planSteps.dueAt, state: planSteps.state,
    completedAt: planSteps.completedAt, createdAt: planSteps.createdAt,
  }, (db, owner, f) => db.select(f).from(planSteps).where(eq(planSteps.candidateId, owner.id)).orderBy(asc(planSteps.createdAt))),

  reflections: section(reflections, "reflections", "How you felt each interview went.", {
    id: reflections.id, interviewId: reflections.interviewId, rapport: reflections.rapport, answers: reflections.answers,
    relevance: reflections.relevance, wentWell: reflections.wentWell, toImprove: reflections.toImprove, stillWant: reflections.stillWant,
    createdAt: reflections.createdAt, updatedAt: reflections.updatedAt,
  }, (db, owner, f) => db.select(f).from(reflections).where(eq(reflections.candidateId, owner.id)).orderBy(asc(reflections.createdAt))),

  interviewQuestions: section(interviewQuestions, "interview-questions", "Questions you were asked, and how you felt you answered them (1 to 5).", {
    id: interviewQuestions.id, interviewId: interviewQuestions.interviewId, question: interviewQuestions.question,
    howItWent: interviewQuestions.howItWent, notes: interviewQuestions.notes, createdAt: interviewQuestions.createdAt,
  }, (db, owner, f) => db.select(f).from(interviewQuestions).where(eq(interviewQuestions.candidateId, owner.id)).orderBy(asc(interviewQuestions.createdAt))),

  thankYouNotes: section(thankYouNotes, "thank-you-notes", "Thank-you notes you drafted or sent.", {
    id: thankYouNotes.id, interviewId: thankYouNotes.interviewId, interviewerId: thankYouNotes.interviewerId, subject: thankYouNotes.subject,
    body: thankYouNotes.body, state: thankYouNotes.state, sentAt: thankYouNotes.sentAt, passedOnAt: thankYouNotes.passedOnAt, createdAt: thankYouNotes.createdAt,
  }, (db, owner, f) => db.select(f).from(thankYouNotes).where(eq(thankYouNotes.candidateId, owner.id)).orderBy(asc(thankYouNotes.createdAt))),

  clientFeedback: section(clientFeedback, "employer-feedback", "Feedback from employers about your interviews, as your consultant recorded it.", {
    id: clientFeedback.id, interviewId: clientFeedback.interviewId, body: clientFeedback.body, createdAt: clientFeedback.createdAt,
  }, (db, owner, f) => db.select(f).from(clientFeedback).where(eq(clientFeedback.candidateId, owner.id)).orderBy(asc(clientFeedback.createdAt))),

  clientFeedbackRequests: section(clientFeedbackRequests, "employer-feedback-requests", "When your consultant asked an employer for feedback on your interview, and when they answered.", {
    id: clientFeedbackRequests.id, interviewId: clientFeedbackRequests.interviewId, createdAt: clientFeedbackRequests.createdAt,
    expiresAt: clientFeedbackRequests.expiresAt, lastAnsweredAt: clientFeedbackRequests.lastAnsweredAt, remindedAt: clientFeedbackRequests.remindedAt,
  }, (db, owner, f) => db.select(f).from(clientFeedbackRequests).where(eq(clientFeedbackRequests.candidateId, owner.id)).orderBy(asc(clientFeedbackRequests.createdAt))),

  clientAnswers: section(clientAnswers, "employer-answers", "What employers answered about your interviews, including notes meant for your consultant.", {
    id: clientAnswers.id, interviewId: clientAnswers.interviewId, status: clientAnswers.status, decideBy: clientAnswers.decideBy,
    feedbackForCandidate: clientAnswers.feedbackForCandidate, noteForConsultant: clientAnswers.noteForConsultant, createdAt: clientAnswers.createdAt,
  }, (db, owner, f) => db.select(f).from(clientAnswers).where(eq(clientAnswers.candidateId, owner.id)).orderBy(asc(clientAnswers.createdAt))),

  reminders: section(reminders, "reminders", "Reminder emails planned or sent to you.", {
    id: reminders.id, kind: reminders.kind, interviewId: reminders.interviewId, dueAt: reminders.dueAt, state: reminders.state,
    createdAt: reminders.createdAt,
  }, (db, owner, f) => db.select(f).from(reminders).where(eq(reminders.userId, owner.id)).orderBy(asc(reminders.dueAt))),

  emails: section(emailOutbox, "emails", "Emails we sent to you, or sent for you (such as thank-you notes), as plain text.", {
    id: emailOutbox.id, recipient: emailOutbox.recipient, template: emailOutbox.template, subject: emailOutbox.subject,
    text: emailOutbox.text, state: emailOutbox.state, providerEvent: emailOutbox.providerEvent, createdAt: emailOutbox.createdAt,
    sentAt: emailOutbox.sentAt,
  }, async (db, owner, f) => {
    const rows = await db.select(f).from(emailOutbox)
      .where(or(eq(emailOutbox.userId, owner.id), sameAddress(emailOutbox.recipient, owner.email)))
      .orderBy(asc(emailOutbox.createdAt));
    return rows.map((row) => ({ ...row, text: withoutTokenLinks(row.text) }));
  }),

  calendarLinks: section(calendarFeeds, "calendar-links", "Private calendar links you made, and when each was turned off.", {
    id: calendarFeeds.id, createdAt: calendarFeeds.createdAt, revokedAt: calendarFeeds.revokedAt,
  }, (db, owner, f) => db.select(f).from(calendarFeeds).where(eq(calendarFeeds.userId, owner.id)).orderBy(asc(calendarFeeds.createdAt))),

  accessLog: section(auditLog, "access-log", "Each time agency staff looked at or changed your records.", {
    at: auditLog.at, action: auditLog.action, entity: auditLog.entity, entityId: auditLog.entityId, byName: actor.name, byRole: actor.role,
  }, (db, owner, f) =>
    db.select(f).from(auditLog).leftJoin(actor, eq(actor.id, auditLog.actorId))
      // Lists that showed them too; the other candidates a list named stay out.
      .where(or(concernsCandidate(owner.id), eq(auditLog.actorId, owner.id)))
      .orderBy(asc(auditLog.at))),
};

export type ExportSectionKey = keyof typeof exportSections;
