import type { FieldErrors } from "@/lib/tools/thank-you-note";
import { TextField } from "@/components/forms/text-field";
import { buttonClass } from "@/components/ui/button-class";

export type InterviewerDraft = { key: number; name: string; email: string; point: string };

type Props = {
  person: InterviewerDraft;
  index: number;
  showEmail: boolean;
  canRemove: boolean;
  errors: FieldErrors;
  onChange: (changes: Partial<InterviewerDraft>) => void;
  onRemove: () => void;
};

export function interviewerFieldId(index: number, field: "name" | "email" | "point"): string {
  return `thank-you-interviewers-${index}-${field}`;
}

export function InterviewerFields({ person, index, showEmail, canRemove, errors, onChange, onRemove }: Props) {
  const number = index + 1;
  const error = (field: "name" | "email" | "point") => errors[`interviewers.${index}.${field}`];
  return (
    <fieldset className="mt-4 rounded border border-line bg-white p-4">
      <legend className="px-1 font-semibold">Interviewer {number}</legend>
      <TextField
        id={interviewerFieldId(index, "name")}
        className="mt-0"
        label="Their name"
        hint="As you would greet them: Sam, or Ms Patel."
        autoComplete="off"
        value={person.name}
        error={error("name")}
        onChange={(event) => onChange({ name: event.target.value })}
      />
      {showEmail ? (
        <TextField
          id={interviewerFieldId(index, "email")}
          label="Their email address (optional)"
          hint="The note opens in your email app addressed to them."
          type="email"
          autoComplete="off"
          spellCheck={false}
          value={person.email}
          error={error("email")}
          onChange={(event) => onChange({ email: event.target.value })}
        />
      ) : null}
      <TextField
        id={interviewerFieldId(index, "point")}
        label="One thing you talked about"
        hint="For example: the plans to bring the events programme in-house."
        autoComplete="off"
        value={person.point}
        error={error("point")}
        onChange={(event) => onChange({ point: event.target.value })}
      />
      {canRemove ? (
        <button type="button" className={buttonClass("secondary", "md", "mt-4")} onClick={onRemove}>
          Remove interviewer {number}
        </button>
      ) : null}
    </fieldset>
  );
}
