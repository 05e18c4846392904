import "server-only";
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { outboxStates, reminderKinds, reminderStates, suppressionReasons } from "../../domain/values";
import { users } from "./auth";
import { interviews } from "./journey";
import { oneOf } from "./check";

// Every email is an outbox row before anything is sent. Workers claim rows with
// FOR UPDATE SKIP LOCKED under a lease (locked_until) that a crash lets expire.

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
    attachments: jsonb("attachments").$type<EmailAttachment[]>().notNull().default([]),
    /** Sent with the single-message endpoint: it has attachments, or the batch endpoint refused it. */
    deliverAlone: boolean("deliver_alone").notNull().default(false),
    state: text("state", { enum: outboxStates }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    transport: text("transport"),
    providerMessageId: text("provider_message_id"),
    /** Set at the first claim and kept: the batch request's Idempotency-Key, so a
     *  batch retried after a crash is the same batch (its rows, in id order). */
    batchId: text("batch_id"),
    lastError: text("last_error"),
    providerEvent: text("provider_event"),
    providerEventAt: timestamp("provider_event_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    /** When a message carrying a sign-in link had its body replaced (lib/email/link-redaction.ts). */
    bodyRedactedAt: timestamp("body_redacted_at", { withTimezone: true }),
  },
  (t) => [
    check("email_outbox_state_check", oneOf(t.state, outboxStates)),
    check("email_outbox_attempts_check", sql`${t.attempts} >= 0`),
    check("email_outbox_sent_check", sql`(${t.state} = 'sent') = (${t.sentAt} is not null)`),
    index("email_outbox_due_idx").on(t.state, t.nextAttemptAt),
    index("email_outbox_user_idx").on(t.userId),
    index("email_outbox_created_idx").on(t.createdAt),
    index("email_outbox_batch_idx").on(t.batchId),
    index("email_outbox_provider_message_idx").on(t.providerMessageId),
    // What link redaction scans each pass: only the link messages not yet redacted.
    // The retention pass's message bodies older than 90 days: only rows still holding one.
    index("email_outbox_body_kept_idx").on(t.createdAt).where(sql`${t.bodyRedactedAt} is null`),
    index("email_outbox_unredacted_links_idx")
      .on(t.createdAt)
      .where(sql`${t.bodyRedactedAt} is null and ${t.template} in ('sign-in-link', 'staff-invitation', 'client-feedback-request', 'client-feedback-reminder')`),
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
    /** Which step of the interview it reminds of ("follow_up_1", "interview_tomorrow:2026-12-10"); null for digests. */
    slot: text("slot"),
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
    // One pending digest per person and kind, however many workers schedule them.
    uniqueIndex("reminders_one_scheduled_digest_idx")
      .on(t.userId, t.kind)
      .where(sql`${t.state} = 'scheduled' and ${t.kind} in ('candidate_digest', 'consultant_digest')`),
    // One reminder per step, ever: a step already reminded of (or given up on) is never reminded of again.
    uniqueIndex("reminders_one_per_step_idx")
      .on(t.interviewId, t.slot)
      .where(sql`${t.slot} is not null and ${t.state} in ('scheduled', 'sent', 'failed')`),
  ],
);

export type EmailAttachment = { filename: string; contentType: string; contentBase64: string };

/** Hard-bounced or complaining addresses, kept only as SHA-256 of the lower-cased address. */
export const emailSuppressions = pgTable(
  "email_suppressions",
  {
    addressHash: text("address_hash").primaryKey(),
    reason: text("reason", { enum: suppressionReasons }).notNull(),
    providerEventId: text("provider_event_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("email_suppressions_reason_check", oneOf(t.reason, suppressionReasons))],
);

/** Webhook deliveries already processed, by their signed id: a replay is refused. */
export const webhookEvents = pgTable(
  "webhook_events",
  {
    id: text("id").primaryKey(),
    type: text("type").notNull(),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("webhook_events_received_idx").on(t.receivedAt)],
);

/** One slot per provider shared by all workers: each request moves it on by 1/limit seconds. */
export const deliveryThrottle = pgTable("delivery_throttle", {
  name: text("name").primaryKey(),
  nextSlotAt: timestamp("next_slot_at", { withTimezone: true }).notNull(),
});

/** Shared by every instance; callers hash what identifies a person before using it as a key. */
export const rateLimits = pgTable("rate_limits", {
  key: text("key").primaryKey(),
  windowStartedAt: timestamp("window_started_at", { withTimezone: true }).notNull(),
  count: integer("count").notNull(),
  /** When the current window closes: the retention pass deletes rows past it. */
  windowEndsAt: timestamp("window_ends_at", { withTimezone: true }).notNull().default(sql`now() + interval '1 day'`),
}, (t) => [index("rate_limits_window_ends_idx").on(t.windowEndsAt)]);
