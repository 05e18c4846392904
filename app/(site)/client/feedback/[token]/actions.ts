"use server";

import { attempt } from "@/lib/actions/attempt";
import { invalidForm, refusedForm, typedValues, type FormState } from "@/lib/actions/form-state";
import { answerClientRequest, clientLinkState, stopClientRequests } from "@/lib/journey/client-answers";
import { clientAnswerSchema, clientTokenSchema } from "@/lib/journey/client-request-schema";
import { consumeRateLimit, hashForKey } from "@/lib/security/rate-limit";

// The employer's page has no session: the link's token is the whole of their authority.

const linkNotWorking: Record<string, string> = {
  unknown: "This link does not work. Please use the link in the email you were sent.",
  expired: "This link has expired. Reply to the email you were sent, and your consultant will take your answer.",
  replaced: "There is a newer link for this interview. Please use the one in the latest email.",
  opted_out: "You have stopped feedback requests to this address, so this link no longer takes answers.",
  closed: "The agency no longer needs an answer about this interview. Thank you all the same.",
};

/** Enough to change an answer many times; not enough to hammer the database with a token. */
const answerLimit = { limit: 30, windowMs: 60 * 60_000 };

export async function answerClientRequestAction(token: string, _previous: FormState, formData: FormData): Promise<FormState> {
  if (!clientTokenSchema.safeParse(token).success) return refusedForm(linkNotWorking.unknown!);
  // A link that cannot answer is refused before anything is counted or written.
  const state = await clientLinkState(token);
  if (state !== "open") return refusedForm(linkNotWorking[state]!, formData);
  const allowed = await consumeRateLimit(`client-answer:${hashForKey(token)}`, answerLimit);
  if (!allowed.allowed) return refusedForm("Too many answers from this link just now. Please try again in an hour.", formData);
  const parsed = clientAnswerSchema.safeParse({
    status: formData.get("status") ?? undefined,
    decideBy: formData.get("decideBy") ?? undefined,
    feedbackForCandidate: formData.get("feedbackForCandidate") ?? undefined,
    noteForConsultant: formData.get("noteForConsultant") ?? undefined,
  });
  if (!parsed.success) return invalidForm(parsed.error, formData);
  const answered = await attempt("[client answer] record failed", () => answerClientRequest(token, parsed.data));
  if (!answered.ok) return refusedForm("We could not save your answer just now. Please try again.", formData);
  const outcome = answered.value;
  if (outcome.status === "bad_date") return { status: "error", message: outcome.message, fieldErrors: { decideBy: [outcome.message] }, values: typedValues(formData) };
  if (outcome.status !== "recorded") return refusedForm(linkNotWorking[outcome.status]!, formData);
  return {
    status: "success",
    message: "Thank you: your answer has gone to the consultant. You can change it here until the link expires.",
    values: typedValues(formData),
  };
}

export async function stopClientRequestsAction(token: string, _previous: FormState, _formData: FormData): Promise<FormState> {
  if (!clientTokenSchema.safeParse(token).success) return refusedForm(linkNotWorking.unknown!);
  const stopped = await attempt("[client answer] stop failed", () => stopClientRequests(token));
  if (!stopped.ok) return refusedForm("We could not save that just now. Please try again.");
  if (stopped.value === "unknown") return refusedForm(linkNotWorking.unknown!);
  return { status: "success", message: "Done: no more feedback requests will be sent to this address." };
}
