"use client";

import { useActionState, type ReactNode } from "react";
import { RadioGroup, fieldError } from "@/components/forms/form-fields";
import { FormStatus } from "@/components/forms/form-status";
import { buttonClass } from "@/components/ui/button";
import type { ConsentPurpose } from "@/lib/domain/values";
import { idleFormState } from "@/lib/actions/form-state";
import { saveConsentAction } from "../actions";

export type ConsentItem = {
  purpose: ConsentPurpose;
  label: string;
  explanation: string;
  /** Null when never answered: neither button is chosen, so nobody is recorded as saying no by default. */
  granted: boolean | null;
};

const answers = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
] as const;

/** One purpose, its own form: saving it can change nothing else. `history` is its record, shown under it. */
export function ConsentChoice({ item, history }: { item: ConsentItem; history: ReactNode }) {
  const [state, formAction, pending] = useActionState(saveConsentAction, idleFormState);
  const typed = state.status === "error" ? state.values?.answer : undefined;
  const saved = item.granted === null ? undefined : item.granted ? "yes" : "no";
  const id = `consent-${item.purpose}`;

  return (
    <form action={formAction} noValidate>
      <input type="hidden" name="purpose" value={item.purpose} />
      <RadioGroup
        id={id}
        className="mt-0"
        name="answer"
        legend={item.label}
        options={answers}
        inline
        defaultValue={typed ?? saved}
        hint={item.explanation}
        error={fieldError(state, "answer")}
      />
      <button type="submit" disabled={pending} className={buttonClass("secondary", "sm", "mt-3 disabled:opacity-70")}>
        {pending ? "Saving…" : "Save"}
        {/* Five buttons on the page: the hidden words tell them apart in a list of buttons. */}
        <span className="sr-only"> your answer to “{item.label}”</span>
      </button>
      <FormStatus state={state} className="mt-3" />
      {history}
    </form>
  );
}
