import "server-only";
import { count, desc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/lib/db/client";
import { emailOutbox, emailSuppressions } from "@/lib/db/schema/delivery";
import type { CurrentUser } from "@/lib/auth/dal";
import { outboxStates, type OutboxState, type SuppressionReason } from "@/lib/domain/values";
import { isLinkTemplate, linkLifetimeMs } from "@/lib/email/link-redaction";
import { oldestDueSince } from "@/lib/ops/readiness";
import { scrubTokens } from "@/lib/log/scrub-tokens";
import { assertAdmin } from "./access";

// The operator's view of the mail: how much is in each state, how long the
// oldest due message has waited, what failed and why, and who is suppressed.
// Never a body or a link: a failure shows its reason with tokens scrubbed.

export type FailedEmail = {
  id: string;
  template: string;
  /** Enough to recognise it (j…@example.com), not the address. */
  recipientHint: string;
  attempts: number;
  failedAt: Date;
  reason: string;
  retry: RetryVerdict;
};

/** Why a failed message can or cannot go again. */
export type RetryVerdict = "can-retry" | "already-retried" | "link-gone" | "text-gone";

export type SuppressionEntry = { addressHash: string; reason: SuppressionReason; since: Date };

export type MailOverview = {
  counts: Record<OutboxState, number>;
  oldestDueSince: Date | null;
  failures: FailedEmail[];
  suppressions: SuppressionEntry[];
  suppressionCount: number;
};

/** Rows a retry creates: the failed one's key with this after it (lib/admin/mail-changes.ts). */
export const retrySuffix = "#retry";

export async function getMailOverview(caller: CurrentUser, now: Date, { failureLimit = 25, suppressionLimit = 50 } = {}): Promise<MailOverview> {
  assertAdmin(caller);
  const db = getDb();
  const retried = alias(emailOutbox, "retried");
  const [stateRows, since, failures, suppressions, [suppressionTotal]] = await Promise.all([
    db.select({ state: emailOutbox.state, n: count() }).from(emailOutbox).groupBy(emailOutbox.state),
    oldestDueSince(db, now),
    db
      .select({
        id: emailOutbox.id,
        template: emailOutbox.template,
        recipient: emailOutbox.recipient,
        attempts: emailOutbox.attempts,
        // A failure sets next_attempt_at to when it gave up (lib/email/outbox-delivery.ts).
        failedAt: emailOutbox.nextAttemptAt,
        createdAt: emailOutbox.createdAt,
        lastError: emailOutbox.lastError,
        bodyRedactedAt: emailOutbox.bodyRedactedAt,
        retriedId: retried.id,
      })
      .from(emailOutbox)
      .leftJoin(retried, eq(retried.idempotencyKey, sql`${emailOutbox.idempotencyKey} || ${retrySuffix}`))
      .where(eq(emailOutbox.state, "failed"))
      .orderBy(desc(emailOutbox.nextAttemptAt), desc(emailOutbox.id))
      .limit(failureLimit),
    db
      .select({ addressHash: emailSuppressions.addressHash, reason: emailSuppressions.reason, since: emailSuppressions.createdAt })
      .from(emailSuppressions)
      .orderBy(desc(emailSuppressions.createdAt), emailSuppressions.addressHash)
      .limit(suppressionLimit),
    db.select({ n: count() }).from(emailSuppressions),
  ]);
  const counts = Object.fromEntries(outboxStates.map((state) => [state, 0])) as Record<OutboxState, number>;
  for (const row of stateRows) counts[row.state] = Number(row.n);
  return {
    counts,
    oldestDueSince: since,
    failures: failures.map((row) => ({
      id: row.id,
      template: row.template,
      recipientHint: recipientHint(row.recipient),
      attempts: row.attempts,
      failedAt: row.failedAt,
      reason: scrubTokens(row.lastError ?? "no reason recorded"),
      retry: row.retriedId ? "already-retried" : retryVerdict(row, now),
    })),
    suppressions,
    suppressionCount: Number(suppressionTotal?.n ?? 0),
  };
}

/** A link message whose body was blanked, or whose link has run out, has nothing worth sending; nor
 *  has any other message whose text the retention pass removed (lib/retention/prune.ts). */
export function retryVerdict(row: { template: string; createdAt: Date; bodyRedactedAt: Date | null }, now: Date): "can-retry" | "link-gone" | "text-gone" {
  if (!isLinkTemplate(row.template)) return row.bodyRedactedAt ? "text-gone" : "can-retry";
  const lifetime = linkLifetimeMs[row.template as keyof typeof linkLifetimeMs];
  if (row.bodyRedactedAt || row.createdAt.getTime() + lifetime <= now.getTime()) return "link-gone";
  return "can-retry";
}

/** The first letter and the domain: "j…@example.com". */
export function recipientHint(address: string): string {
  const at = address.lastIndexOf("@");
  if (at < 1) return "…";
  return `${address[0]}…${address.slice(at)}`;
}
