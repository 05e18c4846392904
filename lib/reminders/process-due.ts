import "server-only";
import { and, asc, eq, inArray, isNull, lt, lte, or, sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { reminders } from "@/lib/db/schema/delivery";
import { digestKinds, interviewReminderKinds } from "@/lib/domain/values";
import { enqueueEmail } from "@/lib/email/outbox";
import { scrubTokens } from "@/lib/log/scrub-tokens";
import { syncInterviewPlan } from "@/lib/journey/plan-sync";
import { composeReminder, type ReminderRow } from "./compose";
import { composeDigest } from "./compose-digest";
import { isDigestKind } from "./digest-schedule";
import { scheduleDigests, scheduleNextDigest } from "./schedule-digests";
import { logger } from "@/lib/log/logger";

// Claims use SKIP LOCKED and a lease, but processReminder locks the row again in the transaction
// that re-checks, enqueues and marks it sent: the first to commit sends, others find it done.

const leaseMs = 2 * 60_000;
/** A reminder whose processing keeps failing (a template error, say) stops being retried. */
export const maxReminderAttempts = 5;
const claimableKinds = [...interviewReminderKinds, ...digestKinds];

export type ReminderOutcome = "sent" | "cancelled" | "skipped";
export type ReminderTally = { claimed: number; sent: number; cancelled: number; skipped: number; errors: number; failed: number };

export async function claimDueReminders(db: Database, options: { now: Date; limit: number }): Promise<ReminderRow[]> {
  const { now, limit } = options;
  const claimable = db
    .select({ id: reminders.id })
    .from(reminders)
    .where(
      and(
        eq(reminders.state, "scheduled"),
        inArray(reminders.kind, claimableKinds),
        lte(reminders.dueAt, now),
        or(isNull(reminders.lockedUntil), lt(reminders.lockedUntil, now)),
      ),
    )
    .orderBy(asc(reminders.dueAt))
    .limit(limit)
    .for("update", { skipLocked: true });
  return db
    .update(reminders)
    .set({ lockedUntil: new Date(now.getTime() + leaseMs), attempts: sql`${reminders.attempts} + 1`, updatedAt: now })
    .where(inArray(reminders.id, claimable))
    .returning();
}

/** One transaction: the outbox row exists if and only if the reminder says sent. */
export async function processReminder(db: Database, row: Pick<ReminderRow, "id">, now: Date): Promise<ReminderOutcome> {
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(reminders).where(eq(reminders.id, row.id)).for("update");
    if (!current || current.state !== "scheduled") return "skipped";
    const digestKind = isDigestKind(current.kind) ? current.kind : null;
    const digest = digestKind ? await composeDigest(tx, { ...current, kind: digestKind }, now) : null;
    const decision = digest ?? (await composeReminder(tx, current, now));
    let outcome: ReminderOutcome;
    if ("cancel" in decision) {
      await tx
        .update(reminders)
        .set({ state: "cancelled", lockedUntil: null, lastError: decision.cancel, updatedAt: now })
        .where(eq(reminders.id, current.id));
      outcome = "cancelled";
    } else {
      const queued = await enqueueEmail(decision.send, now, tx);
      await tx
        .update(reminders)
        .set({ state: "sent", outboxId: queued.id, lockedUntil: null, lastError: null, updatedAt: now })
        .where(eq(reminders.id, current.id));
      outcome = "sent";
      // The second follow-up is dated from the first one's reminder: plan it now, a week on.
      if (current.slot === "follow_up_1" && current.interviewId) await syncInterviewPlan(tx, current.interviewId, now);
    }
    // After the update: the row is no longer scheduled, so its successor fits the one-scheduled-digest index.
    if (digestKind && digest?.next) {
      await scheduleNextDigest(tx, { userId: current.userId, kind: digestKind, dueAt: digest.next }, now);
    }
    return outcome;
  });
}

/** A failing row never stops the others. */
export async function processDueReminders(db: Database, now: Date, limit = 50): Promise<ReminderTally> {
  const claimed = await claimDueReminders(db, { now, limit });
  const tally: ReminderTally = { claimed: claimed.length, sent: 0, cancelled: 0, skipped: 0, errors: 0, failed: 0 };
  for (const row of claimed) {
    try {
      tally[await processReminder(db, row, now)] += 1;
    } catch (error) {
      tally.errors += 1;
      if (await recordFailure(db, row, now, error)) tally.failed += 1;
    }
  }
  // Caught so the cron route still runs its delivery pass; counted so the tally shows it.
  try {
    await scheduleDigests(db, now);
  } catch (error) {
    tally.errors += 1;
    logger().error({ err: error }, "scheduling digests failed; trying again next pass");
  }
  return tally;
}

/** The lease stays, so the row is retried once it runs out; true once it is marked failed. */
async function recordFailure(db: Database, row: ReminderRow, now: Date, error: unknown): Promise<boolean> {
  const message = scrubTokens(error instanceof Error ? error.message : String(error)).slice(0, 500);
  const giveUp = row.attempts >= maxReminderAttempts;
  const updated = await db
    .update(reminders)
    .set(giveUp ? { state: "failed", lockedUntil: null, lastError: message, updatedAt: now } : { lastError: message, updatedAt: now })
    .where(and(eq(reminders.id, row.id), eq(reminders.state, "scheduled")))
    .returning({ id: reminders.id });
  if (!giveUp) logger().error({ err: error, reminderId: row.id, attempt: row.attempts }, "reminder failed; retrying after the lease");
  return giveUp && updated.length > 0;
}
