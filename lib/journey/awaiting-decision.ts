import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { applications, interviews } from "@/lib/db/schema/journey";
import { recordStageChange } from "./stage-history";

// Stages follow the data: once the last round of an open application has ended, it is
// awaiting a decision. A person who moves it back after that is not overruled; a new round
// starts the rule again.

const roundEnd = sql`${interviews.startsAt} + make_interval(mins => ${interviews.durationMinutes})`;

/** Moves up to `limit` applications whose rounds have all ended; returns how many moved. */
export async function moveEndedApplicationsToAwaiting(db: Database, now: Date, limit = 100): Promise<number> {
  const at = now.toISOString();
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: applications.id, candidateId: applications.candidateId, stage: applications.stage })
      .from(applications)
      .where(
        and(
          inArray(applications.stage, ["applied", "interviewing"]),
          sql`exists (select 1 from ${interviews} where ${interviews.applicationId} = ${applications.id})`,
          sql`not exists (select 1 from ${interviews} where ${interviews.applicationId} = ${applications.id} and ${roundEnd} > ${at}::timestamptz)`,
          sql`${applications.stageChangedAt} < (select max(${roundEnd}) from ${interviews} where ${interviews.applicationId} = ${applications.id})`,
        ),
      )
      .limit(limit)
      .for("update", { of: applications, skipLocked: true });
    for (const application of due) {
      await tx
        .update(applications)
        .set({ stage: "awaiting_decision", stageChangedAt: now, updatedAt: now })
        .where(and(eq(applications.id, application.id), eq(applications.stage, application.stage)));
      await recordStageChange(tx, { applicationId: application.id, candidateId: application.candidateId, from: application.stage, to: "awaiting_decision", changedBy: null, at: now });
    }
    return due.length;
  });
}
