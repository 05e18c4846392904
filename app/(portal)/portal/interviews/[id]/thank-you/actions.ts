"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireRole } from "@/lib/auth/dal";
import { attempt } from "@/lib/actions/attempt";
import { brand } from "@/lib/config/brand";
import { invalidForm, refusedForm, typedValues } from "@/lib/actions/form-state";
import { handToConsultant, markThankYouSent, saveThankYouDraft, setThankYouSkipped, type HandOutcome, type SaveOutcome } from "@/lib/journey/thank-you-notes";
import { noteFormObject, noteFormSchema, type NoteFormState } from "./schema";

// Each action is bound to the interview's id by the page; the id, like the
// interviewer's id from the form, is checked again here. None of them sends
// mail to an interviewer: the candidate sends each note from their own email.

const notYours = "That note could not be found. The interview or the interviewer may have been removed.";
const locked = "This note has already gone, so it is kept exactly as it was sent.";

function done(message: string, formData: FormData): NoteFormState {
  // The plan step it completes shows on the interview page and the dashboard.
  revalidatePath("/portal", "layout");
  return { status: "success", message, values: typedValues(formData) };
}

export async function saveThankYouDraftAction(interviewId: string, _previous: NoteFormState, formData: FormData): Promise<NoteFormState> {
  const user = await requireRole(["candidate"]);
  const id = z.uuid().safeParse(interviewId);
  if (!id.success) return refusedForm(notYours, formData);
  const parsed = noteFormSchema.safeParse(noteFormObject(formData));
  if (!parsed.success) return invalidForm(parsed.error, formData);
  const { interviewerId, ...text } = parsed.data;
  const outcome = await attempt("[thank-you] save failed", () => saveThankYouDraft(user, id.data, interviewerId, text));
  if (!outcome.ok) return refusedForm("We could not save your note just now. Please try again.", formData);
  if (!outcome.value) return refusedForm(notYours, formData);
  if (outcome.value === "locked") return refusedForm(locked, formData);
  return done("Draft saved.", formData);
}

/** "I've sent it": the candidate sent the note from their own email, so it is recorded as sent. */
export async function markThankYouSentAction(interviewId: string, _previous: NoteFormState, formData: FormData): Promise<NoteFormState> {
  const user = await requireRole(["candidate"]);
  const id = z.uuid().safeParse(interviewId);
  if (!id.success) return refusedForm(notYours, formData);
  const parsed = noteFormSchema.safeParse(noteFormObject(formData));
  if (!parsed.success) return invalidForm(parsed.error, formData);
  const { interviewerId, ...text } = parsed.data;
  if (!interviewerId) return refusedForm("Your note to your consultant is given to them here, not sent from your own email.", formData);

  const marked = await attempt("[thank-you] marking as sent failed", () => markThankYouSent(user, id.data, interviewerId, text));
  if (!marked.ok) return refusedForm("We could not record that just now. Please try again.", formData);
  switch (marked.value) {
    case "marked":
      return done("Recorded as sent. Any reply comes straight to your own inbox.", formData);
    case "already_done":
      return done("This note is already recorded as sent.", formData);
    case "not_direct":
      return refusedForm("Your thanks for this interview go through your consultant.", formData);
    default:
      return refusedForm(notYours, formData);
  }
}

export async function handToConsultantAction(interviewId: string, _previous: NoteFormState, formData: FormData): Promise<NoteFormState> {
  const user = await requireRole(["candidate"]);
  const id = z.uuid().safeParse(interviewId);
  if (!id.success) return refusedForm(notYours, formData);
  const parsed = noteFormSchema.safeParse(noteFormObject(formData));
  if (!parsed.success) return invalidForm(parsed.error, formData);
  const { interviewerId, ...text } = parsed.data;
  if (interviewerId) return refusedForm(notYours, formData);

  const handed = await attempt("[thank-you] hand-over failed", async (): Promise<HandOutcome | SaveOutcome | null> => {
    const saved = await saveThankYouDraft(user, id.data, null, text);
    return saved === "saved" ? handToConsultant(user, id.data) : saved;
  });
  if (!handed.ok) return refusedForm("We could not give your note to your consultant just now. Please try again.", formData);
  switch (handed.value) {
    case "handed":
      return done("Given to your consultant: we have emailed them your note, and this page will say when they have passed it on.", formData);
    case "locked":
    case "already_done":
      return done("Your consultant already has this note.", formData);
    case "not_agency":
      return refusedForm("This interview's notes go straight to the interviewers.", formData);
    case "no_consultant":
      return refusedForm(`No consultant is looking after this application yet, so nobody could pass your note on. Call us on ${brand.phone.display} and we will.`, formData);
    default:
      return refusedForm(notYours, formData);
  }
}

const skipSchema = z.object({ interviewerId: z.uuid(), intent: z.enum(["skip", "unskip"]) });

/** "Not writing to them", and "Write to them after all". */
export async function skipThankYouNoteAction(interviewId: string, _previous: NoteFormState, formData: FormData): Promise<NoteFormState> {
  const user = await requireRole(["candidate"]);
  const id = z.uuid().safeParse(interviewId);
  const parsed = skipSchema.safeParse({ interviewerId: formData.get("interviewerId"), intent: formData.get("intent") });
  if (!id.success || !parsed.success) return refusedForm(notYours, formData);
  const skip = parsed.data.intent === "skip";
  const changed = await attempt("[thank-you] skip failed", () => setThankYouSkipped(user, id.data, parsed.data.interviewerId, skip));
  if (!changed.ok) return refusedForm("We could not record that just now. Please try again.", formData);
  switch (changed.value) {
    case "skipped":
      return done("Skipped: your plan counts this interviewer as done.", formData);
    case "unskipped":
      return done("Back to a draft: write to them when you are ready.", formData);
    case "already_done":
      return done(skip ? "This note has already gone or been skipped." : "This note is already a draft.", formData);
    case "not_direct":
      return refusedForm("Your thanks for this interview go through your consultant.", formData);
    default:
      return refusedForm(notYours, formData);
  }
}
