import Link from "next/link";
import { Disclosure } from "@/components/ui/disclosure";
import type { ApplicationSource } from "@/lib/domain/values";
import { formatDateTime, formatShortDay, formatTime } from "@/lib/domain/format";
import type { PlanStepKind } from "@/lib/plans/interview-plan";
import { stepActions } from "@/lib/plans/step-actions";
import { compareSteps, isActionableNow, isSettled, settledSummary, stepDisplayState, type StepDisplayState, type StepRecordState } from "@/lib/plans/step-state";
import { StepActionsProvider, type SetStepStateAction } from "./step-actions-provider";
import { StepControls } from "./step-controls";
import { StepStateBadge } from "./step-state-badge";

// The plan as a timeline: dates down the side, each step's state in a word and an icon,
// one action per step, finished steps folded away. The interview page and the dashboard share it.

export type TimelineStep = {
  id: string;
  kind: PlanStepKind;
  state: StepRecordState;
  dueAt: Date | null;
  completedAt: Date | null;
  interviewId: string;
  source: ApplicationSource;
  clientWelcomesDirectNotes: boolean;
  /** What the step asks, from describeStep. */
  description: string;
  /** A line of progress, e.g. "1 of 2 thanked". */
  note?: string;
  /** On the dashboard: which interview the step belongs to. */
  context?: { label: string; href: string };
};

type Props = {
  steps: readonly TimelineStep[];
  now: Date;
  /** The candidate's own zone: "today" and every date are theirs. */
  timeZone: string;
  planOpen?: boolean;
  setStateAction: SetStepStateAction;
};

type Shown = { step: TimelineStep; state: StepDisplayState };

export function PlanTimeline({ steps, now, timeZone, planOpen = true, setStateAction }: Props) {
  const shown = [...steps].sort(compareSteps).map((step) => ({ step, state: stepDisplayState(step, now, timeZone) }));
  const settled = shown.filter(({ state }) => isSettled(state));
  const open = shown.filter(({ state }) => !isSettled(state));
  const item = ({ step, state }: Shown) => <TimelineItem key={step.id} step={step} state={state} now={now} timeZone={timeZone} planOpen={planOpen} />;
  return (
    <StepActionsProvider action={setStateAction}>
      {settled.length > 0 ? (
        <Disclosure
          summary={settledSummary(settled.filter(({ state }) => state === "done").length, settled.filter(({ state }) => state === "skipped").length)}
          className="mb-5"
        >
          <ol className="mt-2">{settled.map(item)}</ol>
        </Disclosure>
      ) : null}
      {open.length > 0 ? <ol>{open.map(item)}</ol> : null}
    </StepActionsProvider>
  );
}

const dotClass: Record<StepDisplayState, string> = {
  overdue: "border-red-700 bg-red-700",
  due_today: "border-amber-700 bg-amber-400",
  upcoming: "border-sky-700 bg-white",
  ongoing: "border-brand bg-white",
  done: "border-green-700 bg-green-700",
  skipped: "border-muted bg-white",
  cancelled: "border-line bg-surface",
};

type ItemProps = { step: TimelineStep; state: StepDisplayState; now: Date; timeZone: string; planOpen: boolean };

function TimelineItem({ step, state, now, timeZone, planOpen }: ItemProps) {
  const urgent = isActionableNow(state);
  const actions = stepActions({ ...step, displayState: state, planOpen });
  const meta = metaLine(step, state, timeZone);
  return (
    // Phones: the date heads the step, inside the rail. Wider screens: dates down the side.
    <li className="relative ml-2 sm:ml-0 sm:grid sm:grid-cols-[7rem_minmax(0,1fr)] sm:gap-x-4">
      <span aria-hidden="true" className={`absolute top-0.5 -left-[7px] h-4 w-4 rounded-full border-2 sm:top-1 sm:left-[calc(8rem-7px)] ${dotClass[state]}`} />
      <p className="border-l-2 border-line pl-5 text-sm leading-snug sm:border-0 sm:pt-0.5 sm:pl-0 sm:text-right">
        {step.dueAt ? (
          <time dateTime={step.dueAt.toISOString()}>
            <span className="sr-only">Due </span>
            <span className="font-semibold sm:block">{formatShortDay(step.dueAt, timeZone, now)}</span>{" "}
            <span className="text-muted sm:block">{formatTime(step.dueAt, timeZone)}</span>
          </time>
        ) : (
          <span className="font-semibold sm:block">While you wait</span>
        )}
      </p>
      <div className="border-l-2 border-line pt-1 pb-7 pl-5 sm:pt-0">
        <StepStateBadge state={state} />
        <h3 className={`mt-1.5 ${urgent ? "text-lg" : "text-base"} ${state === "cancelled" ? "text-muted" : ""}`}>{step.description}</h3>
        {step.context ? (
          <p className="text-sm">
            <Link href={step.context.href}>{step.context.label}</Link>
          </p>
        ) : null}
        {meta ? <p className="text-sm text-muted">{meta}</p> : null}
        <StepControls
          {...actions}
          stepId={step.id}
          interviewId={step.interviewId}
          stepName={step.context ? `${step.description}, ${step.context.label}` : step.description}
          now={urgent}
        />
      </div>
    </li>
  );
}

function metaLine(step: TimelineStep, state: StepDisplayState, timeZone: string): string | null {
  if ((state === "done" || state === "skipped") && step.completedAt) {
    return `${state === "done" ? "Done" : "Skipped"} on ${formatDateTime(step.completedAt, timeZone)}`;
  }
  if (state === "cancelled") return "Cancelled with its reminders when the plan closed";
  if (state === "ongoing") return step.note ?? "No due date: keep it up while you wait";
  return step.note ?? null;
}
