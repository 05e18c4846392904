import "server-only";
import { and, asc, eq, notExists, sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";
import { reminders } from "@/lib/db/schema/delivery";
import { englandAndWalesCalendar } from "@/lib/plans/bank-holidays";
import type { WorkingCalendar } from "@/lib/plans/working-days";
import { digestKinds } from "@/lib/domain/values";
import { digestRoles, nextDigestAt, type DigestKind } from "./digest-schedule";

// Due times are computed in TypeScript, where the zone and bank-holiday rules live once; SQL does
// the part that scales, an anti-join finding who has no scheduled row (usually nobody). Two
// workers finding the same person leave one row: reminders_one_scheduled_digest_idx arbitrates.

/** People scheduled per kind per pass; the rest wait for the next pass, seconds later. */
export const digestScheduleChunk = 500;

/** The partial unique index's own predicate, so ON CONFLICT can name it as the arbiter. */
const oneScheduledDigest = {
  target: [reminders.userId, reminders.kind],
  where: sql`state = 'scheduled' and kind in ('candidate_digest', 'consultant_digest')`,
};

export type DigestScheduleResult = Record<DigestKind, number>;

export async function scheduleDigests(
  db: Database,
  now: Date,
  calendar: WorkingCalendar = englandAndWalesCalendar(),
  chunk = digestScheduleChunk,
): Promise<DigestScheduleResult> {
  const result: DigestScheduleResult = { candidate_digest: 0, consultant_digest: 0 };
  for (const kind of digestKinds) {
    const alreadyScheduled = db
      .select({ id: reminders.id })
      .from(reminders)
      .where(and(eq(reminders.userId, users.id), eq(reminders.kind, kind), eq(reminders.state, "scheduled")));
    const missing = await db
      .select({ id: users.id, timeZone: users.timeZone })
      .from(users)
      .where(and(eq(users.role, digestRoles[kind]), eq(users.digestEnabled, true), notExists(alreadyScheduled)))
      .orderBy(asc(users.id))
      .limit(chunk);
    if (missing.length === 0) continue;
    const inserted = await db
      .insert(reminders)
      .values(missing.map((user) => ({ kind, userId: user.id, dueAt: nextDigestAt(kind, now, user.timeZone, calendar), createdAt: now, updatedAt: now })))
      .onConflictDoNothing(oneScheduledDigest)
      .returning({ id: reminders.id });
    result[kind] = inserted.length;
  }
  return result;
}

/** Called inside the send's transaction, so the two commit together. */
export async function scheduleNextDigest(tx: Database, next: { userId: string; kind: DigestKind; dueAt: Date }, now: Date): Promise<void> {
  await tx
    .insert(reminders)
    .values({ ...next, createdAt: now, updatedAt: now })
    .onConflictDoNothing(oneScheduledDigest);
}
