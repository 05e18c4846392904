"use client";

import { useActionState } from "react";
import { buttonClass } from "@/components/ui/button";
import { noticeClass } from "@/components/ui/notice";
import { ConfirmButtons } from "@/components/forms/confirm-buttons";
import { useConfirmStep } from "@/components/forms/use-confirm-step";
import { TextField } from "@/components/forms/text-field";
import { FormStatus } from "@/components/forms/form-status";
import { idleFormState } from "@/lib/actions/form-state";
import { eraseAccountAction } from "../actions";

/** Two deliberate steps: the first button only opens the form, which asks for the address typed out. */
export function EraseAccountForm({ email }: { email: string }) {
  const [state, formAction, pending] = useActionState(eraseAccountAction, idleFormState);
  const { asking, ask, withdraw, question, opener } = useConfirmStep();

  if (!asking) {
    return (
      <button ref={opener} type="button" onClick={ask} className={buttonClass("danger")}>
        Delete my account and data
      </button>
    );
  }
  return (
    <form action={formAction} noValidate className={noticeClass("danger", "space-y-3 p-4")}>
      <p ref={question} tabIndex={-1} className="font-semibold">
        Your account and all your data will be deleted straight away. This cannot be undone.
      </p>
      <TextField
        id="confirmation"
        name="confirmation"
        type="email"
        label="Type your email address to confirm"
        hint={`The address you sign in with: ${email}`}
        autoComplete="off"
        spellCheck={false}
        defaultValue={state.values?.confirmation ?? ""}
        error={state.fieldErrors?.confirmation?.[0]}
      />
      <FormStatus state={state} />
      <ConfirmButtons pending={pending} label="Delete my account and data for good" onCancel={withdraw} />
    </form>
  );
}
