"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireRole } from "@/lib/auth/dal";
import { attempt } from "@/lib/actions/attempt";
import { invalidForm, refusedForm, typedValues, type FormState } from "@/lib/actions/form-state";
import { reflectionFormObject, reflectionInputSchema } from "@/lib/journey/reflection-schema";
import { saveReflection } from "@/lib/journey/reflections";

const notYours = "That interview could not be found. It may have been deleted.";

/** Bound to the interview's id by the page; the id is checked again here, as anything from the client is. */
export async function saveReflectionAction(interviewId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole(["candidate"]);
  const id = z.uuid().safeParse(interviewId);
  if (!id.success) return refusedForm(notYours, formData);
  const parsed = reflectionInputSchema.safeParse(reflectionFormObject(formData));
  if (!parsed.success) return invalidForm(parsed.error, formData);
  const saved = await attempt("[reflections] save failed", () => saveReflection(user, id.data, parsed.data));
  if (!saved.ok) return refusedForm("We could not save your reflection just now. Please try again.", formData);
  if (!saved.value) return refusedForm(notYours, formData);
  // The plan steps it completes show on the interview page and the dashboard; the questions in the library.
  revalidatePath("/portal", "layout");
  return {
    status: "success",
    message:
      parsed.data.stillWant === "no"
        ? "Reflection saved. A polite note to withdraw is ready below the form."
        : "Reflection saved.",
    values: typedValues(formData),
  };
}
