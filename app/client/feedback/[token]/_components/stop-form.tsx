"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { idleFormState, type FormState } from "@/lib/actions/form-state";

type Props = { action: (previous: FormState, formData: FormData) => Promise<FormState> };

export function StopForm({ action }: Props) {
  const [state, formAction, pending] = useActionState(action, idleFormState);
  if (state.status === "success") return <FormStatus state={state} />;
  return (
    <form action={formAction}>
      <button type="submit" disabled={pending} className="button button-secondary disabled:opacity-70">
        Stop feedback requests to this address
      </button>
      <FormStatus state={state} className="mt-2" />
    </form>
  );
}
