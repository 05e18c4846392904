import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";
import { applications, interviews } from "@/lib/db/schema/journey";
import type { CurrentUser } from "@/lib/auth/dal";
import { recordAudit } from "@/lib/audit/record";
import type { ApplicationStage } from "@/lib/domain/values";
import { recordStageChange } from "./stage-history";
import { syncInterviewPlan } from "./plan-sync";
import { agencyVisibleApplication, assertStaff, visibleCandidate } from "./staff-visibility";

export type StageMove = "moved" | "unchanged" | "not_found";

/** One transaction: stage, history, re-synced plans (a closed application stops its reminders)
 *  and audit. An application the caller may not see is "not_found". */
export async function moveApplicationStage(
  caller: CurrentUser,
  move: { applicationId: string; stage: ApplicationStage },
  now = new Date(),
): Promise<StageMove> {
  assertStaff(caller);
  return getDb().transaction(async (tx) => {
    const [current] = await tx
      .select({ id: applications.id, stage: applications.stage, candidateId: applications.candidateId })
      .from(applications)
      .innerJoin(users, eq(users.id, applications.candidateId))
      .where(and(eq(applications.id, move.applicationId), agencyVisibleApplication, visibleCandidate(caller)))
      .for("update", { of: applications });
    if (!current) return "not_found";
    if (current.stage === move.stage) return "unchanged";
    await tx.update(applications).set({ stage: move.stage, stageChangedAt: now, updatedAt: now }).where(eq(applications.id, current.id));
    await recordStageChange(tx, { applicationId: current.id, candidateId: current.candidateId, from: current.stage, to: move.stage, changedBy: caller.id, at: now });
    const rounds = await tx.select({ id: interviews.id }).from(interviews).where(eq(interviews.applicationId, current.id));
    for (const round of rounds) await syncInterviewPlan(tx, round.id, now);
    await recordAudit(tx, caller, { candidateId: current.candidateId, action: "update", entity: "application", entityId: current.id, details: { toStage: move.stage } }, now);
    return "moved";
  });
}
