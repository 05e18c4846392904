import { z } from "zod";
import { clientAnswerStatuses } from "@/lib/domain/values";
import { optionalText, requiredText } from "./schemas";

// The consultant's request form, the client's answer form and the consultant's release form.

/** One line: a name in an email header must not carry a line break. */
const oneLine = (value: string) => !/[\r\n]/.test(value);

export const clientRequestSchema = z.object({
  interviewId: z.uuid("Choose the interview to ask about"),
  contactName: requiredText(120, "Enter the client contact's name").refine(oneLine, "Keep the name on one line"),
  contactEmail: z
    .string({ error: "Enter the client contact's email address" })
    .trim()
    .toLowerCase()
    .max(254, "That email address is too long")
    .pipe(z.email("Enter an email address like name@example.com")),
  contactRole: optionalText(120, "Keep the job title under 120 characters"),
});
export type ClientRequestInput = z.output<typeof clientRequestSchema>;

/** Asking one of the round's interviewers instead: they become the application's client contact. */
export const interviewerRequestSchema = z.object({
  interviewId: z.uuid("Choose the interview to ask about"),
  interviewerId: z.uuid("Choose an interviewer from the list"),
});
export type InterviewerRequestInput = z.output<typeof interviewerRequestSchema>;

export const CLIENT_ANSWER_MAX = 4000;

export const clientAnswerSchema = z.object({
  status: z.enum(clientAnswerStatuses, "Choose where things are now"),
  decideBy: z.iso.date("Enter a date, or leave it empty").optional().or(z.literal("").transform(() => undefined)),
  feedbackForCandidate: optionalText(CLIENT_ANSWER_MAX, "Keep the feedback under 4,000 characters"),
  noteForConsultant: optionalText(CLIENT_ANSWER_MAX, "Keep the note under 4,000 characters"),
});
export type ClientAnswerInput = z.output<typeof clientAnswerSchema>;

export const releaseFeedbackSchema = z.object({
  answerId: z.uuid("That answer could not be found"),
  decision: z.enum(["release", "keep"], "Choose whether to pass it on"),
  body: optionalText(CLIENT_ANSWER_MAX, "Keep the feedback under 4,000 characters"),
});
export type ReleaseFeedbackInput = z.output<typeof releaseFeedbackSchema>;

/** The link's token: an HMAC-SHA256 of the request's id under AUTH_SECRET, base64url (rotating the secret ends every link). */
export const clientTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
