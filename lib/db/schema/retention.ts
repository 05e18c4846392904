import "server-only";
import { date, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** How many rows one retention pass changed, by rule (lib/retention/daily-pass.ts). */
export type RetentionCounts = Record<string, number>;

/** One row per day: the first worker to claim the day runs its pass; a pass that dies
 *  leaves its lease to run out, and the next worker takes the day over. */
export const retentionRuns = pgTable("retention_runs", {
  day: date("day", { mode: "string" }).primaryKey(),
  claimedBy: text("claimed_by").notNull(),
  leaseUntil: timestamp("lease_until", { withTimezone: true }).notNull(),
  startedAt: timestamp("started_at", { withTimezone: true }).notNull(),
  finishedAt: timestamp("finished_at", { withTimezone: true }),
  counts: jsonb("counts").$type<RetentionCounts>().notNull().default({}),
});
