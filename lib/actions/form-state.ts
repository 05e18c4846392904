import { z } from "zod";

/** Carries what the user typed, so a refused form never loses their input. */
export type FormState = {
  status: "idle" | "success" | "error";
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  values?: Record<string, string>;
};

export const idleFormState: FormState = { status: "idle" };

/** The typed text of a form, for refilling it; files and oversized values are dropped. */
export function typedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value.slice(0, 5000);
  }
  return values;
}

/** A refused form: field messages keyed by dotted path ("interviewers.0.email"). */
export function invalidForm(error: z.ZodError, formData: FormData, message = "Please correct the highlighted fields."): FormState {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return { status: "error", message, fieldErrors, values: typedValues(formData) };
}

export function refusedForm(message: string, formData?: FormData): FormState {
  return { status: "error", message, values: formData ? typedValues(formData) : undefined };
}
