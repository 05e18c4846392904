import "server-only";
import { and, eq, inArray, notInArray } from "drizzle-orm";
import { users } from "@/lib/db/schema/auth";
import { reminders } from "@/lib/db/schema/delivery";
import { applications, interviews, planSteps } from "@/lib/db/schema/journey";
import { interviewReminderKinds, terminalStages } from "@/lib/domain/values";
import type { Transaction } from "./access";
import { plannedReminders, reminderKey, type ReminderKind } from "@/lib/plans/reminder-plan";

// Runs in the transaction that changed the plan, so a change and its reminders commit together.


/** The post-interview email is about the interview having just happened: once per interview, whatever later edits do to its time. */
const oncePerInterview: ReadonlySet<string> = new Set<ReminderKind>(["post_interview"]);

export type ReminderSyncResult = { kept: number; inserted: number; superseded: number; cancelled: number };

/** Sent and failed rows are history: never changed, and a planned reminder they cover is not added
 *  again. Unplanned scheduled rows are superseded, or cancelled once the plan is empty. */
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
  const planned = plannedReminders({
    interviewStartsAt: row.startsAt,
    durationMinutes: row.durationMinutes,
    timeZone: row.timeZone,
    steps,
    stage: row.stage,
    remindersEnabled: row.remindersEnabled,
  });
  const closed = planned.length === 0;

  const existing = await tx
    .select({ id: reminders.id, kind: reminders.kind, dueAt: reminders.dueAt, state: reminders.state })
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

  const wanted = new Set(planned.map(reminderKey));
  const covered = new Set<string>();
  const handledKinds = new Set<string>();
  for (const reminder of existing) {
    if (reminder.state === "scheduled") continue;
    covered.add(reminderKey(reminder));
    handledKinds.add(reminder.kind);
  }
  const retired: string[] = [];
  for (const reminder of existing) {
    if (reminder.state !== "scheduled") continue;
    const key = reminderKey(reminder);
    if (wanted.has(key) && !covered.has(key)) {
      covered.add(key);
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

  const missing = planned.filter(
    (reminder) => !covered.has(reminderKey(reminder)) && !(oncePerInterview.has(reminder.kind) && handledKinds.has(reminder.kind)),
  );
  if (missing.length > 0) {
    await tx.insert(reminders).values(
      missing.map((reminder) => ({
        kind: reminder.kind,
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
