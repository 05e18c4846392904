import { PlanTimeline, type TimelineStep } from "@/components/plan/plan-timeline";
import type { DueStep } from "@/lib/portal/dashboard";
import { setPlanStepStateAction } from "../interviews/actions";

type Props = { due: DueStep[]; upcoming: DueStep[]; now: Date; timeZone: string };

/** Only the next steps across interviews, in the plan's own timeline; each interview's page has the whole plan. */
export function NextStepsSection({ due, upcoming, now, timeZone }: Props) {
  const steps = [...due, ...upcoming].map(asTimelineStep);
  return (
    <section aria-labelledby="next-steps-heading">
      <h2 id="next-steps-heading" className="text-2xl">Your next steps</h2>
      <p className="mt-1 mb-5 text-sm text-muted">
        {steps.length === 0
          ? "Nothing is waiting on you. When you add an interview, its plan starts here."
          : due.length === 0
            ? "Nothing is due today. Coming up next:"
            : "Overdue and due today first, then what comes next."}
      </p>
      {steps.length > 0 ? <PlanTimeline steps={steps} now={now} timeZone={timeZone} setStateAction={setPlanStepStateAction} /> : null}
    </section>
  );
}

function asTimelineStep(step: DueStep): TimelineStep {
  return {
    ...step,
    state: "pending",
    completedAt: null,
    context: { label: `${step.company}, ${step.role}`, href: `/portal/interviews/${step.interviewId}` },
  };
}
