"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { idleFormState } from "@/lib/actions/form-state";
import { confirmClientStageAction } from "../actions";

type Props = { applicationId: string; stage: string; stageLabel: string };

export function ConfirmStageForm({ applicationId, stage, stageLabel }: Props) {
  const [state, formAction, pending] = useActionState(confirmClientStageAction, idleFormState);
  if (state.status === "success") return <FormStatus state={state} />;
  return (
    <form action={formAction}>
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="stage" value={stage} />
      <button type="submit" disabled={pending} className="button button-secondary disabled:opacity-70">
        Move the application to {stageLabel}
      </button>
      <FormStatus state={state} className="mt-2" />
    </form>
  );
}
