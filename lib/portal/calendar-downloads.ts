import "server-only";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import type { CurrentUser } from "@/lib/auth/dal";
import { assertCandidate } from "@/lib/journey/access";
import { candidateCalendar, candidateFollowUpIcs, candidateInterviewIcs, type IcsFile } from "@/lib/journey/calendar-events";

// The candidate's own .ics downloads: one interview, one follow-up, or all of them.
const idSchema = z.uuid();

/** One of the caller's interviews, with its pending follow-ups, as an .ics file; null if it is not theirs. */
export async function interviewIcs(caller: CurrentUser, interviewId: string, now: Date): Promise<IcsFile | null> {
  assertCandidate(caller);
  if (!idSchema.safeParse(interviewId).success) return null;
  return candidateInterviewIcs(getDb(), caller.id, interviewId, now);
}

/** One pending follow-up of the caller's as an .ics file; null if it is not theirs, not pending or not a follow-up. */
export async function followUpIcs(caller: CurrentUser, stepId: string, now: Date): Promise<IcsFile | null> {
  assertCandidate(caller);
  if (!idSchema.safeParse(stepId).success) return null;
  return candidateFollowUpIcs(caller.id, stepId, now);
}

/** Every interview of the caller's, past ones too, and their pending follow-ups: the privacy page's download. */
export async function allInterviewsIcs(caller: CurrentUser, now: Date): Promise<IcsFile> {
  assertCandidate(caller);
  return { fileName: "interviews-and-follow-ups.ics", content: await candidateCalendar(caller.id, now, undefined) };
}
