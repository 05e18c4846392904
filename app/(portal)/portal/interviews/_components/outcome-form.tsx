"use client";

import { useActionState } from "react";
import { buttonClass } from "@/components/ui/button";
import { idleFormState } from "@/lib/actions/form-state";
import { stageLabels } from "@/lib/domain/labels";
import type { ApplicationStage } from "@/lib/domain/values";
import { RadioGroup, fieldError } from "@/components/forms/form-fields";
import { FormStatus } from "@/components/forms/form-status";
import { setOutcomeAction } from "../actions";
import { outcomeStages } from "./outcomes";

type Props = { applicationId: string; interviewId: string; stage: ApplicationStage };

const hints: Partial<Record<ApplicationStage, string>> = {
  awaiting_decision: "Still waiting: your plan stays open",
  offer: "They offered you the job",
  accepted: "You accepted an offer",
  rejected: "They chose someone else",
  withdrawn: "You took yourself out of the running",
  no_response: "They never came back to you",
};

/** Sets the application's stage; any outcome but waiting closes the plan. */
export function OutcomeForm({ applicationId, interviewId, stage }: Props) {
  const [state, formAction, pending] = useActionState(setOutcomeAction, idleFormState);
  const options = outcomeStages.map((value) => ({ value, label: stageLabels[value], hint: hints[value] }));
  return (
    <form action={formAction} noValidate className="max-w-xl">
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="interviewId" value={interviewId} />
      <FormStatus state={state} />
      <RadioGroup
        name="stage"
        legend="What happened?"
        hint="An outcome cancels the plan's open steps and their reminders. Going back to awaiting a decision opens them again."
        options={options}
        defaultValue={state.values?.stage ?? stage}
        error={fieldError(state, "stage")}
      />
      <button type="submit" disabled={pending} className={buttonClass("primary", "md", "mt-4")}>
        {pending ? "Saving…" : "Save the outcome"}
      </button>
    </form>
  );
}
