import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { emailOutbox, type EmailAttachment } from "@/lib/db/schema/delivery";
import { emailFrom } from "@/lib/env";
import { scrubTokens } from "@/lib/log/scrub-tokens";
import { redactLinkMessages, redactionOnDelivery } from "./link-redaction";
import { claimAloneEmails, claimBatchRetry, claimFreshBatch, hasFreshDueEmail, isSuppressedFor, markSuppressed, type ClaimedBatch, type ClaimedEmail } from "./outbox-claims";
import { oneLineSubject } from "./subject";
import { maxBatchSize, type EmailTransport, type OutgoingEmail, type RequestFailure } from "./transports/transport";

export { claimAloneEmails, type ClaimedEmail } from "./outbox-claims";

export const maxDeliveryAttempts = 8;

export type DeliveryOptions = {
  /** How long a claim holds its rows; a crashed worker's rows come back after this. */
  leaseMs?: number;
  /** First retry delay; it doubles with each attempt, up to an hour. */
  backoffBaseMs?: number;
  /** Messages per batch request (Resend takes up to 100). */
  maxBatch?: number;
  aloneLimit?: number;
};

export type DeliveryTally = {
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
  suppressed: number;
  requests: number;
  /** Sign-in and invitation messages whose bodies were replaced (lib/email/link-redaction.ts). */
  redacted: number;
};

const defaults = { leaseMs: 2 * 60_000, backoffBaseMs: 30_000, maxBatch: maxBatchSize, aloneLimit: 10 } satisfies Required<DeliveryOptions>;

export function emptyTally(): DeliveryTally {
  return { claimed: 0, sent: 0, retried: 0, failed: 0, suppressed: 0, requests: 0, redacted: 0 };
}

function add(total: DeliveryTally, part: Partial<DeliveryTally>): void {
  for (const [key, value] of Object.entries(part) as [keyof DeliveryTally, number][]) total[key] += value;
}

/** Retries first, then rows that go alone, then one new batch. Under a rate limit the new batch
 *  is claimed once its request slot comes up, so a claimed batch never waits on other workers. */
export async function deliverDueEmails(
  db: Database,
  transport: EmailTransport,
  now: Date,
  options: DeliveryOptions = {},
): Promise<DeliveryTally> {
  const settings = { ...defaults, ...options };
  const claim = { now, leaseMs: settings.leaseMs };
  const tally = emptyTally();

  const retry = await claimBatchRetry(db, claim);
  if (retry) add(tally, await deliverBatch(db, retry, transport, now, settings));

  for (const row of await claimAloneEmails(db, { ...claim, limit: settings.aloneLimit })) {
    add(tally, await deliverClaimedEmail(db, row, transport, now, settings));
  }

  let claimAt = now;
  let slotReserved = false;
  if (transport.waitForSlot && (await hasFreshDueEmail(db, now))) {
    claimAt = new Date(now.getTime() + (await transport.waitForSlot()));
    slotReserved = true;
  }
  const fresh = await claimFreshBatch(db, { now: claimAt, leaseMs: settings.leaseMs, maxSize: settings.maxBatch });
  add(tally, { suppressed: fresh.suppressed, claimed: fresh.suppressed });
  if (fresh.batch) add(tally, await deliverBatch(db, fresh.batch, transport, claimAt, { ...settings, slotReserved }));
  add(tally, { redacted: await redactLinkMessages(db, now) });
  return tally;
}

function outgoing(row: ClaimedEmail): OutgoingEmail {
  return {
    from: emailFrom(),
    to: row.recipient,
    // Rows queued before subjects were made one line on the way in.
    subject: oneLineSubject(row.subject),
    html: row.html,
    text: row.text,
    replyTo: row.replyTo,
    // The row id also stops mail clients threading look-alike reminders together.
    headers: { ...row.headers, "X-Entity-Ref-ID": row.id },
    attachments: row.attachments as EmailAttachment[],
    idempotencyKey: row.idempotencyKey,
  };
}

