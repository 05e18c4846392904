import "server-only";
import { randomUUID } from "node:crypto";
import type { ReactElement } from "react";
import { eq } from "drizzle-orm";
import { getDb, type Database } from "@/lib/db/client";
import { emailOutbox, type EmailAttachment } from "@/lib/db/schema/delivery";
import { renderEmail } from "./render";
import { claimAloneEmails, deliverClaimedEmail } from "./outbox-delivery";
import { getTransport } from "./transports/select";

export type NewEmail = {
  to: string;
  template: string;
  subject: string;
  element: ReactElement;
  /** The same key never produces a second message; defaults to a fresh one. */
  idempotencyKey?: string;
  userId?: string | null;
  replyTo?: string | null;
  headers?: Record<string, string>;
  /** Resend's batch endpoint takes no attachments, so a message with any is sent on its own. */
  attachments?: EmailAttachment[];
  /** Send with the single-message endpoint, at once, instead of waiting for the next batch. */
  deliverAlone?: boolean;
};

/** Long enough for one request with its timeout; the worker takes the row over if this process dies. */
const immediateSendLeaseMs = 60_000;

export type QueuedEmail = { id: string; created: boolean };

/**
 * Renders the message and stores it in the outbox. Nothing is sent until a
 * row exists, so a crash never loses an email the app promised. Pass a
 * transaction as `db` to make the row commit (or roll back) with the change
 * that called for the email.
 */
export async function enqueueEmail(email: NewEmail, now = new Date(), db: Database = getDb()): Promise<QueuedEmail> {
  const { html, text } = await renderEmail(email.element);
  const idempotencyKey = email.idempotencyKey ?? randomUUID();
  const [inserted] = await db
    .insert(emailOutbox)
    .values({
      idempotencyKey,
      userId: email.userId ?? null,
      recipient: email.to,
      template: email.template,
      subject: email.subject,
      html,
      text,
      replyTo: email.replyTo ?? null,
      headers: email.headers ?? {},
      attachments: email.attachments ?? [],
      deliverAlone: Boolean(email.deliverAlone) || (email.attachments?.length ?? 0) > 0,
      nextAttemptAt: now,
      createdAt: now,
    })
    .onConflictDoNothing({ target: emailOutbox.idempotencyKey })
    .returning({ id: emailOutbox.id });
  if (inserted) return { id: inserted.id, created: true };
  const [existing] = await db
    .select({ id: emailOutbox.id })
    .from(emailOutbox)
    .where(eq(emailOutbox.idempotencyKey, idempotencyKey));
  if (!existing) throw new Error("Outbox row vanished after an idempotency conflict");
  return { id: existing.id, created: false };
}

/**
 * Stores the message, then tries to deliver it at once, on its own (a
 * sign-in link should not wait for the next worker tick or batch). A failed
 * attempt stays in the outbox for the worker to retry.
 */
export async function sendEmail(email: NewEmail, now = new Date()): Promise<QueuedEmail> {
  const queued = await enqueueEmail({ ...email, deliverAlone: true }, now);
  const [claimed] = await claimAloneEmails(getDb(), { now, leaseMs: immediateSendLeaseMs, limit: 1, onlyId: queued.id });
  if (claimed) await deliverClaimedEmail(getDb(), claimed, getTransport(), now);
  return queued;
}
