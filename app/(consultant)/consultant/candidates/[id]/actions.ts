"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireRole } from "@/lib/auth/dal";
import { applicationStages, staffRoles } from "@/lib/domain/values";
import { stageLabels } from "@/lib/domain/labels";
import { attempt } from "@/lib/actions/attempt";
import { invalidForm, refusedForm, typedValues, type FormState } from "@/lib/actions/form-state";
import { recordClientFeedback, type RecordedFeedback } from "@/lib/journey/client-feedback";
import { clientFeedbackSchema } from "@/lib/journey/client-feedback-schema";
import { markThanksPassedOn } from "@/lib/journey/thanks-via-consultant";
import { clientRequestSchema, interviewerRequestSchema, releaseFeedbackSchema } from "@/lib/journey/client-request-schema";
import { sendClientFeedbackRequest, sendClientFeedbackRequestToInterviewer, type ClientRequestResult } from "@/lib/journey/client-requests";
import { reviewClientAnswer, type ReviewResult } from "@/lib/journey/client-answer-review";
import { moveApplicationStage } from "@/lib/journey/move-stage";

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

const waitFor = (seconds: number) => {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return minutes === 1 ? "a minute" : `${minutes} minutes`;
};

export async function sendClientRequestAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole(staffRoles, "/consultant/candidates");
  // "Ask one of the interviewers" names them; otherwise the contact is typed in.
  const chosen = String(formData.get("recipient") ?? "");
  let sent;
  if (chosen && chosen !== "entered") {
    const parsed = interviewerRequestSchema.safeParse({ interviewId: formData.get("interviewId") ?? undefined, interviewerId: chosen });
    if (!parsed.success) return refusedForm("Choose who to ask from the list.", formData);
    sent = await attempt("[client request] send failed", () => sendClientFeedbackRequestToInterviewer(user, parsed.data));
  } else {
    const parsed = clientRequestSchema.safeParse({
      interviewId: formData.get("interviewId") ?? undefined,
      contactName: formData.get("contactName") ?? undefined,
      contactEmail: formData.get("contactEmail") ?? undefined,
      contactRole: formData.get("contactRole") ?? undefined,
    });
    if (!parsed.success) return invalidForm(parsed.error, formData);
    sent = await attempt("[client request] send failed", () => sendClientFeedbackRequest(user, parsed.data));
  }
  if (!sent.ok) return refusedForm("We could not send the request just now. Please try again.", formData);
  const result: ClientRequestResult = sent.value;
  switch (result.status) {
    case "not_found":
      return refusedForm(notFound, formData);
    case "not_agency":
      return refusedForm("Only interviews the agency arranged can be asked about.", formData);
    case "no_address":
      return refusedForm("That interviewer has no email address on the interview. Type the contact's details instead.", formData);
    case "opted_out":
      return refusedForm("That address has asked not to get feedback requests. Call them instead.", formData);
    case "rate_limited":
      return refusedForm(
        result.limit === "client"
          ? "This client has had three feedback requests from the agency today. Please try again tomorrow, or call them."
          : `You have sent a lot of requests this hour. Please wait ${waitFor(result.retryAfterSeconds)} and try again.`,
        formData,
      );
  }
  revalidatePath("/consultant/candidates/[id]", "page");
  return { status: "success", message: `Request sent to ${result.contactName}. Their answer will come to you here and by email.` };
}

export async function reviewClientAnswerAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole(staffRoles, "/consultant/candidates");
  const parsed = releaseFeedbackSchema.safeParse({
    answerId: formData.get("answerId") ?? undefined,
    decision: formData.get("decision") ?? undefined,
    body: formData.get("body") ?? undefined,
  });
  if (!parsed.success) return invalidForm(parsed.error, formData);
  const reviewed = await attempt("[client answer] review failed", () => reviewClientAnswer(user, parsed.data));
  if (!reviewed.ok) return refusedForm("We could not save that just now. Please try again.", formData);
  const result: ReviewResult = reviewed.value;
  if (result === "not_found") return refusedForm("That answer could not be found, or the candidate is no longer yours.", formData);
  if (result === "nothing_to_release") {
    const missing = "Write the feedback to pass on, or keep it back";
    return { status: "error", message: missing, fieldErrors: { body: [missing] }, values: typedValues(formData) };
  }
  revalidatePath("/consultant/candidates/[id]", "page");
  revalidatePath("/consultant");
  revalidatePath("/portal", "layout");
  if (result === "already_reviewed") return { status: "success", message: "That answer was already reviewed." };
  return { status: "success", message: result === "released" ? "Passed on. The candidate has been emailed and can read it on their interview page." : "Kept back. The candidate will not see it." };
}

const confirmStageSchema = z.object({ applicationId: z.uuid(), stage: z.enum(applicationStages) });

/** The consultant confirms the stage a client's answer suggests. */
export async function confirmClientStageAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole(staffRoles, "/consultant/candidates");
  const parsed = confirmStageSchema.safeParse({ applicationId: formData.get("applicationId"), stage: formData.get("stage") });
  if (!parsed.success) return refusedForm("That application could not be found.");
  const moved = await attempt("[client answer] stage move failed", () => moveApplicationStage(user, parsed.data));
  if (!moved.ok) return refusedForm("We could not move the application just now. Please try again.");
  if (moved.value === "not_found") return refusedForm("That application could not be found, or the candidate is no longer yours.");
  revalidatePath("/consultant/candidates/[id]", "page");
  revalidatePath("/portal", "layout");
  return { status: "success", message: moved.value === "moved" ? `Moved to ${stageLabels[parsed.data.stage]}.` : "It was already there." };
}
