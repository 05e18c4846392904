"use client";

import { useActionState } from "react";
import { buttonClass } from "@/components/ui/button";
import { TextField } from "@/components/forms/text-field";
import { idleFormState } from "@/lib/actions/form-state";
import { TextAreaField, fieldError } from "@/components/forms/form-fields";
import { FormStatus } from "@/components/forms/form-status";
import { recordTimelineSlipAction } from "../actions";

export function SlipForm({ interviewId }: { interviewId: string }) {
  const [state, formAction, pending] = useActionState(recordTimelineSlipAction, idleFormState);
  const values = state.status === "error" ? (state.values ?? {}) : {};
  return (
    <form action={formAction} noValidate className="max-w-xl">
      <input type="hidden" name="id" value={interviewId} />
      <FormStatus state={state} />
      <TextField id="newDate" name="newDate" type="date" width="max-w-48" label="The new date they gave" defaultValue={values.newDate} error={fieldError(state, "newDate")} />
      <TextAreaField id="note" label="What they said (optional)" maxLength={500} defaultValue={values.note} error={fieldError(state, "note")} />
      <button type="submit" disabled={pending} className={buttonClass("secondary", "md", "mt-4")}>
        {pending ? "Saving…" : "Record the new date"}
      </button>
    </form>
  );
}
