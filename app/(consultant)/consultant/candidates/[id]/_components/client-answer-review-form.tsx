"use client";

import { useActionState } from "react";
import { TextAreaField, fieldError } from "@/components/forms/form-fields";
import { FormStatus } from "@/components/forms/form-status";
import { Button } from "@/components/ui/button";
import { idleFormState } from "@/lib/actions/form-state";
import { CLIENT_ANSWER_MAX } from "@/lib/journey/client-request-schema";
import { reviewClientAnswerAction } from "../actions";

type Props = { answerId: string; feedback: string | null; candidateName: string };

/** Release the client's words to the candidate (edited if need be), or keep them back. */
export function ClientAnswerReviewForm({ answerId, feedback, candidateName }: Props) {
  const [state, formAction, pending] = useActionState(reviewClientAnswerAction, idleFormState);
  if (state.status === "success") return <FormStatus state={state} />;
  return (
    <form action={formAction} noValidate className="max-w-xl">
      <input type="hidden" name="answerId" value={answerId} />
      <TextAreaField
        id={`release-${answerId}`}
        name="body"
        label={`Feedback for ${candidateName}`}
        hint={`${candidateName} sees this, with your name, only once you pass it on. Edit it first if you need to.`}
        maxLength={CLIENT_ANSWER_MAX}
        rows={4}
        defaultValue={(state.status === "error" ? state.values?.body : undefined) ?? feedback ?? ""}
        error={fieldError(state, "body")}
      />
      <div className="mt-3 flex flex-wrap gap-2">
        <Button type="submit" name="decision" value="release" disabled={pending}>
          Pass it on to {candidateName}
        </Button>
        <Button type="submit" name="decision" value="keep" variant="secondary" disabled={pending}>
          Keep it back
        </Button>
      </div>
      <FormStatus state={state} className="mt-3" />
    </form>
  );
}
