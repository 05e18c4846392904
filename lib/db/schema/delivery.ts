import "server-only";
import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { outboxStates, reminderKinds, reminderStates } from "../../domain/values";
import { users } from "./auth";
import { interviews } from "./journey";
import { oneOf } from "./check";

// Durable delivery: every email is an outbox row before anything is sent,
// and reminders are rows a worker claims. Workers claim with
// FOR UPDATE SKIP LOCKED and hold a lease (locked_until), so a crashed
// worker's rows are picked up again once the lease runs out.

export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Sent to Resend as Idempotency-Key: the same row is never delivered twice. */
    idempotencyKey: text("idempotency_key").notNull().unique(),
    /** Null for mail to an address with no account yet (a first sign-in link). */
    userId: uuid("user_id").references(() => users.id, { onDelete: "cascade" }),
    recipient: text("recipient").notNull(),
    template: text("template").notNull(),
    subject: text("subject").notNull(),
    html: text("html").notNull(),
    text: text("text").notNull(),
    headers: jsonb("headers").$type<Record<string, string>>().notNull().default({}),
    replyTo: text("reply_to"),
    state: text("state", { enum: outboxStates }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    transport: text("transport"),
    providerMessageId: text("provider_message_id"),
    batchId: text("batch_id"),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [
    check("email_outbox_state_check", oneOf(t.state, outboxStates)),
    check("email_outbox_attempts_check", sql`${t.attempts} >= 0`),
    check("email_outbox_sent_check", sql`(${t.state} = 'sent') = (${t.sentAt} is not null)`),
    index("email_outbox_due_idx").on(t.state, t.nextAttemptAt),
    index("email_outbox_user_idx").on(t.userId),
    index("email_outbox_created_idx").on(t.createdAt),
  ],
);

export const reminders = pgTable(
  "reminders",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: text("kind", { enum: reminderKinds }).notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    interviewId: uuid("interview_id").references(() => interviews.id, { onDelete: "cascade" }),
    dueAt: timestamp("due_at", { withTimezone: true }).notNull(),
    state: text("state", { enum: reminderStates }).notNull().default("scheduled"),
    attempts: integer("attempts").notNull().default(0),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    outboxId: uuid("outbox_id").references(() => emailOutbox.id, { onDelete: "set null" }),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("reminders_kind_check", oneOf(t.kind, reminderKinds)),
    check("reminders_state_check", oneOf(t.state, reminderStates)),
    index("reminders_due_idx").on(t.state, t.dueAt),
    index("reminders_user_idx").on(t.userId),
    index("reminders_interview_idx").on(t.interviewId),
  ],
);

/**
 * Fixed-window counters shared by every instance. Keys never hold an address
 * in clear: callers hash what identifies a person.
 */
export const rateLimits = pgTable("rate_limits", {
  key: text("key").primaryKey(),
  windowStartedAt: timestamp("window_started_at", { withTimezone: true }).notNull(),
  count: integer("count").notNull(),
});
