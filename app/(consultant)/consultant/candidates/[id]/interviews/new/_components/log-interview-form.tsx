"use client";

import { useActionState, useState } from "react";
import { RadioGroup, SelectField, fieldError, type Option } from "@/components/forms/form-fields";
import { FormStatus } from "@/components/forms/form-status";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { InterviewFields } from "@/components/interviews/interview-fields";
import { idleFormState } from "@/lib/actions/form-state";
import { logInterviewAction } from "../actions";

type Props = {
  candidateId: string;
  applications: readonly Option[];
  defaults: Record<string, string>;
  timeZones: readonly string[];
};

export function LogInterviewForm({ candidateId, applications, defaults, timeZones }: Props) {
  const [state, formAction, pending] = useActionState(logInterviewAction, idleFormState);
  const values = state.values ?? defaults;
  const error = (name: string) => fieldError(state, name);
  const [choice, setChoice] = useState(values.applicationChoice ?? "new");
  const choices: Option[] = [
    ...(applications.length > 0 ? [{ value: "existing", label: "One of the candidate's agency applications" }] : []),
    { value: "new", label: "A new application", hint: "Recorded as arranged by the agency" },
  ];

  return (
    <form action={formAction} noValidate className="max-w-2xl">
      <input type="hidden" name="candidateId" value={candidateId} />
      <FormStatus state={state} />

      <fieldset className="mt-4">
        <legend className="text-xl font-semibold">Application</legend>
        <RadioGroup
          name="applicationChoice"
          legend="Which application is the interview for?"
          options={choices}
          defaultValue={choice}
          error={error("applicationChoice")}
          onChange={setChoice}
        >
          {/* Hidden rather than removed, so switching back keeps what was typed; the server ignores the choice not taken. */}
          <div hidden={choice !== "existing"} className="ml-6">
            <SelectField id="applicationId" label="Application" options={applications} defaultValue={values.applicationId} error={error("applicationId")} />
          </div>
          <div hidden={choice !== "new"} className="ml-6">
            <TextField id="company" name="company" label="Company" autoComplete="organization" defaultValue={values.company} error={error("company")} />
            <TextField id="role" name="role" label="Role" defaultValue={values.role} error={error("role")} />
          </div>
        </RadioGroup>
      </fieldset>

      <InterviewFields values={values} error={error} timeZones={timeZones} audience="staff" />

      <Button type="submit" disabled={pending} className="mt-8">
        {pending ? "Saving…" : "Log the interview"}
      </Button>
    </form>
  );
}
