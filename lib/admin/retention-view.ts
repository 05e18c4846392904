import "server-only";
import { asc, isNotNull } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";
import type { CurrentUser } from "@/lib/auth/dal";
import { recordListView } from "@/lib/audit/record";
import type { ErasureReason } from "@/lib/domain/values";
import { lastRetentionRun } from "@/lib/retention/daily-pass";
import { assertAdmin } from "./access";

// The admin's view of retention: who the daily pass will erase next, and what its last run did.

export type UpcomingErasure = { id: string; name: string | null; email: string; dueAt: Date; reason: ErasureReason };

/** Enough for a page; the count says how many more there are. */
const shownErasures = 100;

export async function retentionOverview(caller: CurrentUser) {
  assertAdmin(caller);
  const db = getDb();
  const scheduled = isNotNull(users.erasureDueAt);
  const [rows, total, lastRun] = await Promise.all([
    db
      .select({ id: users.id, name: users.name, email: users.email, dueAt: users.erasureDueAt, reason: users.erasureReason })
      .from(users)
      .where(scheduled)
      .orderBy(asc(users.erasureDueAt), asc(users.id))
      .limit(shownErasures),
    db.$count(users, scheduled),
    lastRetentionRun(db),
  ]);
  const upcoming = rows.map((row) => ({ ...row, dueAt: row.dueAt!, reason: row.reason! })) satisfies UpcomingErasure[];
  // The list shows candidates by name: it goes in the audit log like every other list of them.
  if (upcoming.length > 0) await recordListView(db, caller, upcoming.map((row) => row.id), "retention_schedule");
  return { upcoming, total, lastRun };
}
