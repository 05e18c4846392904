import { z } from "zod";
import type { FormState } from "@/lib/actions/form-state";
import { storableString } from "@/lib/domain/storable-text";

export const maxSubjectLength = 200;
export const maxBodyLength = 5000;

export const noteFormSchema = z.object({
  interviewerId: z.union([z.literal("").transform(() => null), z.uuid("That interviewer could not be found")]),
  subject: storableString()
    .trim()
    .min(1, "Enter a subject")
    .max(maxSubjectLength, `Keep the subject to ${maxSubjectLength} characters or fewer`),
  body: storableString()
    .trim()
    .min(1, "Write your note")
    .max(maxBodyLength, `Keep the note to ${maxBodyLength.toLocaleString("en-GB")} characters or fewer`),
});

export type NoteFormState = FormState;

export function noteFormObject(formData: FormData) {
  return {
    interviewerId: formData.get("interviewerId") ?? "",
    subject: formData.get("subject") ?? "",
    body: formData.get("body") ?? "",
  };
}
