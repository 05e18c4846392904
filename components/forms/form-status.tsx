import type { FormState } from "@/lib/actions/form-state";

/** The form's live region: what happened after the last submit, read out when it changes. */
export function FormStatus({ state, className }: { state: FormState; className?: string }) {
  return (
    <div role="status" aria-live="polite" className={className}>
      {state.message ? (
        <p
          className={
            state.status === "error"
              ? "rounded border border-red-700 bg-red-50 p-3 text-red-900"
              : "rounded border border-brand bg-brand-soft p-3 text-brand-dark"
          }
        >
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
