import "server-only";
import { sql } from "drizzle-orm";
import { check, date, foreignKey, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { clientAnswerStatuses } from "../../domain/values";
import { users } from "./auth";
import { oneOf } from "./check";
import { clientFeedback, interviews } from "./journey";

// A consultant asks a client (hiring manager) about one interview through a signed link;
// the client answers without an account. Rows belong to the candidate, like the interview.

export const clientFeedbackRequests = pgTable(
  "client_feedback_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    interviewId: uuid("interview_id").notNull(),
    candidateId: uuid("candidate_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    requestedBy: uuid("requested_by").references(() => users.id, { onDelete: "set null" }),
    contactName: text("contact_name").notNull(),
    contactEmail: text("contact_email").notNull(),
    /** SHA-256 of the link's token: the link itself is never stored. */
    tokenHash: text("token_hash").notNull().unique(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    /** A newer request for the same interview replaced this one; its link stops working. */
    replacedAt: timestamp("replaced_at", { withTimezone: true }),
    lastAnsweredAt: timestamp("last_answered_at", { withTimezone: true }),
    /** The one reminder a silent client gets. */
    remindedAt: timestamp("reminded_at", { withTimezone: true }),
  },
  (t) => [
    foreignKey({ name: "client_feedback_requests_interview_fk", columns: [t.interviewId, t.candidateId], foreignColumns: [interviews.id, interviews.candidateId] }).onDelete(
      "cascade",
    ),
    check("client_feedback_requests_email_lowercase_check", sql`${t.contactEmail} = lower(${t.contactEmail})`),
    index("client_feedback_requests_interview_idx").on(t.interviewId, t.createdAt),
    index("client_feedback_requests_open_idx").on(t.createdAt).where(sql`${t.replacedAt} is null and ${t.lastAnsweredAt} is null and ${t.remindedAt} is null`),
  ],
);

/** Every answer is kept; the newest is the client's current word. */
export const clientAnswers = pgTable(
  "client_answers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: uuid("request_id")
      .notNull()
      .references(() => clientFeedbackRequests.id, { onDelete: "cascade" }),
    interviewId: uuid("interview_id").notNull(),
    candidateId: uuid("candidate_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    status: text("status", { enum: clientAnswerStatuses }).notNull(),
    decideBy: date("decide_by"),
    feedbackForCandidate: text("feedback_for_candidate"),
    noteForConsultant: text("note_for_consultant"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** The consultant read it (and released the feedback, or chose not to). */
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    releasedFeedbackId: uuid("released_feedback_id").references(() => clientFeedback.id, { onDelete: "set null" }),
  },
  (t) => [
    foreignKey({ name: "client_answers_interview_fk", columns: [t.interviewId, t.candidateId], foreignColumns: [interviews.id, interviews.candidateId] }).onDelete("cascade"),
    check("client_answers_status_check", oneOf(t.status, clientAnswerStatuses)),
    index("client_answers_interview_idx").on(t.interviewId, t.createdAt),
    index("client_answers_unreviewed_idx").on(t.candidateId).where(sql`${t.reviewedAt} is null`),
  ],
);

/** Addresses that asked for no more requests; hashed, so the list outlives any candidate's erasure. */
export const clientRequestOptOuts = pgTable("client_request_opt_outs", {
  addressHash: text("address_hash").primaryKey(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
