import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { applications } from "@/lib/db/schema/journey";
import type { CurrentUser } from "@/lib/auth/dal";
import { recordAudit, type AuditEntry } from "@/lib/audit/record";
import { insertInterviewRound } from "./interview-rounds";
import { recordStageChange } from "./stage-history";
import type { ArrangedInterviewInput } from "./arranged-interview-form";
import { assertStaff, findVisibleCandidate } from "./staff-visibility";

// Staff log agency-arranged rounds into the candidate's own records, so the portal gets the
// plan and reminders at once, as if the candidate had added it; the audit says who did.

export type LoggedInterview = { applicationId: string; interviewId: string };

/** Null, writing nothing, when the caller may not see the candidate or the chosen application
 *  is not one of the candidate's agency applications. */
export async function logArrangedInterview(
  caller: CurrentUser,
  candidateId: string,
  input: ArrangedInterviewInput,
  now = new Date(),
): Promise<LoggedInterview | null> {
  assertStaff(caller);
  return getDb().transaction(async (tx) => {
    const candidate = await findVisibleCandidate(tx, caller, candidateId);
    if (!candidate) return null;
    const audit: AuditEntry[] = [];
    let applicationId: string;
    if (input.application.kind === "existing") {
      const [chosen] = await tx
        .select({ id: applications.id })
        .from(applications)
        .where(and(eq(applications.id, input.application.applicationId), eq(applications.candidateId, candidateId), eq(applications.source, "agency")));
      if (!chosen) return null;
      applicationId = chosen.id;
    } else {
      const [created] = await tx
        .insert(applications)
        .values({
          candidateId,
          company: input.application.company,
          role: input.application.role,
          source: "agency",
          consultantId: candidate.consultantId ?? caller.id,
          stageChangedAt: now,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: applications.id, stage: applications.stage });
      applicationId = created!.id;
      await recordStageChange(tx, { applicationId, candidateId, from: null, to: created!.stage, changedBy: caller.id, at: now });
      audit.push({ candidateId, action: "create", entity: "application", entityId: applicationId });
    }
    const interviewId = await insertInterviewRound(tx, candidateId, caller, { ...input.interview, applicationId }, now);
    // The application was found or made above in this transaction; throwing rolls it all back.
    if (!interviewId) throw new Error("The application vanished while its interview was being logged");
    audit.push({ candidateId, action: "create", entity: "interview", entityId: interviewId });
    await recordAudit(tx, caller, audit, now);
    return { applicationId, interviewId };
  });
}