export async function deliverBatch(
  db: Database,
  batch: ClaimedBatch,
  transport: EmailTransport,
  now: Date,
  options: DeliveryOptions & { slotReserved?: boolean } = {},
): Promise<Partial<DeliveryTally>> {
  const { slotReserved, ...rest } = options;
  const settings = { ...defaults, ...rest };
  if (batch.rows.length === 0) return {};
  const result = await transport.sendBatch(batch.rows.map(outgoing), `batch:${batch.batchId}`, { slotReserved });
  const claimed = batch.rows.length;
  if (!result.ok) {
    const attempts = Math.max(...batch.rows.map((row) => row.attempts));
    const retry = await recordFailure(db, batch.rows.map((row) => row.id), attempts, result, transport, now, settings);
    return retry ? { claimed, retried: claimed, requests: 1 } : { claimed, failed: claimed, requests: 1 };
  }
  const outcomes = batch.rows.map((row, index) => {
    const outcome = result.results[index] ?? { ok: false as const, reason: "missing from the batch answer" };
    return outcome.ok
      ? { id: row.id, ok: true, provider_message_id: outcome.providerMessageId, error: null }
      : { id: row.id, ok: false, provider_message_id: null, error: scrubTokens(outcome.reason).slice(0, 500) };
  });
  // One statement for the whole batch: a hundred single-row updates would cost more than the request.
  await db.execute(sql`
    update email_outbox as o
    set state = case when v.ok then 'sent' else 'failed' end,
        sent_at = case when v.ok then ${now.toISOString()}::timestamptz end,
        provider_message_id = v.provider_message_id,
        last_error = v.error,
        locked_until = null,
        transport = ${transport.name}
    from jsonb_to_recordset(${JSON.stringify(outcomes)}::jsonb)
      as v(id uuid, ok boolean, provider_message_id text, error text)
    where o.id = v.id and o.state = 'sending'`);
  const sent = outcomes.filter((outcome) => outcome.ok).length;
  return { claimed, sent, failed: claimed - sent, requests: 1 };
}

export async function deliverClaimedEmail(
  db: Database,
  row: ClaimedEmail,
  transport: EmailTransport,
  now: Date,
  options: DeliveryOptions = {},
): Promise<Partial<DeliveryTally>> {
  const settings = { ...defaults, ...options };
  if (await isSuppressedFor(db, row)) {
    await markSuppressed(db, [row.id], now);
    return { claimed: 1, suppressed: 1 };
  }
  const result = await transport.send(outgoing(row));
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
        ...redactionOnDelivery(row.template, transport.name, now),
      })
      .where(and(eq(emailOutbox.id, row.id), eq(emailOutbox.state, "sending")));
    return { claimed: 1, sent: 1, requests: 1 };
  }
  const retry = await recordFailure(db, [row.id], row.attempts, result, transport, now, settings);
  return retry ? { claimed: 1, retried: 1, requests: 1 } : { claimed: 1, failed: 1, requests: 1 };
}

async function recordFailure(
  db: Database,
  ids: string[],
  attempts: number,
  failure: RequestFailure,
  transport: EmailTransport,
  now: Date,
  settings: Required<DeliveryOptions>,
): Promise<boolean> {
  const retry = failure.retryable && attempts < maxDeliveryAttempts;
  await db
    .update(emailOutbox)
    .set({
      state: retry ? "pending" : "failed",
      lockedUntil: null,
      lastError: scrubTokens(failure.reason).slice(0, 500),
      transport: transport.name,
      nextAttemptAt: retry ? new Date(now.getTime() + retryDelayFor(attempts, failure, settings.backoffBaseMs)) : now,
    })
    .where(and(inArray(emailOutbox.id, ids), eq(emailOutbox.state, "sending")));
  return retry;
}

/** A 429 waits only as long as the provider asked: the shared throttle already slowed every worker. */
export function retryDelayFor(attempts: number, failure: RequestFailure, baseMs = defaults.backoffBaseMs): number {
  if (failure.rateLimited) return failure.retryAfterMs ?? 1000;
  return retryDelayMs(attempts, failure.retryAfterMs, baseMs);
}

export function retryDelayMs(attempts: number, retryAfterMs?: number, baseMs = defaults.backoffBaseMs): number {
  const backoff = Math.min(baseMs * 2 ** Math.max(0, attempts - 1), 60 * 60_000);
  return Math.max(backoff, retryAfterMs ?? 0);
}
