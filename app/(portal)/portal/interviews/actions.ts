"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireRole } from "@/lib/auth/dal";
import { attempt } from "@/lib/actions/attempt";
import { invalidForm, refusedForm, typedValues, type FormState } from "@/lib/actions/form-state";
import { stageLabels } from "@/lib/domain/labels";
import { terminalStages } from "@/lib/domain/values";
import { localDateTimeOf } from "@/lib/plans/zoned-time";
import { getOwnApplication, updateApplication } from "@/lib/journey/applications";
import { parseInterviewForm } from "@/lib/journey/interview-form-data";
import { createInterview, deleteInterview, getOwnInterview, recordTimelineSlip, setPlanStepState, updateInterview } from "@/lib/journey/interviews";
import { slipInputSchema } from "@/lib/journey/schemas";
import { outcomeStages } from "./_components/outcomes";

const notYours = "That interview could not be found. It may have been deleted.";
const tryAgain = "We could not save that just now. Please try again.";
const interviewPath = (id: string) => `/portal/interviews/${id}`;

export async function createInterviewAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole(["candidate"]);
  const parsed = parseInterviewForm(formData);
  if (!parsed.success) return invalidForm(parsed.error, formData);
  const result = await attempt("[interviews] create failed", () => createInterview(user, parsed.data));
  if (!result.ok) return refusedForm(tryAgain, formData);
  if (!result.value) return refusedForm("That application could not be found. It may have been deleted.", formData);
  revalidatePath("/portal", "layout");
  redirect(interviewPath(result.value));
}

export async function updateInterviewAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole(["candidate"]);
  const id = z.uuid().safeParse(formData.get("id"));
  if (!id.success) return refusedForm(notYours, formData);
  const parsed = parseInterviewForm(formData);
  if (!parsed.success) return invalidForm(parsed.error, formData);
  const result = await attempt("[interviews] update failed", () => updateInterview(user, id.data, parsed.data));
  if (!result.ok) return refusedForm(tryAgain, formData);
  if (!result.value) return refusedForm(notYours, formData);
  revalidatePath("/portal", "layout");
  redirect(interviewPath(id.data));
}

const deleteSchema = z.object({ id: z.uuid(), applicationId: z.uuid() });

export async function deleteInterviewAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole(["candidate"]);
  const parsed = deleteSchema.safeParse({ id: formData.get("id"), applicationId: formData.get("applicationId") });
  if (!parsed.success) return refusedForm(notYours);
  const result = await attempt("[interviews] delete failed", () => deleteInterview(user, parsed.data.id));
  if (!result.ok) return refusedForm("We could not delete the interview just now. Please try again.");
  if (!result.value) return refusedForm(notYours);
  revalidatePath("/portal", "layout");
  redirect(`/portal/applications/${parsed.data.applicationId}`);
}

export async function recordTimelineSlipAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole(["candidate"]);
  const interviewId = z.uuid().safeParse(formData.get("id"));
  if (!interviewId.success) return refusedForm(notYours, formData);
  const parsed = slipInputSchema.safeParse({ newDate: formData.get("newDate"), note: formData.get("note") ?? undefined });
  if (!parsed.success) return invalidForm(parsed.error, formData);
  const id = interviewId.data;
  const { newDate, note } = parsed.data;
  // The rule needs the interview's own day, in its own time zone.
  const interview = await getOwnInterview(user, id);
  if (!interview) return refusedForm(notYours, formData);
  const interviewDay = localDateTimeOf(interview.startsAt, interview.timeZone).date;
  if (newDate < interviewDay) {
    return { status: "error", message: "Please correct the highlighted fields.", fieldErrors: { newDate: ["The new date cannot be before the interview"] }, values: typedValues(formData) };
  }
  if (interview.timelineKind === "date" && interview.timelineDate === newDate) {
    return { status: "error", message: "Please correct the highlighted fields.", fieldErrors: { newDate: ["That is the date already recorded"] }, values: typedValues(formData) };
  }
  const result = await attempt("[interviews] slip failed", () => recordTimelineSlip(user, id, newDate, note));
  if (!result.ok) return refusedForm(tryAgain, formData);
  if (!result.value) return refusedForm(notYours, formData);
  revalidatePath("/portal", "layout");
  return { status: "success", message: "New date recorded. Your follow-ups have been planned again from it." };
}

const stepSchema = z.object({ stepId: z.uuid(), interviewId: z.uuid(), state: z.enum(["done", "skipped", "pending"]) });
const stepMessages = { done: "Marked as done.", skipped: "Skipped.", pending: "Back on your list." } as const;

export async function setPlanStepStateAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole(["candidate"]);
  const parsed = stepSchema.safeParse({ stepId: formData.get("stepId"), interviewId: formData.get("interviewId"), state: formData.get("state") });
  if (!parsed.success) return refusedForm("That step could not be found.");
  const { stepId, interviewId, state } = parsed.data;
  const result = await attempt("[interviews] plan step failed", () => setPlanStepState(user, stepId, state));
  if (!result.ok) return refusedForm(tryAgain);
  if (!result.value) return refusedForm("That step could not be found. It may have been deleted.");
  revalidatePath(interviewPath(interviewId));
  revalidatePath("/portal");
  return { status: "success", message: stepMessages[state] };
}

const outcomeIdsSchema = z.object({ applicationId: z.uuid(), interviewId: z.uuid() });
const outcomeSchema = z.object({ stage: z.enum(outcomeStages, "Choose an outcome") });

export async function setOutcomeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole(["candidate"]);
  const ids = outcomeIdsSchema.safeParse({ applicationId: formData.get("applicationId"), interviewId: formData.get("interviewId") });
  if (!ids.success) return refusedForm("That application could not be found. It may have been deleted.", formData);
  const parsed = outcomeSchema.safeParse({ stage: formData.get("stage") ?? undefined });
  if (!parsed.success) return invalidForm(parsed.error, formData);
  const { applicationId, interviewId } = ids.data;
  const { stage } = parsed.data;
  // The stage is one field of the application; the rest is written back as it is.
  const current = await getOwnApplication(user, applicationId);
  if (!current) return refusedForm("That application could not be found. It may have been deleted.", formData);
  const { company, role, location, source, jobUrl, salaryNotes, sharedWithAgency } = current;
  const result = await attempt("[interviews] outcome failed", () =>
    updateApplication(user, applicationId, { company, role, location, source, jobUrl, salaryNotes, sharedWithAgency, stage }),
  );
  if (!result.ok) return refusedForm(tryAgain, formData);
  if (!result.value) return refusedForm("That application could not be found. It may have been deleted.", formData);
  revalidatePath("/portal", "layout");
  revalidatePath(interviewPath(interviewId));
  const closed = terminalStages.includes(stage);
  return {
    status: "success",
    message: closed
      ? `Outcome saved: ${stageLabels[stage]}. The plan is closed and its open steps are cancelled.`
      : `Outcome saved: ${stageLabels[stage]}. Your plan carries on.`,
  };
}
