"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { Button } from "@/components/ui/button";
import { idleFormState, type FormState } from "@/lib/actions/form-state";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  field: { name: string; value: string };
  label: string;
  pendingLabel: string;
  /** Read after the label by screen readers: which row the button acts on. */
  target: string;
  /** Shown instead of the button when the action no longer applies (after it succeeded, the page re-renders with this). */
  unavailable?: string;
};

/** One button posting one hidden value; its outcome is read out beside it. It stays mounted when
 *  the action stops applying, so the outcome is still there to be read. */
export function MailActionButton({ action, field, label, pendingLabel, target, unavailable }: Props) {
  const [state, formAction, pending] = useActionState(action, idleFormState);
  return (
    <div className="space-y-2">
      {state.status === "success" ? null : unavailable ? (
        <p className="text-muted">{unavailable}</p>
      ) : (
        <form action={formAction}>
          <input type="hidden" name={field.name} value={field.value} />
          <Button type="submit" variant="secondary" size="sm" disabled={pending}>
            {pending ? pendingLabel : label}
            <span className="sr-only"> {target}</span>
          </Button>
        </form>
      )}
      <FormStatus state={state} className="text-sm" />
    </div>
  );
}
