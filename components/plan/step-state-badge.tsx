import { Badge, type BadgeTone } from "@/components/ui/badge";
import { stepStateWords, type StepDisplayState } from "@/lib/plans/step-state";
import { StepStateIcon } from "./step-state-icon";

export const stepStateTones: Record<StepDisplayState, BadgeTone> = {
  overdue: "danger",
  due_today: "warning",
  upcoming: "info",
  ongoing: "brand",
  done: "success",
  skipped: "neutral",
  cancelled: "neutral",
};

/** A step's state as a word and an icon; the colour only repeats them. */
export function StepStateBadge({ state }: { state: StepDisplayState }) {
  return (
    <Badge tone={stepStateTones[state]} icon={<StepStateIcon state={state} />}>
      {stepStateWords[state]}
    </Badge>
  );
}
