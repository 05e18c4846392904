"use client";

import { useActionState } from "react";
import { requestSignInLinkAction } from "../actions";
import type { SignInFormState } from "../schema";
import { buttonClass } from "@/components/ui/button";
import { StatusRegion } from "@/components/ui/status-region";

const initialState: SignInFormState = { status: "idle" };

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, formAction, pending] = useActionState(requestSignInLinkAction, initialState);
  const emailError = state.fieldErrors?.email?.[0];

  return (
    <form action={formAction} noValidate className="space-y-4">
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <StatusRegion tone="danger" message={state.message} />
      <div className="space-y-1">
        <label htmlFor="email" className="block font-medium">
          Email address
        </label>
        {emailError ? (
          <p id="email-error" className="text-red-800">
            {emailError}
          </p>
        ) : null}
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          required
          defaultValue={state.email}
          aria-invalid={emailError ? true : undefined}
          aria-describedby={emailError ? "email-error" : undefined}
          className="w-full rounded border border-stone-500 px-3 py-2"
        />
      </div>
      <button
        type="submit"
        disabled={pending}
        className={buttonClass("primary", "md", "disabled:opacity-70")}
      >
        {pending ? "Sending…" : "Email me a sign-in link"}
      </button>
    </form>
  );
}
