import "server-only";
import { and, eq, inArray, min, notInArray } from "drizzle-orm";
import { applications, interviews, planSteps, thankYouNotes } from "@/lib/db/schema/journey";
import { terminalStages } from "@/lib/domain/values";
import { englandAndWalesCalendar } from "@/lib/plans/bank-holidays";
import { buildInterviewPlan } from "@/lib/plans/interview-plan";
import { syncInterviewReminders } from "./reminder-sync";
import type { Transaction } from "./access";

/** Finished steps are left alone; pending ones are re-dated, or cancelled once the application
 *  closes. Runs in the caller's transaction, so a change and its plan land together. */
export async function syncInterviewPlan(tx: Transaction, interviewId: string, now: Date): Promise<void> {
  const [row] = await tx
    .select({ interview: interviews, source: applications.source, stage: applications.stage, welcomes: applications.clientWelcomesDirectNotes })
    .from(interviews)
    .innerJoin(applications, eq(applications.id, interviews.applicationId))
    .where(eq(interviews.id, interviewId));
  if (!row) return;
  const { interview } = row;

  if (terminalStages.includes(row.stage)) {
    await tx
      .update(planSteps)
      .set({ state: "cancelled", updatedAt: now })
      .where(and(eq(planSteps.interviewId, interviewId), eq(planSteps.state, "pending")));
    await syncInterviewReminders(tx, interviewId, now);
    return;
  }

  // No timeline: the follow-up counts from the first thank-you note sent.
  const [sent] = await tx
    .select({ first: min(thankYouNotes.sentAt) })
    .from(thankYouNotes)
    .where(eq(thankYouNotes.interviewId, interviewId));

  const planned = buildInterviewPlan(
    {
      interviewStartsAt: interview.startsAt,
      durationMinutes: interview.durationMinutes,
      timeZone: interview.timeZone,
      timeline:
        interview.timelineKind === "date" && interview.timelineDate
          ? { kind: "date", date: interview.timelineDate }
          : interview.timelineKind === "relative" && interview.timelineAmount && interview.timelineUnit
            ? { kind: "relative", amount: interview.timelineAmount, unit: interview.timelineUnit }
            : { kind: "none" },
      thankYouSentAt: sent?.first ?? null,
      source: row.source,
      clientWelcomesDirectNotes: row.welcomes,
    },
    englandAndWalesCalendar(),
  );

  for (const step of planned) {
    await tx
      .insert(planSteps)
      .values({ interviewId, candidateId: interview.candidateId, kind: step.kind, dueAt: step.dueAt })
      .onConflictDoNothing({ target: [planSteps.interviewId, planSteps.kind] });
  }
  for (const step of planned) {
    await tx
      .update(planSteps)
      .set({ dueAt: step.dueAt, state: "pending", updatedAt: now })
      .where(
        and(eq(planSteps.interviewId, interviewId), eq(planSteps.kind, step.kind), inArray(planSteps.state, ["pending", "cancelled"])),
      );
  }
  // A step the facts no longer call for (the debrief, once an interview is no longer the agency's).
  await tx
    .update(planSteps)
    .set({ state: "cancelled", updatedAt: now })
    .where(
      and(
        eq(planSteps.interviewId, interviewId),
        eq(planSteps.state, "pending"),
        notInArray(planSteps.kind, planned.map((step) => step.kind)),
      ),
    );
  // The reminders follow the plan just written, in the same transaction.
  await syncInterviewReminders(tx, interviewId, now);
}
