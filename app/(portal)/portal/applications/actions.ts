"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireRole } from "@/lib/auth/dal";
import { attempt } from "@/lib/actions/attempt";
import { invalidForm, refusedForm, type FormState } from "@/lib/actions/form-state";
import { createApplication, deleteApplication, updateApplication } from "@/lib/journey/applications";
import { applicationInputSchema } from "@/lib/journey/schemas";

const idSchema = z.uuid("That application could not be found");
const notYours = "That application could not be found. It may have been deleted.";
const tryAgain = "We could not save the application just now. Please try again.";

function applicationFields(formData: FormData) {
  return Object.fromEntries([...formData.entries()].filter(([, value]) => typeof value === "string"));
}

export async function createApplicationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole(["candidate"]);
  const parsed = applicationInputSchema.safeParse(applicationFields(formData));
  if (!parsed.success) return invalidForm(parsed.error, formData);
  const created = await attempt("[applications] create failed", () => createApplication(user, parsed.data));
  if (!created.ok) return refusedForm(tryAgain, formData);
  revalidatePath("/portal", "layout");
  redirect(`/portal/applications/${created.value}?added=1`);
}

export async function updateApplicationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole(["candidate"]);
  const id = idSchema.safeParse(formData.get("id"));
  if (!id.success) return refusedForm(notYours, formData);
  const parsed = applicationInputSchema.safeParse(applicationFields(formData));
  if (!parsed.success) return invalidForm(parsed.error, formData);
  const updated = await attempt("[applications] update failed", () => updateApplication(user, id.data, parsed.data));
  if (!updated.ok) return refusedForm(tryAgain, formData);
  if (!updated.value) return refusedForm(notYours, formData);
  // The stage feeds every interview page and the dashboard.
  revalidatePath("/portal", "layout");
  redirect(`/portal/applications/${id.data}`);
}

export async function deleteApplicationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole(["candidate"]);
  const id = idSchema.safeParse(formData.get("id"));
  if (!id.success) return refusedForm(notYours);
  const deleted = await attempt("[applications] delete failed", () => deleteApplication(user, id.data));
  if (!deleted.ok) return refusedForm("We could not delete the application just now. Please try again.");
  if (!deleted.value) return refusedForm(notYours);
  revalidatePath("/portal", "layout");
  redirect("/portal/applications");
}
