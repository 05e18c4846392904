import "server-only";
import { randomUUID } from "node:crypto";
import type { ReactElement } from "react";
import { eq } from "drizzle-orm";
import { getDb, type Database } from "@/lib/db/client";
import { emailOutbox } from "@/lib/db/schema/delivery";
import { renderEmail } from "./render";
import { claimDueEmails, deliverClaimedEmail } from "./outbox-delivery";
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
};

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
 * Stores the message, then tries to deliver it at once (sign-in links should
 * not wait for the next worker tick). A failed attempt stays in the outbox
 * for the worker to retry.
 */
export async function sendEmail(email: NewEmail, now = new Date()): Promise<QueuedEmail> {
  const queued = await enqueueEmail(email, now);
  const [claimed] = await claimDueEmails(getDb(), { now, limit: 1, onlyId: queued.id });
  if (claimed) await deliverClaimedEmail(getDb(), claimed, getTransport(), now);
  return queued;
}
