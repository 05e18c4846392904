"use server";

import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/dal";
import { attempt } from "@/lib/actions/attempt";
import { invalidForm, refusedForm, type FormState } from "@/lib/actions/form-state";
import { liftSuppressionSchema, retryEmailSchema } from "@/lib/admin/mail-schema";
import { liftSuppression, retryFailedEmail } from "@/lib/admin/mail-changes";

export async function retryEmailAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const caller = await requireRole(["admin"], "/admin/mail");
  const parsed = retryEmailSchema.safeParse({ emailId: formData.get("emailId") ?? undefined });
  if (!parsed.success) return invalidForm(parsed.error, formData);
  const retried = await attempt("[admin] email retry failed", () => retryFailedEmail(caller, parsed.data.emailId));
  if (!retried.ok) return refusedForm("We could not queue that message just now. Please try again.", formData);
  switch (retried.value.status) {
    case "not-found":
      return refusedForm("That message is no longer in the outbox. Reload the page to see the current list.", formData);
    case "not-failed":
      return refusedForm("Only a failed message can be sent again, and that one has not failed.", formData);
    case "already-retried":
      return refusedForm("That message has already been queued again once.", formData);
    case "link-gone":
      return refusedForm(
        "That message carried a sign-in or invitation link that has been removed or has expired, so it cannot be sent again. Ask the person to request a new link, or send a new invitation.",
        formData,
      );
  }
  revalidatePath("/admin/mail");
  return { status: "success", message: "Queued to go again: the worker will send it within a minute or two." };
}

export async function liftSuppressionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const caller = await requireRole(["admin"], "/admin/mail");
  const parsed = liftSuppressionSchema.safeParse({ addressHash: formData.get("addressHash") ?? undefined });
  if (!parsed.success) return invalidForm(parsed.error, formData);
  const lifted = await attempt("[admin] lifting a suppression failed", () => liftSuppression(caller, parsed.data.addressHash));
  if (!lifted.ok) return refusedForm("We could not lift that suppression just now. Please try again.", formData);
  if (lifted.value.status === "not-found") return refusedForm("That address is no longer suppressed. Reload the page to see the current list.", formData);
  // No revalidation: the row would vanish with its status; it says "lifted" until the page is next loaded.
  return { status: "success", message: "Suppression lifted: mail to that address will be sent again from now on." };
}
