import "server-only";
import { and, asc, eq, inArray, isNotNull, lte, notInArray, or } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";
import { applications, interviews, planSteps } from "@/lib/db/schema/journey";
import { terminalStages } from "@/lib/domain/values";
import { attentionStepKinds, toAttentionItems, type NeedsAttentionItem } from "./attention-rules";

// What a consultant's own candidates are waiting on. Scoped in SQL to the
// candidates assigned to the consultant and to the applications the agency
// may see (agency ones and shared direct ones), as listVisibleCandidates is;
// a candidate's private direct application never reaches a consultant.

/**
 * Overdue steps of the consultant's assigned candidates' open applications,
 * oldest first. The consultant's zone dates the ages.
 */
export async function listNeedsAttention(
  db: Database,
  consultant: { id: string; timeZone: string },
  now: Date,
): Promise<NeedsAttentionItem[]> {
  const rows = await db
    .select({
      interviewId: planSteps.interviewId,
      candidateId: users.id,
      candidateName: users.name,
      candidateEmail: users.email,
      company: applications.company,
      role: applications.role,
      kind: planSteps.kind,
      dueAt: planSteps.dueAt,
    })
    .from(planSteps)
    .innerJoin(users, eq(users.id, planSteps.candidateId))
    .innerJoin(interviews, eq(interviews.id, planSteps.interviewId))
    .innerJoin(applications, and(eq(applications.id, interviews.applicationId), eq(applications.candidateId, users.id)))
    .where(
      and(
        eq(users.consultantId, consultant.id),
        eq(users.role, "candidate"),
        notInArray(applications.stage, [...terminalStages]),
        or(eq(applications.source, "agency"), eq(applications.sharedWithAgency, true)),
        eq(planSteps.state, "pending"),
        // The rules decide again in toAttentionItems; these only keep the rows few.
        inArray(planSteps.kind, attentionStepKinds),
        isNotNull(planSteps.dueAt),
        lte(planSteps.dueAt, now),
      ),
    )
    .orderBy(asc(planSteps.dueAt));
  return toAttentionItems(rows, now, consultant.timeZone);
}
