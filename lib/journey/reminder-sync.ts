import "server-only";
import { and, eq, inArray, notInArray } from "drizzle-orm";
import { users } from "@/lib/db/schema/auth";
import { reminders } from "@/lib/db/schema/delivery";
import { applications, interviews, planSteps } from "@/lib/db/schema/journey";
import { interviewReminderKinds, terminalStages } from "@/lib/domain/values";
import type { Transaction } from "./access";
import { plannedReminders } from "@/lib/plans/reminder-plan";

// Runs in the transaction that changed the plan, so a change and its reminders commit together.

export type ReminderSyncResult = { kept: number; inserted: number; superseded: number; cancelled: number };

/** Matches scheduled rows to the plan by slot: re-dated rows are superseded by a new one, unplanned
 *  ones too (or cancelled once the plan is empty); a slot already sent or failed is never planned again. */
export async function syncInterviewReminders(tx: Transaction, interviewId: string, now: Date): Promise<ReminderSyncResult> {
  const result: ReminderSyncResult = { kept: 0, inserted: 0, superseded: 0, cancelled: 0 };
  // The row lock makes concurrent syncs take turns, so two cannot both insert a missing reminder.
  const [row] = await tx
    .select({
      candidateId: interviews.candidateId,
      startsAt: interviews.startsAt,
      durationMinutes: interviews.durationMinutes,
      timeZone: interviews.timeZone,
      stage: applications.stage,
      remindersEnabled: users.remindersEnabled,
    })
    .from(interviews)
    .innerJoin(applications, eq(applications.id, interviews.applicationId))
    .innerJoin(users, eq(users.id, interviews.candidateId))
    .where(eq(interviews.id, interviewId))
    .for("no key update", { of: interviews });
  if (!row) return result;

  const steps = await tx
    .select({ kind: planSteps.kind, dueAt: planSteps.dueAt, state: planSteps.state })
    .from(planSteps)
    .where(and(eq(planSteps.interviewId, interviewId), eq(planSteps.candidateId, row.candidateId)));
  const existing = await tx
    .select({ id: reminders.id, slot: reminders.slot, dueAt: reminders.dueAt, state: reminders.state, updatedAt: reminders.updatedAt })
    .from(reminders)
    .where(
      and(
        eq(reminders.interviewId, interviewId),
        eq(reminders.userId, row.candidateId),
        inArray(reminders.kind, interviewReminderKinds),
        inArray(reminders.state, ["scheduled", "sent", "failed"]),
      ),
    )
    .for("update");
  // Sent and failed rows are history: their step is never reminded of again, whatever is edited.
  const handled = new Set(existing.flatMap((reminder) => (reminder.state !== "scheduled" && reminder.slot ? [reminder.slot] : [])));
  const firstFollowUp = existing.find((reminder) => reminder.slot === "follow_up_1" && reminder.state === "sent");
  const planned = plannedReminders({
    interviewStartsAt: row.startsAt,
    durationMinutes: row.durationMinutes,
    timeZone: row.timeZone,
    steps,
    stage: row.stage,
    remindersEnabled: row.remindersEnabled,
    firstFollowUpRemindedAt: firstFollowUp?.updatedAt ?? null,
  });
  const closed = planned.length === 0;
  const wanted = new Map(planned.filter((reminder) => !handled.has(reminder.slot)).map((reminder) => [reminder.slot, reminder]));

  const retired: string[] = [];
  for (const reminder of existing) {
    if (reminder.state !== "scheduled") continue;
    const want = reminder.slot ? wanted.get(reminder.slot) : undefined;
    if (want && want.dueAt.getTime() === reminder.dueAt.getTime()) {
      wanted.delete(want.slot);
      result.kept += 1;
    } else {
      retired.push(reminder.id);
    }
  }
  if (retired.length > 0) {
    const state = closed ? "cancelled" : "superseded";
    await tx
      .update(reminders)
      .set({ state, updatedAt: now })
      .where(and(inArray(reminders.id, retired), eq(reminders.state, "scheduled")));
    result[state] += retired.length;
  }

  const missing = [...wanted.values()];
  if (missing.length > 0) {
    await tx.insert(reminders).values(
      missing.map((reminder) => ({
        kind: reminder.kind,
        slot: reminder.slot,
        userId: row.candidateId,
        interviewId,
        dueAt: reminder.dueAt,
        createdAt: now,
        updatedAt: now,
      })),
    );
    result.inserted = missing.length;
  }
  return result;
}

export async function cancelAllReminders(tx: Transaction, userId: string, now: Date): Promise<number> {
  const cancelled = await tx
    .update(reminders)
    .set({ state: "cancelled", updatedAt: now })
    .where(and(eq(reminders.userId, userId), eq(reminders.state, "scheduled"), inArray(reminders.kind, interviewReminderKinds)))
    .returning({ id: reminders.id });
  return cancelled.length;
}

export async function resyncUserReminders(tx: Transaction, userId: string, now: Date): Promise<void> {
  const open = await tx
    .select({ id: interviews.id })
    .from(interviews)
    .innerJoin(applications, eq(applications.id, interviews.applicationId))
    .where(and(eq(interviews.candidateId, userId), notInArray(applications.stage, [...terminalStages])));
  for (const interview of open) await syncInterviewReminders(tx, interview.id, now);
}
