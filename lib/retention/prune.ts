import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { rowsOf } from "@/lib/db/rows-of";
import { retentionPolicy } from "@/lib/config/retention";

// What nobody needs after a while, removed in batches: each statement touches at most one batch of
// rows and commits on its own, so a busy table is never locked for long. Every rule is idempotent.

export const prunedBodyText = "This message's text was removed 90 days after it was sent. The record that it was sent stays.";

type PruneRule = (now: Date, batchSize: number) => SQL;

const ago = (now: Date, ms: number) => new Date(now.getTime() - ms).toISOString();

export const pruneRules = {
  auditLog: (now, n) => sql`
    delete from audit_log where id in (
      select id from audit_log where at < ${ago(now, retentionPolicy.auditLogMs)}::timestamptz order by id limit ${n})
    returning 1`,
  rateLimits: (now, n) => sql`
    delete from rate_limits where key in (
      select key from rate_limits where window_ends_at <= ${now.toISOString()}::timestamptz limit ${n})
    returning 1`,
  webhookEvents: (now, n) => sql`
    delete from webhook_events where id in (
      select id from webhook_events where received_at < ${ago(now, retentionPolicy.webhookEventMs)}::timestamptz limit ${n})
    returning 1`,
  // The row (recipient, subject, state, when) stays as the record that it was sent; the text goes.
  messageBodies: (now, n) => sql`
    update email_outbox set html = ${`<p>${prunedBodyText}</p>`}, text = ${prunedBodyText},
      attachments = '[]'::jsonb, body_redacted_at = ${now.toISOString()}::timestamptz
    where id in (
      select id from email_outbox
      where body_redacted_at is null and state in ('sent', 'failed', 'suppressed')
        and created_at < ${ago(now, retentionPolicy.sentMessageBodyMs)}::timestamptz
      limit ${n})
    returning 1`,
  signInTokens: (now, n) => sql`
    delete from verification_tokens where ctid in (
      select ctid from verification_tokens where expires < ${now.toISOString()}::timestamptz limit ${n})
    returning 1`,
  sessions: (now, n) => sql`
    delete from sessions where session_token in (
      select session_token from sessions where expires < ${now.toISOString()}::timestamptz limit ${n})
    returning 1`,
} satisfies Record<string, PruneRule>;

export type PruneCounts = Record<keyof typeof pruneRules, number>;

/** Runs one rule batch after batch until a batch comes back short; returns the rows it changed. */
export async function pruneInBatches(db: Database, rule: PruneRule, now: Date, batchSize: number): Promise<number> {
  let total = 0;
  for (;;) {
    const changed = rowsOf(await db.execute(rule(now, batchSize))).length;
    total += changed;
    if (changed < batchSize) return total;
  }
}

export async function pruneAll(db: Database, now: Date, batchSize: number): Promise<PruneCounts> {
  const counts = {} as PruneCounts;
  for (const [name, rule] of Object.entries(pruneRules) as [keyof typeof pruneRules, PruneRule][]) {
    counts[name] = await pruneInBatches(db, rule, now, batchSize);
  }
  return counts;
}
