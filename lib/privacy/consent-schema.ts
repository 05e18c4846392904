import { z } from "zod";
import { consentPurposes } from "@/lib/domain/values";

// One purpose per save. A missing answer is an error rather than a silent no, so nobody is recorded
// as refusing something they never saw.

const answer = z.enum(["yes", "no"], "Choose yes or no").transform((value) => value === "yes");

export const consentAnswerSchema = z.object({
  // The form's hidden field: only a tampered request gets this wrong.
  purpose: z.enum(consentPurposes, "We could not tell which choice this was. Please reload the page and try again."),
  answer,
});
export type ConsentAnswerInput = z.output<typeof consentAnswerSchema>;
