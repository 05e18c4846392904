import "server-only";
import { and, desc, eq, max, notInArray } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";
import { applications } from "@/lib/db/schema/journey";
import { consents } from "@/lib/db/schema/privacy";
import { terminalStages, type ErasureReason } from "@/lib/domain/values";

// What the retention rules read about one account, inside the caller's transaction.

/** Below every uuid: where a walk through the accounts by id starts. */
export const firstAccountId = "00000000-0000-0000-0000-000000000000";

/** The newest answer to "keep my details between job searches", or null if never asked. */
export async function keepConsentOf(db: Database, userId: string): Promise<{ granted: boolean; recordedAt: Date } | null> {
  const [row] = await db
    .select({ granted: consents.granted, recordedAt: consents.recordedAt })
    .from(consents)
    .where(and(eq(consents.userId, userId), eq(consents.purpose, "data_retention")))
    .orderBy(desc(consents.recordedAt))
    .limit(1);
  return row ?? null;
}

/** When an application of theirs was last added or changed, or null if they have none. */
export async function lastApplicationChange(db: Database, userId: string): Promise<Date | null> {
  const [row] = await db
    .select({ at: max(applications.updatedAt) })
    .from(applications)
    .where(eq(applications.candidateId, userId));
  return row?.at ?? null;
}

export async function hasOpenApplication(db: Database, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: applications.id })
    .from(applications)
    .where(and(eq(applications.candidateId, userId), notInArray(applications.stage, [...terminalStages])))
    .limit(1);
  return Boolean(row);
}

export type ErasureSchedule = { dueAt: Date; reason: ErasureReason; timeZone: string };

/** The erasure the daily pass will carry out for this account, if any. */
export async function erasureScheduleOf(db: Database, userId: string): Promise<ErasureSchedule | null> {
  const [row] = await db
    .select({ dueAt: users.erasureDueAt, reason: users.erasureReason, timeZone: users.timeZone })
    .from(users)
    .where(eq(users.id, userId));
  return row?.dueAt && row.reason ? { dueAt: row.dueAt, reason: row.reason, timeZone: row.timeZone } : null;
}
