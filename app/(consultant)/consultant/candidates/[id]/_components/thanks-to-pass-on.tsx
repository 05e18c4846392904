"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
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
        <button type="submit" disabled={pending} className="button button-secondary mt-2 disabled:opacity-70">
          {pending ? "Saving…" : `I have passed on ${candidateName}’s thanks`}
        </button>
      )}
    </form>
  );
}
