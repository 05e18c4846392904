import "server-only";
import { and, eq, gt, lte } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";
import { eraseCandidateRecords } from "@/lib/privacy/erase";
import { logger } from "@/lib/log/logger";
import { erasureNoticeMs } from "@/lib/config/retention";
import { firstAccountId, hasOpenApplication, keepConsentOf, lastApplicationChange } from "./account-state";
import { erasureVerdict, type ErasureVerdict } from "./rules";

// Carries out the erasures whose day has come, each in its own transaction through the same
// path as a candidate's own request (lib/privacy/erase.ts), unless something since says keep.

export type ErasureTally = Record<ErasureVerdict | "failed", number>;

export async function eraseDueAccounts(db: Database, now: Date, batchSize: number): Promise<ErasureTally> {
  const tally: ErasureTally = { erase: 0, kept: 0, "search-open": 0, failed: 0 };
  let after = firstAccountId;
  for (;;) {
    const due = await db
      .select({ id: users.id })
      .from(users)
      .where(and(lte(users.erasureDueAt, now), gt(users.id, after)))
      .orderBy(users.id)
      .limit(batchSize);
    for (const { id } of due) {
      // One account that cannot be erased must not stop the others, or the day's notices after them.
      try {
        const verdict = await eraseOrCancel(db, id, now);
        if (verdict) tally[verdict] += 1;
      } catch (error) {
        tally.failed += 1;
        logger().error({ err: error, userId: id }, "retention: erasure failed; tried again tomorrow");
      }
    }
    if (due.length < batchSize) return tally;
    after = due.at(-1)!.id;
  }
}

async function eraseOrCancel(db: Database, userId: string, now: Date): Promise<ErasureVerdict | null> {
  return db.transaction(async (tx) => {
    const [account] = await tx
      .select({
        email: users.email,
        role: users.role,
        erasureDueAt: users.erasureDueAt,
        erasureReason: users.erasureReason,
        retentionWarnedAt: users.retentionWarnedAt,
        lastSignInAt: users.lastSignInAt,
        retentionKeptAt: users.retentionKeptAt,
      })
      .from(users)
      .where(eq(users.id, userId))
      .for("update");
    // Cancelled, or someone else's pass got there first, while this one waited for the lock.
    if (!account?.erasureDueAt || !account.erasureReason || account.erasureDueAt > now) return null;
    if (account.role !== "candidate") {
      await tx.update(users).set({ erasureDueAt: null, erasureReason: null }).where(eq(users.id, userId));
      return null;
    }
    const verdict = erasureVerdict({
      erasureReason: account.erasureReason,
      retentionWarnedAt: account.retentionWarnedAt,
      lastSignInAt: account.lastSignInAt,
      retentionKeptAt: account.retentionKeptAt,
      keepConsent: (await keepConsentOf(tx, userId))?.granted ?? null,
      hasOpenApplication: await hasOpenApplication(tx, userId),
      lastApplicationChangeAt: await lastApplicationChange(tx, userId),
      scheduledAt: new Date(account.erasureDueAt.getTime() - erasureNoticeMs),
    });
    if (verdict === "erase") await eraseCandidateRecords(tx, userId, account.email);
    else await tx.update(users).set({ erasureDueAt: null, erasureReason: null }).where(eq(users.id, userId));
    return verdict;
  });
}
