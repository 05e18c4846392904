"use client";

import { useActionState } from "react";
import { buttonClass } from "@/components/ui/button";
import { TextField } from "@/components/forms/text-field";
import { idleFormState, type FormState } from "@/lib/actions/form-state";
import { stageLabels } from "@/lib/domain/labels";
import { applicationStages } from "@/lib/domain/values";
import { CheckboxField, RadioGroup, SelectField, TextAreaField, fieldError } from "@/components/forms/form-fields";
import { FormStatus } from "@/components/forms/form-status";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  agencyName: string;
  /** The form's starting values by field name; an edit passes the application's, with its id. */
  defaults: Record<string, string>;
  submitLabel: string;
};

const stageOptions = applicationStages.map((stage) => ({ value: stage, label: stageLabels[stage] }));

export function ApplicationForm({ action, agencyName, defaults, submitLabel }: Props) {
  const [state, formAction, pending] = useActionState(action, idleFormState);
  // After a refusal the form shows what was sent, not what it started with.
  const values = state.values ?? defaults;
  const error = (name: string) => fieldError(state, name);

  return (
    <form action={formAction} noValidate className="max-w-2xl">
      {defaults.id ? <input type="hidden" name="id" value={defaults.id} /> : null}
      <FormStatus state={state} />
      <TextField id="company" name="company" label="Company" autoComplete="organization" required defaultValue={values.company} error={error("company")} />
      <TextField id="role" name="role" label="Role" required defaultValue={values.role} error={error("role")} />
      <TextField id="location" name="location" label="Location (optional)" hint="A town, or remote or hybrid" defaultValue={values.location} error={error("location")} />
      <RadioGroup
        name="source"
        legend="How did you apply?"
        defaultValue={values.source}
        error={error("source")}
        options={[
          { value: "agency", label: `Through ${agencyName}`, hint: "Your consultant sees it and arranges the follow-up with the client" },
          { value: "direct", label: "Directly with the company" },
        ]}
      />
      <TextField id="jobUrl" name="jobUrl" type="url" label="Link to the job advert (optional)" hint="Starting https://" defaultValue={values.jobUrl} error={error("jobUrl")} />
      <TextAreaField id="salaryNotes" label="Salary notes (optional)" maxLength={500} defaultValue={values.salaryNotes} error={error("salaryNotes")} />
      <SelectField id="stage" label="Stage" options={stageOptions} defaultValue={values.stage ?? "applied"} error={error("stage")} />
      <CheckboxField
        id="sharedWithAgency"
        label={`Share this application with ${agencyName}`}
        hint="Direct applications stay private to you unless you share them."
        defaultChecked={values.sharedWithAgency === "on"}
        error={error("sharedWithAgency")}
      />
      <button type="submit" disabled={pending} className={buttonClass("primary", "md", "mt-6")}>
        {pending ? "Saving…" : submitLabel}
      </button>
    </form>
  );
}
