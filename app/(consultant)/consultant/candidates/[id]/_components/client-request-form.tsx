"use client";

import { useActionState } from "react";
import { TextField } from "@/components/forms/text-field";
import { fieldError } from "@/components/forms/form-fields";
import { FormStatus } from "@/components/forms/form-status";
import { Button } from "@/components/ui/button";
import { idleFormState } from "@/lib/actions/form-state";
import { clientRequestDays } from "@/lib/config/client-requests";
import { sendClientRequestAction } from "../actions";

type Props = {
  interviewId: string;
  roundLabel: string;
  contact: { name: string | null; email: string | null; role: string | null };
  /** The round's interviewers with an address: asking one makes them the client contact. */
  interviewers: { id: string; name: string; title: string | null; email: string }[];
  /** A request already went out: sending again replaces its link. */
  again: boolean;
};

export function ClientRequestForm({ interviewId, roundLabel, contact, interviewers, again }: Props) {
  const [state, formAction, pending] = useActionState(sendClientRequestAction, idleFormState);
  const value = (name: string, fallback: string | null) => (state.status === "error" ? state.values?.[name] : undefined) ?? fallback ?? "";
  const id = (name: string) => `${name}-${interviewId}`;
  const chosen = value("recipient", interviewers.find((person) => person.email === contact.email)?.id ?? (contact.email || interviewers.length === 0 ? "entered" : interviewers[0]!.id));
  return (
    <form action={formAction} noValidate className="max-w-xl space-y-1">
      <input type="hidden" name="interviewId" value={interviewId} />
      <p className="text-sm text-muted">
        They get a link for {roundLabel} only, valid {clientRequestDays} days: no account, a minute on a phone. They see the role, the
        candidate&apos;s first name and the interview&apos;s date, nothing else.
      </p>
      {interviewers.length > 0 ? (
        <fieldset className="mt-4">
          <legend className="font-semibold">Who to ask</legend>
          {[
            ...interviewers.map((person) => ({ value: person.id, label: `${person.name}${person.title ? `, ${person.title}` : ""}`, hint: `Interviewer · ${person.email}` })),
            { value: "entered", label: "Someone else", hint: "Type their details below" },
          ].map((option) => (
            // Ids carry the round: each round on the page has its own form.
            <div key={option.value} className="mt-1 flex items-start gap-2">
              <input type="radio" id={id(`recipient-${option.value}`)} name="recipient" value={option.value} defaultChecked={option.value === chosen} className="mt-1.5 size-4 accent-brand" />
              <label htmlFor={id(`recipient-${option.value}`)}>
                {option.label}
                <span className="block text-sm text-muted">{option.hint}</span>
              </label>
            </div>
          ))}
        </fieldset>
      ) : null}
      <TextField id={id("contactName")} name="contactName" label="Client contact's name" autoComplete="off" defaultValue={value("contactName", contact.name)} error={fieldError(state, "contactName")} />
      <TextField id={id("contactEmail")} name="contactEmail" type="email" label="Their email address" autoComplete="off" defaultValue={value("contactEmail", contact.email)} error={fieldError(state, "contactEmail")} />
      <TextField id={id("contactRole")} name="contactRole" label="Their job title (optional)" autoComplete="off" defaultValue={value("contactRole", contact.role)} error={fieldError(state, "contactRole")} />
      <Button type="submit" variant="secondary" disabled={pending} className="mt-3">
        {pending ? "Sending…" : again ? "Ask again (the last link stops working)" : "Ask the client for feedback"}
        <span className="sr-only"> about {roundLabel}</span>
      </Button>
      <FormStatus state={state} className="mt-3" />
    </form>
  );
}
