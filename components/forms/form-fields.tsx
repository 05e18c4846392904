import type { ReactNode } from "react";
import { FieldNotes, describedBy, inputClassName } from "@/components/forms/text-field";
import type { FormState } from "@/lib/actions/form-state";

// Choice fields built like text-field.tsx: hint and error beside the field, tied to it for screen readers.

export type Option = { value: string; label: string; hint?: string };

/** The first message for a field, keyed by its form name ("interviewers.0.email"). */
export function fieldError(state: FormState, name: string): string | undefined {
  return state.fieldErrors?.[name]?.[0];
}

type RadioGroupProps = {
  name: string;
  /** Prefixes the element ids; set it when one page has several forms with a field of the same name. */
  id?: string;
  /** Replaces the fieldset's top margin, e.g. as the first thing in a card. */
  className?: string;
  legend: string;
  options: readonly Option[];
  defaultValue?: string;
  hint?: string;
  error?: string;
  inline?: boolean;
  onChange?: (value: string) => void;
  children?: ReactNode;
};

/** A fieldset of radios; `children` follow the options (dependent fields). */
export function RadioGroup({ name, id: idPrefix = name, className = "mt-4", legend, options, defaultValue, hint, error, inline, onChange, children }: RadioGroupProps) {
  const id = `${idPrefix}-group`;
  return (
    <fieldset className={className} aria-describedby={describedBy(id, hint, error)}>
      <legend className="font-semibold">{legend}</legend>
      <FieldNotes id={id} hint={hint} error={error} />
      <div className={inline ? "mt-1 flex flex-wrap gap-x-6 gap-y-1" : "mt-1 space-y-1"}>
        {options.map((option) => (
          <div key={option.value} className="flex items-start gap-2">
            <input
              type="radio"
              id={`${idPrefix}-${option.value}`}
              name={name}
              value={option.value}
              defaultChecked={defaultValue === option.value}
              onChange={onChange ? () => onChange(option.value) : undefined}
              className="mt-1.5 size-4 accent-brand"
            />
            <label htmlFor={`${idPrefix}-${option.value}`}>
              {option.label}
              {option.hint ? <span className="block text-sm text-muted">{option.hint}</span> : null}
            </label>
          </div>
        ))}
      </div>
      {children}
    </fieldset>
  );
}

type SelectFieldProps = {
  id: string;
  name?: string;
  label: string;
  options: readonly Option[];
  defaultValue?: string;
  hint?: string;
  error?: string;
  className?: string;
};

export function SelectField({ id, name, label, options, defaultValue, hint, error, className }: SelectFieldProps) {
  return (
    <div className={className ?? "mt-4"}>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <FieldNotes id={id} hint={hint} error={error} />
      <select
        id={id}
        name={name ?? id}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={inputClassName("max-w-md")}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

type TextAreaFieldProps = {
  id: string;
  /** Defaults to the id; set it when one page repeats the form (the ids must differ, the field name need not). */
  name?: string;
  label: string;
  defaultValue?: string;
  hint?: string;
  error?: string;
  maxLength?: number;
  rows?: number;
};

export function TextAreaField({ id, name, label, defaultValue, hint, error, maxLength, rows = 3 }: TextAreaFieldProps) {
  return (
    <div className="mt-4">
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <FieldNotes id={id} hint={hint} error={error} />
      <textarea
        id={id}
        name={name ?? id}
        rows={rows}
        maxLength={maxLength}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={inputClassName("max-w-xl")}
      />
    </div>
  );
}

type CheckboxFieldProps = { id: string; label: string; defaultChecked?: boolean; hint?: string; error?: string };

export function CheckboxField({ id, label, defaultChecked, hint, error }: CheckboxFieldProps) {
  return (
    <div className="mt-4 flex items-start gap-2">
      <input
        type="checkbox"
        id={id}
        name={id}
        defaultChecked={defaultChecked}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className="mt-1.5 size-4 accent-brand"
      />
      <div>
        <label htmlFor={id} className="font-semibold">
          {label}
        </label>
        <FieldNotes id={id} hint={hint} error={error} />
      </div>
    </div>
  );
}
