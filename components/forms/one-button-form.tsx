"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { idleFormState, type FormState } from "@/lib/actions/form-state";
import { buttonClass } from "@/components/ui/button";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  label: string;
  variant?: "primary" | "secondary";
};

/** A form that is one button (works without JavaScript): once it succeeds, only its message stays. */
export function OneButtonForm({ action, label, variant = "secondary" }: Props) {
  const [state, formAction, pending] = useActionState(action, idleFormState);
  if (state.status === "success") return <FormStatus state={state} />;
  return (
    <form action={formAction}>
      <button type="submit" disabled={pending} className={buttonClass(variant)}>
        {label}
      </button>
      <FormStatus state={state} className="mt-2" />
    </form>
  );
}
