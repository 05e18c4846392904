"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { Button } from "@/components/ui/button";
import { idleFormState } from "@/lib/actions/form-state";
import { assignCandidateAction } from "../actions";

type Props = {
  candidateId: string;
  /** The candidate's name or address, for the labels a screen reader reads. */
  candidateLabel: string;
  consultantId: string | null;
  /** Shown when the current consultant is no longer on the list (their role changed). */
  consultantName: string | null;
  consultants: { value: string; label: string }[];
};

/** A select and a button: keyboard-friendly, nothing to drag. */
export function AssignmentForm({ candidateId, candidateLabel, consultantId, consultantName, consultants }: Props) {
  const [state, formAction, pending] = useActionState(assignCandidateAction, idleFormState);
  const selectId = `consultant-${candidateId}`;
  const formerConsultant = consultantId && !consultants.some((consultant) => consultant.value === consultantId);
  return (
    <form action={formAction}>
      <input type="hidden" name="candidateId" value={candidateId} />
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={selectId} className="sr-only">
          Consultant for {candidateLabel}
        </label>
        <select id={selectId} name="consultantId" defaultValue={consultantId ?? ""} className="rounded border border-muted bg-white px-2 py-1">
          <option value="">Not assigned</option>
          {formerConsultant ? <option value={consultantId}>{consultantName ?? "Someone"} (no longer a consultant)</option> : null}
          {consultants.map((consultant) => (
            <option key={consultant.value} value={consultant.value}>
              {consultant.label}
            </option>
          ))}
        </select>
        <Button type="submit" variant="secondary" size="sm" disabled={pending}>
          {pending ? "Saving…" : "Save"}
          <span className="sr-only"> consultant for {candidateLabel}</span>
        </Button>
      </div>
      <FormStatus state={state} className="mt-1 text-sm" />
    </form>
  );
}
