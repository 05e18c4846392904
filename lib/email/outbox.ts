import "server-only";
import { randomUUID } from "node:crypto";
import type { ReactElement } from "react";
import { eq } from "drizzle-orm";
import { getDb, type Database } from "@/lib/db/client";
import { emailOutbox, type EmailAttachment } from "@/lib/db/schema/delivery";
import { renderEmail } from "./render";
import { oneLineSubject } from "./subject";
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
  attachments?: EmailAttachment[];
  /** Sent at once on its own instead of waiting for the next batch. */
  deliverAlone?: boolean;
};

/** Long enough for one request with its timeout; the worker takes the row over if this process dies. */
const immediateSendLeaseMs = 60_000;

export type QueuedEmail = { id: string; created: boolean };

/** Nothing is sent until a row exists, so a crash never loses a promised email. Pass a
 *  transaction as `db` so the row commits or rolls back with the change that called for it. */
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
      subject: oneLineSubject(email.subject),
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

/** A sign-in link should not wait for the worker; a failed attempt stays for the worker to retry. */
export async function sendEmail(email: NewEmail, now = new Date()): Promise<QueuedEmail> {
  const queued = await enqueueEmail({ ...email, deliverAlone: true }, now);
  const [claimed] = await claimAloneEmails(getDb(), { now, leaseMs: immediateSendLeaseMs, limit: 1, onlyId: queued.id });
  if (claimed) await deliverClaimedEmail(getDb(), claimed, getTransport(), now);
  return queued;
}
