import "server-only";
import { eq } from "drizzle-orm";
import { interviews, timelineSlips } from "@/lib/db/schema/journey";
import { decisionDateOf } from "@/lib/plans/follow-up-rules";
import { localDateOf } from "@/lib/plans/zoned-time";
import type { Transaction } from "./access";
import { syncInterviewPlan } from "./plan-sync";

// The date an interview's employer said they would decide by, and the one write that moves it,
// whoever gives the new date (the candidate, or the client on their feedback page).

type InterviewRow = typeof interviews.$inferSelect;

/** "Within four weeks" as the date it meant; null when they gave no timeline. */
export function statedDecisionDate(interview: InterviewRow): string | null {
  if (interview.timelineKind === "relative" && interview.timelineAmount && interview.timelineUnit) {
    return decisionDateOf({ kind: "relative", amount: interview.timelineAmount, unit: interview.timelineUnit }, localDateOf(interview.startsAt, interview.timeZone));
  }
  return interview.timelineKind === "date" ? interview.timelineDate : null;
}

/** Keeps the history, sets the new date and re-plans, in the caller's transaction. */
export async function moveDecisionDate(
  tx: Transaction,
  interview: InterviewRow,
  change: { newDate: string; source: "candidate" | "client"; note?: string | null },
  now: Date,
): Promise<void> {
  await tx.insert(timelineSlips).values({
    interviewId: interview.id,
    candidateId: interview.candidateId,
    previousDate: statedDecisionDate(interview),
    newDate: change.newDate,
    note: change.note ?? null,
    source: change.source,
    createdAt: now,
  });
  await tx
    .update(interviews)
    .set({ timelineKind: "date", timelineDate: change.newDate, timelineAmount: null, timelineUnit: null, updatedAt: now })
    .where(eq(interviews.id, interview.id));
  await syncInterviewPlan(tx, interview.id, now);
}
