"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { attempt } from "@/lib/actions/attempt";
import { signIn } from "@/lib/auth/auth";
import { safeReturnPath } from "@/lib/auth/return-path";
import { consumeSignInAllowance } from "@/lib/auth/sign-in-limits";
import { clientIp } from "@/lib/security/client-ip";
import { strictFormFields } from "@/lib/security/strict-form";
import { signInSchema, type SignInFormState } from "./schema";

/** Open to anyone, so the rate limit is its gate; every valid address gets the same answer. */
export async function requestSignInLinkAction(
  _previous: SignInFormState,
  formData: FormData,
): Promise<SignInFormState> {
  const typed = String(formData.get("email") ?? "").slice(0, 254);
  // The form's own fields, each once ($ACTION_ fields are how Next.js posts a form without JavaScript).
  const fields = strictFormFields(formData.entries(), ["email", "callbackUrl"], (name) => name.startsWith("$ACTION_"));
  if (!fields) return { status: "error", message: "Something was added to the form. Reload the page and enter your email address again.", email: typed };
  const parsed = signInSchema.safeParse(fields);
  if (!parsed.success) {
    return { status: "error", fieldErrors: z.flattenError(parsed.error).fieldErrors, email: typed };
  }
  const { email, callbackUrl } = parsed.data;

  const allowance = await consumeSignInAllowance(email, clientIp(await headers()));
  if (!allowance.allowed) {
    const minutes = Math.ceil(allowance.retryAfterSeconds / 60);
    return {
      status: "error",
      message: `Too many sign-in requests. Please wait ${minutes} minute${minutes === 1 ? "" : "s"} and try again.`,
      email: typed,
    };
  }

  const sent = await attempt("[sign-in] could not send the link", () =>
    signIn("email", { email, redirectTo: safeReturnPath(callbackUrl, "/after-sign-in"), redirect: false }),
  );
  if (!sent.ok) return { status: "error", message: "We could not send your link just now. Please try again in a moment.", email: typed };
  redirect("/sign-in/check-email");
}
