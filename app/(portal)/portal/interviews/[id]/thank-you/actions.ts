"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireRole } from "@/lib/auth/dal";
import { attempt } from "@/lib/actions/attempt";
import { brand } from "@/lib/config/brand";
import { consumeAbuseAllowance } from "@/lib/security/abuse-limits";
import { invalidForm, refusedForm, typedValues } from "@/lib/actions/form-state";
import {
  getThankYouRecipient,
  handToConsultant,
  saveThankYouDraft,
  sendThankYouNote,
  type HandOutcome,
  type SaveOutcome,
  type SendOutcome,
} from "@/lib/journey/thank-you-notes";
import { noteFormObject, noteFormSchema, type NoteFormState } from "./schema";

// Each action is bound to the interview's id by the page; the id, like the
// interviewer's id from the form, is checked again here.

const notYours = "That note could not be found. The interview or the interviewer may have been removed.";
const locked = "This note has already gone, so it is kept exactly as it was sent.";
const failed = "Something went wrong on our side and nothing was sent. Please try again in a moment.";

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

/** Two submits: the first asks who it goes to, the second (confirm=yes) saves and sends. */
export async function sendThankYouNoteAction(interviewId: string, _previous: NoteFormState, formData: FormData): Promise<NoteFormState> {
  const user = await requireRole(["candidate"]);
  const id = z.uuid().safeParse(interviewId);
  if (!id.success) return refusedForm(notYours, formData);
  const parsed = noteFormSchema.safeParse(noteFormObject(formData));
  if (!parsed.success) return invalidForm(parsed.error, formData);
  const { interviewerId, ...text } = parsed.data;
  if (!interviewerId) return refusedForm("Notes to your consultant are given to them, not sent by email.", formData);

  // Every step reads or writes the database; any failure on the way says nothing was sent.
  const found = await attempt("[thank-you] send failed", () => getThankYouRecipient(user, id.data, interviewerId));
  if (!found.ok) return refusedForm(failed, formData);
  const recipient = found.value;
  if (!recipient) return refusedForm(notYours, formData);
  if (!recipient.email) return refusedForm(noAddress(recipient.name), formData);
  if (formData.get("confirm") !== "yes") {
    return {
      status: "idle",
      confirm: true,
      message: `Send this note to ${recipient.name} (${recipient.email})? A copy comes to you.`,
      values: typedValues(formData),
    };
  }
  const allowance = await attempt("[thank-you] send failed", () => consumeAbuseAllowance("thankYouSend", user.id));
  if (!allowance.ok) return refusedForm(failed, formData);
  if (!allowance.value.allowed) {
    return refusedForm(`You have sent a lot of notes in the last hour. What you wrote is still here: please try again in ${Math.ceil(allowance.value.retryAfterSeconds / 60)} minutes.`, formData);
  }
  const sent = await attempt("[thank-you] send failed", async (): Promise<SendOutcome | SaveOutcome | null> => {
    const saved = await saveThankYouDraft(user, id.data, interviewerId, text);
    return saved === "saved" ? sendThankYouNote(user, id.data, interviewerId) : saved;
  });
  if (!sent.ok) return refusedForm(failed, formData);
  switch (sent.value) {
    case "sent":
      return done("Sent. A copy is on its way to your inbox, and any reply comes straight to you.", formData);
    case "locked":
    case "already_done":
      return done("This note has already been sent.", formData);
    case "not_direct":
      return refusedForm("Your thanks for this interview go through your consultant.", formData);
    case "no_email":
      return refusedForm(noAddress("this interviewer"), formData);
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

function noAddress(name: string): string {
  return `We do not have an email address for ${name}. Add it to the interview, or copy the note into your own email.`;
}
