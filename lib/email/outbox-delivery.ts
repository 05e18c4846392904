import "server-only";
import { and, asc, eq, inArray, lt, lte, or, sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { emailOutbox } from "@/lib/db/schema/delivery";
import { emailFrom } from "@/lib/config/brand";
import type { EmailTransport } from "./transports/transport";

export const maxDeliveryAttempts = 8;
const leaseMs = 2 * 60_000;

export type ClaimedEmail = typeof emailOutbox.$inferSelect;

/**
 * Claims due rows for this worker: pending ones, and ones whose previous
 * claimant's lease ran out (it crashed mid-send). SKIP LOCKED lets any number
 * of workers claim side by side without ever taking the same row.
 */
export async function claimDueEmails(
  db: Database,
  options: { now: Date; limit: number; onlyId?: string },
): Promise<ClaimedEmail[]> {
  const { now, limit, onlyId } = options;
  const due = and(
    or(
      eq(emailOutbox.state, "pending"),
      and(eq(emailOutbox.state, "sending"), lt(emailOutbox.lockedUntil, now)),
    ),
    lte(emailOutbox.nextAttemptAt, now),
    onlyId ? eq(emailOutbox.id, onlyId) : undefined,
  );
  const claimable = db
    .select({ id: emailOutbox.id })
    .from(emailOutbox)
    .where(due)
    .orderBy(asc(emailOutbox.nextAttemptAt))
    .limit(limit)
    .for("update", { skipLocked: true });
  return db
    .update(emailOutbox)
    .set({
      state: "sending",
      lockedUntil: new Date(now.getTime() + leaseMs),
      attempts: sql`${emailOutbox.attempts} + 1`,
    })
    .where(inArray(emailOutbox.id, claimable))
    .returning();
}

/** Hands one claimed row to the transport and records the outcome on the row. */
export async function deliverClaimedEmail(
  db: Database,
  row: ClaimedEmail,
  transport: EmailTransport,
  now: Date,
): Promise<"sent" | "retry" | "failed"> {
  const result = await transport.send({
    from: emailFrom(),
    to: row.recipient,
    subject: row.subject,
    html: row.html,
    text: row.text,
    replyTo: row.replyTo,
    headers: row.headers,
    idempotencyKey: row.idempotencyKey,
  });
  const stillOurs = and(eq(emailOutbox.id, row.id), eq(emailOutbox.state, "sending"));
  if (result.ok) {
    await db
      .update(emailOutbox)
      .set({
        state: "sent",
        sentAt: now,
        lockedUntil: null,
        lastError: null,
        transport: transport.name,
        providerMessageId: result.providerMessageId,
      })
      .where(stillOurs);
    return "sent";
  }
  const retry = result.retryable && row.attempts < maxDeliveryAttempts;
  await db
    .update(emailOutbox)
    .set({
      state: retry ? "pending" : "failed",
      lockedUntil: null,
      lastError: result.reason.slice(0, 500),
      transport: transport.name,
      nextAttemptAt: retry ? new Date(now.getTime() + retryDelayMs(row.attempts, result.retryAfterMs)) : now,
    })
    .where(stillOurs);
  return retry ? "retry" : "failed";
}

/** Exponential backoff from 30 s, capped at an hour, never sooner than the provider asked. */
export function retryDelayMs(attempts: number, retryAfterMs?: number): number {
  const backoff = Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 60 * 60_000);
  return Math.max(backoff, retryAfterMs ?? 0);
}

/** One pass of the worker: claim a batch of due rows and deliver each. */
export async function deliverDueEmails(
  db: Database,
  transport: EmailTransport,
  now: Date,
  limit = 50,
): Promise<{ sent: number; retried: number; failed: number }> {
  const claimed = await claimDueEmails(db, { now, limit });
  const tally = { sent: 0, retried: 0, failed: 0 };
  for (const row of claimed) {
    const outcome = await deliverClaimedEmail(db, row, transport, now);
    if (outcome === "sent") tally.sent += 1;
    else if (outcome === "retry") tally.retried += 1;
    else tally.failed += 1;
  }
  return tally;
}

