"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { Button } from "@/components/ui/button";
import { idleFormState } from "@/lib/actions/form-state";
import { markThanksPassedOnAction } from "../actions";

type Props = { candidateId: string; noteId: string; candidateName: string };

/** The consultant's half of the hand-over: once the client has the thanks, the candidate is told. */
export function MarkPassedOnForm({ candidateId, noteId, candidateName }: Props) {
  const [state, formAction, pending] = useActionState(markThanksPassedOnAction, idleFormState);
  return (
    <form action={formAction}>
      <input type="hidden" name="candidateId" value={candidateId} />
      <input type="hidden" name="noteId" value={noteId} />
      <FormStatus state={state} />
      {state.status === "success" ? null : (
        <Button type="submit" variant="secondary" disabled={pending} className="mt-2">
          {pending ? "Saving…" : `I have passed on ${candidateName}’s thanks`}
        </Button>
      )}
    </form>
  );
}
