"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireRole } from "@/lib/auth/dal";
import { staffRoles } from "@/lib/domain/values";
import { attempt } from "@/lib/actions/attempt";
import { invalidForm, refusedForm, type FormState } from "@/lib/actions/form-state";
import { recordClientFeedback, type RecordedFeedback } from "@/lib/journey/client-feedback";
import { clientFeedbackSchema } from "@/lib/journey/client-feedback-schema";
import { markThanksPassedOn } from "@/lib/journey/thanks-via-consultant";

// Said the same way whether the interview does not exist or is not the caller's to see.
const notFound = "That interview could not be found. It may have been deleted, or the candidate is no longer yours.";
const noteNotFound = "That note could not be found. It may have been deleted, or the candidate is no longer yours.";

export async function recordClientFeedbackAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole(staffRoles, "/consultant/candidates");
  const interviewId = z.uuid().safeParse(formData.get("interviewId"));
  if (!interviewId.success) return refusedForm(notFound, formData);
  const parsed = clientFeedbackSchema.safeParse({ body: formData.get("body") ?? undefined });
  if (!parsed.success) return invalidForm(parsed.error, formData);
  const saved = await attempt("[client feedback] record failed", () => recordClientFeedback(user, interviewId.data, parsed.data));
  if (!saved.ok) return refusedForm("We could not save the feedback just now. Please try again.", formData);
  const recorded: RecordedFeedback | null = saved.value;
  if (!recorded) return refusedForm(notFound, formData);
  revalidatePath(`/consultant/candidates/${recorded.candidateId}`);
  revalidatePath(`/portal/interviews/${recorded.interviewId}`);
  return { status: "success", message: "Feedback saved. The candidate can read it on their interview page." };
}

const passedOnSchema = z.object({ candidateId: z.uuid(), noteId: z.uuid() });

export async function markThanksPassedOnAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole(staffRoles, "/consultant/candidates");
  const ids = passedOnSchema.safeParse({ candidateId: formData.get("candidateId"), noteId: formData.get("noteId") });
  if (!ids.success) return refusedForm(noteNotFound);
  const marked = await attempt("[thanks] marking passed on failed", () => markThanksPassedOn(user, ids.data.candidateId, ids.data.noteId));
  if (!marked.ok) return refusedForm("We could not save that just now. Please try again.");
  if (!marked.value) return refusedForm(noteNotFound);
  revalidatePath(`/consultant/candidates/${ids.data.candidateId}`);
  revalidatePath("/consultant");
  revalidatePath("/portal", "layout");
  return { status: "success", message: "Marked as passed on. The candidate can see it on their thank-you page." };
}
