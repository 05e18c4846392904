import "server-only";
import { and, asc, eq, inArray, isNull, lt, lte, ne, or, sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { emailOutbox } from "@/lib/db/schema/delivery";
import { suppressedAddresses } from "./suppression";

// Claims use FOR UPDATE SKIP LOCKED and a lease (locked_until) that a crash lets expire.
// A batch is fixed at its first claim: its id is its first row's id (the leader), and a
// retry locks only the leader, so two workers never split or deadlock over a batch.

export type ClaimedEmail = typeof emailOutbox.$inferSelect;
export type ClaimedBatch = { batchId: string; rows: ClaimedEmail[] };
export type ClaimOptions = { now: Date; leaseMs: number };

/** Sign-in links go even to a suppressed address: the person asked for this one, on the page. */
const neverSuppressedTemplates = ["sign-in-link"];

function isDue(now: Date) {
  return or(
    and(eq(emailOutbox.state, "pending"), lte(emailOutbox.nextAttemptAt, now)),
    and(eq(emailOutbox.state, "sending"), lt(emailOutbox.lockedUntil, now)),
  );
}

function claimedBy({ now, leaseMs }: ClaimOptions) {
  return {
    state: "sending" as const,
    lockedUntil: new Date(now.getTime() + leaseMs),
    attempts: sql`${emailOutbox.attempts} + 1`,
  };
}

/** Due rows that go one by one; `onlyId` claims one row the caller has just stored. */
export async function claimAloneEmails(
  db: Database,
  options: ClaimOptions & { limit: number; onlyId?: string },
): Promise<ClaimedEmail[]> {
  const claimable = db
    .select({ id: emailOutbox.id })
    .from(emailOutbox)
    .where(and(isDue(options.now), eq(emailOutbox.deliverAlone, true), options.onlyId ? eq(emailOutbox.id, options.onlyId) : undefined))
    .orderBy(asc(emailOutbox.nextAttemptAt))
    .limit(options.limit)
    .for("update", { skipLocked: true });
  return db.update(emailOutbox).set(claimedBy(options)).where(inArray(emailOutbox.id, claimable)).returning();
}

/** The whole batch, in its original order. */
export async function claimBatchRetry(db: Database, options: ClaimOptions): Promise<ClaimedBatch | null> {
  return db.transaction(async (tx) => {
    const [leader] = await tx
      .select({ id: emailOutbox.id })
      .from(emailOutbox)
      .where(and(isDue(options.now), eq(emailOutbox.batchId, sql`${emailOutbox.id}::text`), eq(emailOutbox.deliverAlone, false)))
      .orderBy(asc(emailOutbox.nextAttemptAt))
      .limit(1)
      .for("update", { skipLocked: true });
    if (!leader) return null;
    const rows = await tx
      .update(emailOutbox)
      .set(claimedBy(options))
      .where(and(eq(emailOutbox.batchId, leader.id), inArray(emailOutbox.state, ["pending", "sending"])))
      .returning();
    return { batchId: leader.id, rows: rows.sort(byId) };
  });
}

/** Whether a new batch could be made now: cheap, so an idle worker can ask before taking a request slot. */
export async function hasFreshDueEmail(db: Database, now: Date): Promise<boolean> {
  const [row] = await db
    .select({ id: emailOutbox.id })
    .from(emailOutbox)
    .where(and(isDue(now), isNull(emailOutbox.batchId), eq(emailOutbox.deliverAlone, false)))
    .limit(1);
  return row !== undefined;
}

/** Suppression is checked once, here, so a batch's content never changes between attempts. */
export async function claimFreshBatch(
  db: Database,
  options: ClaimOptions & { maxSize: number },
): Promise<{ batch: ClaimedBatch | null; suppressed: number }> {
  return db.transaction(async (tx) => {
    const candidates = await tx
      .select({ id: emailOutbox.id, recipient: emailOutbox.recipient, template: emailOutbox.template })
      .from(emailOutbox)
      .where(and(isDue(options.now), isNull(emailOutbox.batchId), eq(emailOutbox.deliverAlone, false)))
      .orderBy(asc(emailOutbox.nextAttemptAt))
      .limit(options.maxSize)
      .for("update", { skipLocked: true });
    if (candidates.length === 0) return { batch: null, suppressed: 0 };

    const blocked = await suppressedAddresses(tx, candidates.map((row) => row.recipient));
    const isBlocked = (row: (typeof candidates)[number]) => blocked.has(row.recipient) && !neverSuppressedTemplates.includes(row.template);
    const suppressedIds = candidates.filter(isBlocked).map((row) => row.id);
    if (suppressedIds.length > 0) await markSuppressed(tx, suppressedIds, options.now);

    const memberIds = candidates.filter((row) => !isBlocked(row)).map((row) => row.id).sort();
    const batchId = memberIds[0];
    if (!batchId) return { batch: null, suppressed: suppressedIds.length };
    const rows = await tx
      .update(emailOutbox)
      .set({ ...claimedBy(options), batchId })
      .where(inArray(emailOutbox.id, memberIds))
      .returning();
    return { batch: { batchId, rows: rows.sort(byId) }, suppressed: suppressedIds.length };
  });
}

/** For rows sent alone, checked before every attempt (they carry no batch to keep stable). */
export async function isSuppressedFor(db: Database, row: Pick<ClaimedEmail, "recipient" | "template">): Promise<boolean> {
  if (neverSuppressedTemplates.includes(row.template)) return false;
  return (await suppressedAddresses(db, [row.recipient])).has(row.recipient);
}

export async function markSuppressed(db: Database, ids: string[], now: Date): Promise<void> {
  await db
    .update(emailOutbox)
    .set({ state: "suppressed", lockedUntil: null, lastError: "not sent: the address bounced or complained", nextAttemptAt: now })
    .where(and(inArray(emailOutbox.id, ids), ne(emailOutbox.state, "sent")));
}

/** uuids compare the same way in Postgres and as lower-case strings here; a batch is always sent in this order. */
function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
