"use client";

import { useActionState } from "react";
import { buttonClass } from "@/components/ui/button";
import { noticeClass } from "@/components/ui/notice";
import { ConfirmButtons } from "@/components/forms/confirm-buttons";
import { useConfirmStep } from "@/components/forms/use-confirm-step";
import { idleFormState, type FormState } from "@/lib/actions/form-state";
import { FormStatus } from "@/components/forms/form-status";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  fields: Record<string, string>;
  label: string;
  /** What deleting takes with it, said before the candidate confirms. */
  consequence: string;
  confirmLabel: string;
};

/** Deleting takes two deliberate clicks: the first only asks. */
export function DeleteWithConfirmation({ action, fields, label, consequence, confirmLabel }: Props) {
  const [state, formAction, pending] = useActionState(action, idleFormState);
  const { asking, ask, withdraw, question, opener } = useConfirmStep();

  if (!asking) {
    return (
      <div>
        <FormStatus state={state} />
        <button ref={opener} type="button" onClick={ask} className={buttonClass("danger")}>
          {label}
        </button>
      </div>
    );
  }
  return (
    <form action={formAction} className={noticeClass("danger", "space-y-3")}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <p ref={question} tabIndex={-1} className="font-semibold">
        {consequence} This cannot be undone.
      </p>
      <FormStatus state={state} />
      <ConfirmButtons pending={pending} label={confirmLabel} onCancel={withdraw} />
    </form>
  );
}
