import "server-only";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import type { CurrentUser } from "@/lib/auth/dal";
import { assertCandidate } from "@/lib/journey/access";
import { candidateCalendar, candidateFollowUpIcs, candidateInterviewIcs, type IcsFile } from "@/lib/journey/calendar-events";

const idSchema = z.uuid();

export async function interviewIcs(caller: CurrentUser, interviewId: string, now: Date): Promise<IcsFile | null> {
  assertCandidate(caller);
  if (!idSchema.safeParse(interviewId).success) return null;
  return candidateInterviewIcs(getDb(), caller.id, interviewId, now);
}

export async function followUpIcs(caller: CurrentUser, stepId: string, now: Date): Promise<IcsFile | null> {
  assertCandidate(caller);
  if (!idSchema.safeParse(stepId).success) return null;
  return candidateFollowUpIcs(caller.id, stepId, now);
}

/** Past interviews too: the privacy page's download. */
export async function allInterviewsIcs(caller: CurrentUser, now: Date): Promise<IcsFile> {
  assertCandidate(caller);
  return { fileName: "interviews-and-follow-ups.ics", content: await candidateCalendar(caller.id, now, undefined) };
}
