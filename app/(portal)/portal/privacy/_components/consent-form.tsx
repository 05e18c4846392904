"use client";

import { useActionState } from "react";
import { RadioGroup, fieldError } from "@/components/forms/form-fields";
import { FormStatus } from "@/components/forms/form-status";
import type { ConsentPurpose } from "@/lib/domain/values";
import { idleFormState } from "@/lib/actions/form-state";
import { updateConsentsAction } from "../actions";

export type ConsentItem = {
  purpose: ConsentPurpose;
  label: string;
  explanation: string;
  /** Null when never answered: neither button is chosen, so nobody is recorded as saying no by default. */
  granted: boolean | null;
  /** When the current answer was given, already in the candidate's words. */
  recordedOn: string | null;
};

const answers = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
] as const;

export function ConsentForm({ items }: { items: ConsentItem[] }) {
  const [state, formAction, pending] = useActionState(updateConsentsAction, idleFormState);
  const typed = state.status === "error" ? state.values : undefined;
  const saved = (item: ConsentItem) => (item.granted === null ? undefined : item.granted ? "yes" : "no");

  return (
    <form action={formAction} noValidate>
      {items.map((item) => (
        <RadioGroup
          key={item.purpose}
          name={item.purpose}
          legend={item.label}
          options={answers}
          inline
          defaultValue={typed?.[item.purpose] ?? saved(item)}
          hint={`${item.explanation} ${item.recordedOn ? `You answered on ${item.recordedOn}.` : "You have not answered this yet."}`}
          error={fieldError(state, item.purpose)}
        />
      ))}
      <button type="submit" disabled={pending} className="button button-primary mt-6 disabled:opacity-70">
        {pending ? "Saving…" : "Save my choices"}
      </button>
      <FormStatus state={state} className="mt-4" />
    </form>
  );
}
