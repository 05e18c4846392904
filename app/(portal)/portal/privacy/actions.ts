"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/dal";
import { attempt } from "@/lib/actions/attempt";
import { signOut } from "@/lib/auth/auth";
import { invalidForm, refusedForm, typedValues, type FormState } from "@/lib/actions/form-state";
import { consentWording } from "@/lib/privacy/consent-purposes";
import { consentAnswerSchema } from "@/lib/privacy/consent-schema";
import type { ConsentChange } from "@/lib/privacy/consent-rules";
import { eraseCandidate, type ErasureResult } from "@/lib/privacy/erase";
import { erasureFormSchema } from "@/lib/privacy/erase-schema";
import { getDb } from "@/lib/db/client";
import { formatDate } from "@/lib/domain/format";
import { keepDetails, saveConsentAnswers } from "@/lib/retention/accounts";
import { erasureScheduleOf } from "@/lib/retention/account-state";

export async function saveConsentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole(["candidate"]);
  // One purpose and its answer: any other field the request carries is ignored, so one save can
  // never change another purpose.
  const parsed = consentAnswerSchema.safeParse({ purpose: formData.get("purpose") ?? undefined, answer: formData.get("answer") ?? undefined });
  if (!parsed.success) {
    const purposeIssue = parsed.error.issues.find((issue) => issue.path[0] === "purpose");
    return invalidForm(parsed.error, formData, purposeIssue?.message ?? "Nothing has been saved: choose yes or no first.");
  }
  const { purpose, answer: granted } = parsed.data;
  const updated = await attempt("[privacy] consent update failed", () => saveConsentAnswers(user, { [purpose]: granted }));
  if (!updated.ok) return refusedForm("Nothing has been saved: something went wrong on our side. Please try again.", formData);
  const changes: ConsentChange[] | null = updated.value;
  if (!changes) return refusedForm("We could not find your account. Please sign in again.", formData);
  const label = consentWording[purpose].label;
  const word = granted ? "yes" : "no";
  if (changes.length === 0) {
    return { status: "success", message: `Nothing has changed: your answer to “${label}” was already ${word}.`, values: typedValues(formData) };
  }
  revalidatePath("/portal/privacy");
  return { status: "success", message: `Saved: you answered ${word} to “${label}”.${await afterKeepAnswer(user.id, changes)}`, values: typedValues(formData) };
}

/** What a "no" to keeping their details means for this candidate, said straight after the save. */
async function afterKeepAnswer(userId: string, changes: ConsentChange[]): Promise<string> {
  if (!changes.some((change) => change.purpose === "data_retention" && !change.granted)) return "";
  const erasure = await erasureScheduleOf(getDb(), userId);
  return erasure
    ? ` As none of your applications is open, we will delete your account and data on ${formatDate(erasure.dueAt, erasure.timeZone)}, and we have emailed you to say so. To keep them, choose “Keep my details” before then.`
    : " We keep your details while an application is open; 30 days after the last one closes we delete them, and email you first.";
}

/** Cancels a scheduled erasure: the answer to "keep my details" becomes yes. */
export async function keepMyDetailsAction(_previous: FormState, _formData: FormData): Promise<FormState> {
  const user = await requireRole(["candidate"]);
  const kept = await attempt("[privacy] keep failed", () => keepDetails(getDb(), user.id, new Date(), "portal"));
  if (!kept.ok) return refusedForm("Nothing has changed: something went wrong on our side. Please try again.");
  if (kept.value !== "kept") return refusedForm("We could not find your account. Please sign in again.");
  revalidatePath("/portal/privacy");
  // The notice this button sits in is gone once kept: the page says what happened instead.
  redirect("/portal/privacy?kept=1");
}

const erasureRefusals: Record<Exclude<ErasureResult, "erased">, FormState> = {
  "not-confirmed": {
    status: "error",
    message: "Nothing has been deleted.",
    fieldErrors: { confirmation: ["Type the email address you sign in with, exactly as shown"] },
  },
  gone: { status: "error", message: "We could not find your account: it may already be deleted." },
};

export async function eraseAccountAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole(["candidate"]);
  const parsed = erasureFormSchema.safeParse({ confirmation: formData.get("confirmation") ?? undefined });
  if (!parsed.success) return invalidForm(parsed.error, formData, "Nothing has been deleted.");
  const erased = await attempt("[privacy] erasure failed", () => eraseCandidate(user, parsed.data.confirmation));
  if (!erased.ok) return refusedForm("Nothing has been deleted: something went wrong on our side. Please try again.", formData);
  if (erased.value !== "erased") return { ...erasureRefusals[erased.value], values: typedValues(formData) };
  // The session row went with the account; this clears the cookie and leaves the portal.
  await signOut({ redirectTo: "/account-deleted" });
  return { status: "success" };
}
