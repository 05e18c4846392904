"use server";

import { z } from "zod";
import { attempt } from "@/lib/actions/attempt";
import { refusedForm, type FormState } from "@/lib/actions/form-state";
import { getDb } from "@/lib/db/client";
import { keepDetails } from "@/lib/retention/accounts";
import { verifyKeepToken } from "@/lib/retention/keep-link";
import { consumeRateLimit, hashForKey } from "@/lib/security/rate-limit";

// The retention email's link has no session: its signed token is the whole of its authority.

const tokenSchema = z.string().min(1).max(512);
/** Pressing it again does nothing new; this only stops a token being used to hammer the database. */
const keepLimit = { limit: 20, windowMs: 60 * 60_000 };

export async function keepDetailsByLinkAction(token: string, _previous: FormState, _formData: FormData): Promise<FormState> {
  const link = tokenSchema.safeParse(token).success ? verifyKeepToken(token) : null;
  if (!link) return refusedForm("This link does not work. Please use the link in the email we sent you.");
  const allowed = await consumeRateLimit(`retention-keep:${hashForKey(token)}`, keepLimit);
  if (!allowed.allowed) return refusedForm("Too many tries from this link just now. Please try again in an hour.");
  const kept = await attempt("[retention] keep failed", () => keepDetails(getDb(), link.userId, new Date(), "retention-link", new Date(link.sentAt)));
  if (!kept.ok) return refusedForm("We could not save that just now. Please try again.");
  if (kept.value === "gone") return refusedForm("We could not find this account: it may already have been deleted.");
  if (kept.value === "answered-since") {
    return refusedForm("Since this email, you have told us not to keep your details. To change that, sign in and choose “Keep my details” on your privacy page.");
  }
  return {
    status: "success",
    message: "Done: we will keep your details, and nothing will be deleted. We will ask again if your account goes unused for another year.",
  };
}
