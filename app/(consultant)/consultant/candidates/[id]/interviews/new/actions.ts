"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireRole } from "@/lib/auth/dal";
import { staffRoles } from "@/lib/domain/values";
import { attempt } from "@/lib/actions/attempt";
import { invalidForm, refusedForm, type FormState } from "@/lib/actions/form-state";
import { parseArrangedInterviewForm } from "@/lib/journey/arranged-interview-form";
import { logArrangedInterview, type LoggedInterview } from "@/lib/journey/arranged-interviews";

// The same words whether the candidate is not the caller's, the application
// is not the candidate's agency one, or either was deleted meanwhile.
const notFound = "That candidate or application could not be found. It may have been deleted, or the candidate is no longer yours.";

export async function logInterviewAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole(staffRoles, "/consultant/candidates");
  const candidateId = z.uuid().safeParse(formData.get("candidateId"));
  if (!candidateId.success) return refusedForm(notFound, formData);
  const parsed = parseArrangedInterviewForm(formData);
  if (!parsed.success) return invalidForm(parsed.error, formData);
  const saved = await attempt("[arranged interviews] log failed", () => logArrangedInterview(user, candidateId.data, parsed.data));
  if (!saved.ok) return refusedForm("We could not save the interview just now. Please try again.", formData);
  const logged: LoggedInterview | null = saved.value;
  if (!logged) return refusedForm(notFound, formData);
  revalidatePath(`/consultant/candidates/${candidateId.data}`);
  // The candidate's dashboard, applications and interview pages all gain the round.
  revalidatePath("/portal", "layout");
  redirect(`/consultant/candidates/${candidateId.data}#round-${logged.interviewId}`);
}
