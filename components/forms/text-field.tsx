import type { InputHTMLAttributes } from "react";

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "id"> & {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  width?: string;
};

/** The look of every text input in the tools; `width` is a Tailwind max-width class. */
export function inputClassName(width = "max-w-md"): string {
  return `mt-1 block w-full ${width} rounded border border-muted bg-white px-3 py-2`;
}

export function describedBy(id: string, hint: string | undefined, error: string | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

export function FieldNotes({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="mt-0 text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-semibold text-red-800">
          <span className="sr-only">Error: </span>
          {error}
        </p>
      ) : null}
    </>
  );
}

export function TextField({ id, label, hint, error, className, width, ...input }: Props) {
  return (
    <div className={className ?? "mt-4"}>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <FieldNotes id={id} hint={hint} error={error} />
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={inputClassName(width)}
        {...input}
      />
    </div>
  );
}
