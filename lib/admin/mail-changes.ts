import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { emailOutbox, emailSuppressions } from "@/lib/db/schema/delivery";
import { recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/dal";
import { assertAdmin } from "./access";
import { retrySuffix, retryVerdict } from "./mail-overview";

// An admin's two changes to the mail, each audited in its own transaction.

export type RetryResult =
  | { status: "queued"; id: string }
  | { status: "not-found" }
  | { status: "not-failed" }
  | { status: "already-retried" }
  | { status: "link-gone" };

/**
 * Queues a copy of a failed message, due now. A copy, not the row again:
 * Resend answers a repeated idempotency key with its first answer (the
 * failure), and a batch's key is its first row's id; the failed row keeps
 * its key, so whatever queued it still finds it and queues nothing twice.
 */
export async function retryFailedEmail(caller: CurrentUser, emailId: string, now = new Date()): Promise<RetryResult> {
  assertAdmin(caller);
  return getDb().transaction(async (tx) => {
    const [row] = await tx.select().from(emailOutbox).where(eq(emailOutbox.id, emailId)).for("update");
    if (!row) return { status: "not-found" };
    if (row.state !== "failed") return { status: "not-failed" };
    if (retryVerdict(row, now) === "link-gone") return { status: "link-gone" };
    const [copy] = await tx
      .insert(emailOutbox)
      .values({
        idempotencyKey: row.idempotencyKey + retrySuffix,
        userId: row.userId,
        recipient: row.recipient,
        template: row.template,
        subject: row.subject,
        html: row.html,
        text: row.text,
        headers: row.headers,
        replyTo: row.replyTo,
        attachments: row.attachments,
        deliverAlone: row.deliverAlone,
        nextAttemptAt: now,
        // Kept: a link's lifetime, and when its body is blanked, run from when it was first made.
        createdAt: row.createdAt,
      })
      .onConflictDoNothing({ target: emailOutbox.idempotencyKey })
      .returning({ id: emailOutbox.id });
    if (!copy) return { status: "already-retried" };
    await recordAudit(tx, caller, { candidateId: null, action: "create", entity: "email_retry", entityId: copy.id, details: { retryOf: row.id } }, now);
    return { status: "queued", id: copy.id };
  });
}

export type LiftResult = { status: "lifted" } | { status: "not-found" };

/** Mail to the address goes again from now on; messages already marked suppressed stay as they are. */
export async function liftSuppression(caller: CurrentUser, addressHash: string, now = new Date()): Promise<LiftResult> {
  assertAdmin(caller);
  return getDb().transaction(async (tx) => {
    const lifted = await tx
      .delete(emailSuppressions)
      .where(eq(emailSuppressions.addressHash, addressHash))
      .returning({ reason: emailSuppressions.reason });
    if (lifted.length === 0) return { status: "not-found" };
    await recordAudit(
      tx,
      caller,
      { candidateId: null, action: "delete", entity: "email_suppression", entityId: addressHash, details: { reason: lifted[0]!.reason } },
      now,
    );
    return { status: "lifted" };
  });
}
