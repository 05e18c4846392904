"use client";

import { useActionState, useState } from "react";
import { ConfirmButtons } from "@/components/forms/confirm-buttons";
import { fieldError } from "@/components/forms/form-fields";
import { FormStatus } from "@/components/forms/form-status";
import { FieldNotes, describedBy, inputClassName } from "@/components/forms/text-field";
import { useConfirmStep } from "@/components/forms/use-confirm-step";
import { buttonClass } from "@/components/ui/button";
import { noticeClass } from "@/components/ui/notice";
import { idleFormState } from "@/lib/actions/form-state";
import { deactivateStaffAction } from "../actions";

type Props = {
  staffId: string;
  label: string;
  candidates: number;
  /** Active consultants other than this person. */
  successors: { value: string; label: string }[];
  /** Already deactivated: only the outcome of this page's deactivation is left to show. */
  deactivated: boolean;
};

/** Two deliberate steps; the question names who takes the candidates, and changes with the choice. */
export function DeactivateForm({ staffId, label, candidates, successors, deactivated }: Props) {
  const [state, formAction, pending] = useActionState(deactivateStaffAction, idleFormState);
  const { asking, ask, withdraw, question, opener } = useConfirmStep();
  const [successorId, setSuccessorId] = useState("");
  const successor = successors.find((option) => option.value === successorId);
  const selectId = `successor-${staffId}`;
  const error = fieldError(state, "successorId");
  const theirCandidates = candidates === 1 ? "their candidate" : `their ${candidates} candidates`;

  // One live region, mounted throughout, so the outcome is read out whichever step is showing.
  const status = <FormStatus state={state} className="text-sm" />;
  if (deactivated || !asking) {
    return (
      <div className="space-y-2">
        {status}
        {deactivated ? null : (
          // A plain button for the ref: focus returns here when the question is withdrawn.
          <button ref={opener} type="button" onClick={ask} className={buttonClass("secondary", "sm")}>
            Deactivate…<span className="sr-only"> {label}</span>
          </button>
        )}
      </div>
    );
  }
  const handOver =
    candidates === 0
      ? "They have no candidates to hand over."
      : successor
        ? `${successor.label} takes over ${theirCandidates}.`
        : `Choose who takes over ${theirCandidates}.`;
  return (
    <div className="space-y-2">
      {status}
      <form action={formAction} className={noticeClass("warning", "space-y-3")}>
        <input type="hidden" name="staffId" value={staffId} />
        <p ref={question} tabIndex={-1} className="font-semibold">
          Deactivate {label}? They are signed out everywhere at once and can no longer sign in.
        </p>
        <div>
          <label htmlFor={selectId} className="block font-semibold">
            Who takes over their candidates
          </label>
          <FieldNotes id={selectId} error={error} />
          <select
            id={selectId}
            name="successorId"
            value={successorId}
            onChange={(event) => setSuccessorId(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={[describedBy(selectId, undefined, error), `${selectId}-outcome`].filter(Boolean).join(" ")}
            className={inputClassName("max-w-md")}
          >
            <option value="">{candidates === 0 ? "No one (no candidates)" : "Choose a consultant"}</option>
            {successors.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <p id={`${selectId}-outcome`} aria-live="polite">
          {handOver}
        </p>
        <ConfirmButtons
          pending={pending}
          label={successor && candidates > 0 ? `Deactivate ${label} and move ${theirCandidates} to ${successor.label}` : `Deactivate ${label}`}
          pendingLabel="Deactivating…"
          onCancel={withdraw}
        />
      </form>
    </div>
  );
}
