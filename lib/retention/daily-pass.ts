import "server-only";
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { and, desc, eq, sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { retentionRuns, type RetentionCounts } from "@/lib/db/schema/retention";
import { retentionPolicy } from "@/lib/config/retention";
import { scheduleWithdrawnErasures, sendInactivityNotices } from "./accounts";
import { eraseDueAccounts } from "./erasure";
import { pruneAll } from "./prune";
import { retentionDay } from "./rules";

// Once a day, whichever worker gets there first: the day's row in retention_runs is the claim.
// A worker that dies mid-pass leaves the lease to run out; the next one runs the day again
// (every rule is idempotent, so a half-done pass is simply finished).

const thisWorker = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

export type RetentionPassResult = { ran: false } | { ran: true; day: string; counts: RetentionCounts };

export async function claimRetentionDay(db: Database, now: Date, worker = thisWorker): Promise<string | null> {
  const day = retentionDay(now);
  const leaseUntil = new Date(now.getTime() + retentionPolicy.passLeaseMs);
  const [claimed] = await db
    .insert(retentionRuns)
    .values({ day, claimedBy: worker, leaseUntil, startedAt: now })
    .onConflictDoUpdate({
      target: retentionRuns.day,
      set: { claimedBy: worker, leaseUntil, startedAt: now },
      setWhere: sql`${retentionRuns.finishedAt} is null and ${retentionRuns.leaseUntil} < ${now.toISOString()}::timestamptz`,
    })
    .returning({ day: retentionRuns.day });
  return claimed?.day ?? null;
}

export async function runRetentionPass(db: Database, now: Date, worker = thisWorker): Promise<RetentionPassResult> {
  const day = await claimRetentionDay(db, now, worker);
  if (!day) return { ran: false };
  const batch = retentionPolicy.batchSize;
  const startedMs = performance.now();
  // Pruning first: each erasure reads every stored email body for mail about the candidate, and
  // blanking the old ones makes that read cheaper. Then erasures, before any notice is sent.
  const pruned = await pruneAll(db, now, batch);
  const erasures = await eraseDueAccounts(db, now, batch);
  const counts: RetentionCounts = {
    erased: erasures.erase,
    erasuresCancelledKept: erasures.kept,
    erasuresCancelledSearchOpen: erasures["search-open"],
    inactivityNotices: await sendInactivityNotices(db, now, batch),
    withdrawalNotices: await scheduleWithdrawnErasures(db, now, batch),
    ...pruned,
  };
  await db
    .update(retentionRuns)
    .set({ finishedAt: new Date(now.getTime() + Math.round(performance.now() - startedMs)), counts })
    .where(and(eq(retentionRuns.day, day), eq(retentionRuns.claimedBy, worker)));
  return { ran: true, day, counts };
}

export async function lastRetentionRun(db: Database) {
  const [run] = await db.select().from(retentionRuns).orderBy(desc(retentionRuns.day)).limit(1);
  return run ?? null;
}
