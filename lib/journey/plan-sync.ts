import "server-only";
import { and, eq, inArray, min, notInArray } from "drizzle-orm";
import { reminders } from "@/lib/db/schema/delivery";
import { applications, interviewers, interviews, planSteps, reflections, thankYouNotes } from "@/lib/db/schema/journey";
import { terminalStages } from "@/lib/domain/values";
import { englandAndWalesCalendar } from "@/lib/plans/bank-holidays";
import { buildInterviewPlan } from "@/lib/plans/interview-plan";
import { stepsDoneByFacts, type StepFacts } from "@/lib/plans/step-facts";
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

  const firstFollowUpSettledAt = await firstFollowUpSettled(tx, interviewId);
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
      firstFollowUpSettledAt,
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
  // What the records show as done is done, wherever it was recorded (the interview form, the consultant's log, a note).
  const doneKinds = stepsDoneByFacts(await stepFacts(tx, interview, { source: row.source, welcomes: row.welcomes }));
  if (doneKinds.length > 0) {
    await tx
      .update(planSteps)
      .set({ state: "done", completedAt: now, updatedAt: now })
      .where(and(eq(planSteps.interviewId, interviewId), eq(planSteps.state, "pending"), inArray(planSteps.kind, doneKinds)));
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

/** When the first follow-up was done or skipped, or its reminder went out: whichever came first. */
async function firstFollowUpSettled(tx: Transaction, interviewId: string): Promise<Date | null> {
  const [step] = await tx
    .select({ at: planSteps.completedAt })
    .from(planSteps)
    .where(and(eq(planSteps.interviewId, interviewId), eq(planSteps.kind, "follow_up_1"), inArray(planSteps.state, ["done", "skipped"])));
  const [reminder] = await tx
    .select({ at: min(reminders.updatedAt) })
    .from(reminders)
    .where(and(eq(reminders.interviewId, interviewId), eq(reminders.slot, "follow_up_1"), eq(reminders.state, "sent")));
  const times = [step?.at, reminder?.at].filter((at): at is Date => at instanceof Date);
  return times.length > 0 ? new Date(Math.min(...times.map((at) => at.getTime()))) : null;
}

async function stepFacts(
  tx: Transaction,
  interview: typeof interviews.$inferSelect,
  application: { source: StepFacts["source"]; welcomes: boolean },
): Promise<StepFacts> {
  const [people, notes, [reflection]] = await Promise.all([
    tx.select({ id: interviewers.id }).from(interviewers).where(eq(interviewers.interviewId, interview.id)),
    tx
      .select({ interviewerId: thankYouNotes.interviewerId, state: thankYouNotes.state })
      .from(thankYouNotes)
      .where(and(eq(thankYouNotes.interviewId, interview.id), inArray(thankYouNotes.state, ["sent", "handed_to_consultant", "skipped"]))),
    tx.select({ stillWant: reflections.stillWant }).from(reflections).where(eq(reflections.interviewId, interview.id)),
  ]);
  return {
    source: application.source,
    clientWelcomesDirectNotes: application.welcomes,
    timelineKnown: interview.timelineKind !== "none",
    followUpContactKnown: Boolean(interview.followUpContact?.trim()),
    interviewerIds: people.map((person) => person.id),
    ...interviewerIdsByNote(notes),
    thanksGiven: notes.some((note) => note.state !== "skipped"),
    reflectionSaved: Boolean(reflection),
    stillWantAnswered: Boolean(reflection?.stillWant),
  };
}

/** Who has a note that went (sent or given to the consultant), and who was skipped. */
export function interviewerIdsByNote(notes: readonly { interviewerId: string | null; state: string }[]) {
  const ids = (wanted: (state: string) => boolean) => notes.flatMap((note) => (note.interviewerId && wanted(note.state) ? [note.interviewerId] : []));
  return { thankedInterviewerIds: ids((state) => state !== "skipped"), skippedInterviewerIds: ids((state) => state === "skipped") };
}
