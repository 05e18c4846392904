"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { Button } from "@/components/ui/button";
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
      <Button type="submit" variant="secondary" disabled={pending}>
        Move the application to {stageLabel}
      </Button>
      <FormStatus state={state} className="mt-2" />
    </form>
  );
}
