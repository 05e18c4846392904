import "server-only";
import type { Database } from "@/lib/db/client";
import { applicationStageEvents } from "@/lib/db/schema/journey";
import type { ApplicationStage } from "@/lib/domain/values";

/** Call it in the transaction that changes applications.stage, and only on a real change:
 *  the consultants' monthly figures count these rows. */
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
