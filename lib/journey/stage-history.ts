import "server-only";
import type { Database } from "@/lib/db/client";
import { applicationStageEvents } from "@/lib/db/schema/journey";
import type { ApplicationStage } from "@/lib/domain/values";

/**
 * Records that an application moved stage. Call it in the transaction that
 * changes applications.stage (and only when the stage really changed): the
 * consultants' monthly figures are counted from these rows.
 */
export async function recordStageChange(
  tx: Database,
  change: { applicationId: string; candidateId: string; from: ApplicationStage | null; to: ApplicationStage; changedBy: string | null; at: Date },
): Promise<void> {
  if (change.from === change.to) return;
  await tx.insert(applicationStageEvents).values({
    applicationId: change.applicationId,
    candidateId: change.candidateId,
    fromStage: change.from,
    toStage: change.to,
    changedBy: change.changedBy,
    changedAt: change.at,
  });
}
