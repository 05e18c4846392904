"use client";

import { useActionState } from "react";
import { TextAreaField, fieldError } from "@/components/forms/form-fields";
import { FormStatus } from "@/components/forms/form-status";
import { Button } from "@/components/ui/button";
import { idleFormState } from "@/lib/actions/form-state";
import { CLIENT_FEEDBACK_MAX } from "@/lib/journey/client-feedback-schema";
import { recordClientFeedbackAction } from "../actions";

type Props = { interviewId: string; roundLabel: string };

export function ClientFeedbackForm({ interviewId, roundLabel }: Props) {
  const [state, formAction, pending] = useActionState(recordClientFeedbackAction, idleFormState);
  return (
    <form action={formAction} noValidate className="max-w-xl">
      <input type="hidden" name="interviewId" value={interviewId} />
      <TextAreaField
        id={`feedback-${interviewId}`}
        name="body"
        label={`Add the client's feedback on ${roundLabel}`}
        hint="The candidate reads this on their interview page, with your name and the date."
        maxLength={CLIENT_FEEDBACK_MAX}
        rows={4}
        defaultValue={state.status === "error" ? state.values?.body : undefined}
        error={fieldError(state, "body")}
      />
      <Button type="submit" variant="secondary" disabled={pending} className="mt-3">
        {pending ? "Saving…" : "Save the feedback"}
      </Button>
      <FormStatus state={state} className="mt-3" />
    </form>
  );
}
