"use client";

import { createContext, useActionState, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import { StatusRegion } from "@/components/ui/status-region";
import { idleFormState, type FormState } from "@/lib/actions/form-state";

export type SetStepStateAction = (previous: FormState, formData: FormData) => Promise<FormState>;

type Shared = { formAction: (formData: FormData) => void; pending: boolean; pressed: (stepName: string) => void };

const StepActionsContext = createContext<Shared | null>(null);

export function useStepActions(): Shared {
  const shared = useContext(StepActionsContext);
  if (!shared) throw new Error("StepControls must sit inside a StepActionsProvider");
  return shared;
}

/**
 * One action state for the whole timeline: a step marked done moves into the folded list,
 * so its own form would vanish with its message. The message lives here instead, above the steps.
 */
export function StepActionsProvider({ action, children }: { action: SetStepStateAction; children: ReactNode }) {
  const [state, formAction, pending] = useActionState(action, idleFormState);
  const [stepName, setStepName] = useState<string | null>(null);
  const status = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // The pressed button has usually moved or gone: a keyboard user resumes at the news, not the top of the page.
    const active = document.activeElement;
    if (state.message && (active === null || active === document.body)) status.current?.focus();
  }, [state]);

  const message = state.status === "success" && state.message && stepName ? `${state.message.replace(/\.$/, "")}: ${stepName}.` : state.message;
  return (
    <StepActionsContext value={{ formAction, pending, pressed: setStepName }}>
      <div ref={status} tabIndex={-1}>
        <StatusRegion tone={state.status === "error" ? "danger" : "success"} message={message} className="not-empty:mb-4" />
      </div>
      {children}
    </StepActionsContext>
  );
}
