"use client";

import { useActionState } from "react";
import { idleFormState, type FormState } from "@/lib/actions/form-state";
import { fieldError } from "@/components/forms/form-fields";
import { FormStatus } from "@/components/forms/form-status";
import { InterviewFields } from "@/components/interviews/interview-fields";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  /** Starting values by field name, including applicationId (and id when editing). */
  defaults: Record<string, string>;
  timeZones: readonly string[];
  submitLabel: string;
};

export function InterviewForm({ action, defaults, timeZones, submitLabel }: Props) {
  const [state, formAction, pending] = useActionState(action, idleFormState);
  const values = state.values ?? defaults;
  const error = (name: string) => fieldError(state, name);

  return (
    <form action={formAction} noValidate className="max-w-2xl">
      <input type="hidden" name="applicationId" value={defaults.applicationId} />
      {defaults.id ? <input type="hidden" name="id" value={defaults.id} /> : null}
      <FormStatus state={state} />
      {error("applicationId") ? <p className="mt-2 font-semibold text-red-800">{error("applicationId")}</p> : null}

      <InterviewFields values={values} error={error} timeZones={timeZones} audience="candidate" />

      <button type="submit" disabled={pending} className="button button-primary mt-8 disabled:opacity-70">
        {pending ? "Saving…" : submitLabel}
      </button>
    </form>
  );
}
