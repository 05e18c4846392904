"use client";

import { useActionState } from "react";
import { RadioGroup, TextAreaField, fieldError } from "@/components/forms/form-fields";
import { FormStatus } from "@/components/forms/form-status";
import { TextField } from "@/components/forms/text-field";
import { idleFormState, type FormState } from "@/lib/actions/form-state";
import { clientAnswerLabels } from "@/lib/domain/labels";
import { clientAnswerStatuses } from "@/lib/domain/values";
import { CLIENT_ANSWER_MAX } from "@/lib/journey/client-request-schema";
import { buttonClass } from "@/components/ui/button";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  candidateFirstName: string;
  consultantName: string;
  /** Their last answer, to change. */
  current: { status: string; decideBy: string | null; feedbackForCandidate: string | null; noteForConsultant: string | null } | null;
};

const statusOptions = clientAnswerStatuses.map((value) => ({ value, label: clientAnswerLabels[value] }));

/** A plain form: it posts and answers without JavaScript too. */
export function AnswerForm({ action, candidateFirstName, consultantName, current }: Props) {
  const [state, formAction, pending] = useActionState(action, idleFormState);
  const value = (name: string, fallback: string | null | undefined) => state.values?.[name] ?? fallback ?? "";
  return (
    <form action={formAction} noValidate className="max-w-xl">
      <FormStatus state={state} />
      <RadioGroup name="status" legend="Where are things now?" options={statusOptions} defaultValue={value("status", current?.status)} error={fieldError(state, "status")} />
      <TextField
        id="decideBy"
        name="decideBy"
        type="date"
        width="max-w-48"
        label="When will you decide? (optional)"
        hint={`${candidateFirstName} will wait to follow up until after this date.`}
        defaultValue={value("decideBy", current?.decideBy)}
        error={fieldError(state, "decideBy")}
      />
      <TextAreaField
        id="feedbackForCandidate"
        name="feedbackForCandidate"
        label={`Feedback ${candidateFirstName} may read (optional)`}
        hint={`${consultantName} reads it first and passes it on.`}
        maxLength={CLIENT_ANSWER_MAX}
        rows={5}
        defaultValue={value("feedbackForCandidate", current?.feedbackForCandidate)}
        error={fieldError(state, "feedbackForCandidate")}
      />
      <TextAreaField
        id="noteForConsultant"
        name="noteForConsultant"
        label={`A private note for ${consultantName} (optional)`}
        hint={`Not shown to ${candidateFirstName}. Like anything written about a person, it could be disclosed if they ask for their data.`}
        maxLength={CLIENT_ANSWER_MAX}
        rows={3}
        defaultValue={value("noteForConsultant", current?.noteForConsultant)}
        error={fieldError(state, "noteForConsultant")}
      />
      <button type="submit" disabled={pending} className={buttonClass("primary", "md", "mt-6 disabled:opacity-70")}>
        {pending ? "Sending…" : current ? "Update your answer" : "Send your answer"}
      </button>
    </form>
  );
}
