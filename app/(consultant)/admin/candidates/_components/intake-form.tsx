"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { Button } from "@/components/ui/button";
import { idleFormState } from "@/lib/actions/form-state";
import { setIntakeConsultantAction } from "../actions";

type Props = {
  intakeConsultantId: string | null;
  consultants: { value: string; label: string }[];
};

export function IntakeForm({ intakeConsultantId, consultants }: Props) {
  const [state, formAction, pending] = useActionState(setIntakeConsultantAction, idleFormState);
  return (
    <form action={formAction} className="space-y-1">
      <label htmlFor="intake-consultant" className="block font-semibold">
        New agency candidates go to
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <select
          id="intake-consultant"
          name="consultantId"
          defaultValue={intakeConsultantId ?? ""}
          aria-describedby="intake-consultant-hint"
          className="max-w-full rounded border border-muted bg-white px-2 py-1"
        >
          <option value="">Whoever has the fewest candidates in progress</option>
          {consultants.map((consultant) => (
            <option key={consultant.value} value={consultant.value}>
              {consultant.label}
            </option>
          ))}
        </select>
        <Button type="submit" variant="secondary" size="sm" disabled={pending}>
          {pending ? "Saving…" : "Save"}
        </Button>
      </div>
      <FormStatus state={state} className="text-sm" />
    </form>
  );
}
