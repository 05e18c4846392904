import { z } from "zod";
import { storableString } from "@/lib/domain/storable-text";

// What the client-feedback form accepts; the server action is the real gate.

export const CLIENT_FEEDBACK_MAX = 4000;

export const clientFeedbackSchema = z.object({
  body: storableString({ error: "Write down what the client said" })
    .trim()
    .min(1, "Write down what the client said")
    .max(CLIENT_FEEDBACK_MAX, "Keep the feedback under 4,000 characters"),
});
export type ClientFeedbackInput = z.output<typeof clientFeedbackSchema>;
