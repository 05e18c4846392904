"use client";

import { useActionState } from "react";
import { buttonClass } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
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
      {error("applicationId") ? (
        <Notice tone="danger" className="mt-2">
          {error("applicationId")}
        </Notice>
      ) : null}

      <InterviewFields values={values} error={error} timeZones={timeZones} audience="candidate" />

      <button type="submit" disabled={pending} className={buttonClass("primary", "md", "mt-8")}>
        {pending ? "Saving…" : submitLabel}
      </button>
    </form>
  );
}
