"use client";

import { useActionState } from "react";
import { idleFormState } from "@/lib/actions/form-state";
import { setPlanStepStateAction } from "../actions";

type Props = {
  stepId: string;
  interviewId: string;
  state: "pending" | "done" | "skipped";
  description: string;
};

/** One click: the button pressed is the state sent. */
export function StepButtons({ stepId, interviewId, state, description }: Props) {
  const [result, formAction, pending] = useActionState(setPlanStepStateAction, idleFormState);
  // Every step has these buttons, so each names its step for screen readers.
  const named = (verb: string) => ({ "aria-label": `${verb}: ${description}` });
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="stepId" value={stepId} />
      <input type="hidden" name="interviewId" value={interviewId} />
      {state === "pending" ? (
        <>
          <button type="submit" name="state" value="done" {...named("Done")} disabled={pending} className="button button-primary px-3 py-1 disabled:opacity-70">
            Done
          </button>
          <button type="submit" name="state" value="skipped" {...named("Skip")} disabled={pending} className="button button-secondary px-3 py-1 disabled:opacity-70">
            Skip
          </button>
        </>
      ) : (
        <button type="submit" name="state" value="pending" {...named("Undo")} disabled={pending} className="button button-secondary px-3 py-1 disabled:opacity-70">
          Undo
        </button>
      )}
      <span role="status" aria-live="polite" className={result.status === "error" ? "text-sm font-semibold text-red-800" : "text-sm text-muted"}>
        {result.message}
      </span>
    </form>
  );
}
