"use client";

import { Button, LinkButton, buttonClass, type ButtonSize, type ButtonVariant } from "@/components/ui/button";
import type { StepAction, StepActions } from "@/lib/plans/step-actions";
import { useStepActions } from "./step-actions-provider";

type Props = StepActions & {
  stepId: string;
  interviewId: string;
  /** Names the step for screen readers: every step has a "Skip", and the dashboard lists several interviews. */
  stepName: string;
  /** Steps to act on now draw their one action as the primary button; later ones more quietly. */
  now: boolean;
};

export function StepControls({ stepId, interviewId, stepName, primary, secondary, now }: Props) {
  const { formAction, pending, pressed } = useStepActions();
  if (!primary && secondary.length === 0) return null;
  const control = (action: StepAction, variant: ButtonVariant, size: ButtonSize) => (
    <Control key={action.label} action={action} variant={variant} size={size} stepName={stepName} pending={pending} onPress={() => pressed(stepName)} />
  );
  return (
    <form action={formAction} className="mt-3 flex flex-wrap items-center gap-2">
      <input type="hidden" name="stepId" value={stepId} />
      <input type="hidden" name="interviewId" value={interviewId} />
      {primary ? control(primary, now ? "primary" : "secondary", now ? "md" : "sm") : null}
      {secondary.map((action) => control(action, "quiet", "sm"))}
    </form>
  );
}

type ControlProps = { action: StepAction; variant: ButtonVariant; size: ButtonSize; stepName: string; pending: boolean; onPress: () => void };

function Control({ action, variant, size, stepName, pending, onPress }: ControlProps) {
  // The visible words start the name, so speech users can say what they see.
  const name = `${action.label}: ${stepName}`;
  switch (action.kind) {
    case "link":
      return (
        <LinkButton href={action.href} variant={variant} size={size} aria-label={name}>
          {action.label}
        </LinkButton>
      );
    case "download":
      return (
        <a href={action.href} download className={buttonClass(variant, size)} aria-label={name}>
          {action.label}
        </a>
      );
    case "set_state":
      return (
        <Button type="submit" name="state" value={action.to} variant={variant} size={size} disabled={pending} onClick={onPress} aria-label={name}>
          {action.label}
        </Button>
      );
  }
}
