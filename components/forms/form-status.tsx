import type { FormState } from "@/lib/actions/form-state";
import { StatusRegion } from "@/components/ui/status-region";

/** The form's live region: what happened after the last submit, read out when it changes. */
export function FormStatus({ state, className }: { state: FormState; className?: string }) {
  return <StatusRegion tone={state.status === "error" ? "danger" : "info"} message={state.message} className={className} />;
}
