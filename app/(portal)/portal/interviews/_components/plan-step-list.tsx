import Link from "next/link";
import type { ApplicationSource } from "@/lib/domain/values";
import { formatDateTime } from "@/lib/domain/format";
import { describeStep, type PlanStepKind } from "@/lib/plans/interview-plan";
import type { ThanksProgress } from "@/lib/plans/step-facts";
import { StepButtons } from "./step-buttons";

type Step = { id: string; kind: PlanStepKind; dueAt: Date | null; state: "pending" | "done" | "skipped" | "cancelled"; completedAt: Date | null };

type Props = {
  interviewId: string;
  steps: readonly Step[];
  timeZone: string;
  source: ApplicationSource;
  clientWelcomesDirectNotes: boolean;
  /** False once the application has an outcome: finished steps then stay as they are. */
  planOpen: boolean;
  now: Date;
  thanks: ThanksProgress;
};

/** The order the candidate lives them in, whatever order the rows come back in. */
const journeyOrder: readonly PlanStepKind[] = ["timeline", "debrief", "thanks", "reflect", "decide", "follow_up_1", "follow_up_2", "keep_looking"];

const stateLabels = { pending: "To do", done: "Done", skipped: "Skipped", cancelled: "Cancelled: the plan is closed" } as const;

export function PlanStepList({ interviewId, steps, timeZone, source, clientWelcomesDirectNotes, planOpen, now, thanks }: Props) {
  const thanksEach = source === "direct" || clientWelcomesDirectNotes;
  const ordered = [...steps].sort((a, b) => journeyOrder.indexOf(a.kind) - journeyOrder.indexOf(b.kind));
  const pages: Partial<Record<PlanStepKind, { href: string; label: string }>> = {
    thanks: { href: `/portal/interviews/${interviewId}/thank-you`, label: "Draft your thank-you notes" },
    reflect: { href: `/portal/interviews/${interviewId}/reflection`, label: "Write your reflection" },
    decide: { href: `/portal/interviews/${interviewId}/reflection`, label: "Answer in your reflection" },
  };

  return (
    <ol className="space-y-3">
      {ordered.map((step) => {
        const description = describeStep(step.kind, source, clientWelcomesDirectNotes);
        const overdue = step.state === "pending" && step.dueAt !== null && step.dueAt < now;
        const page = pages[step.kind];
        return (
          <li key={step.id} className={`rounded border p-4 ${overdue ? "border-accent bg-orange-50" : "border-line"} ${step.state === "pending" ? "" : "bg-surface"}`}>
            <p className="font-semibold">
              {description}
              {overdue ? <span className="ml-2 rounded bg-accent px-2 py-0.5 text-sm text-white">Overdue</span> : null}
            </p>
            <p className="text-sm text-muted">
              {step.dueAt ? `Due ${formatDateTime(step.dueAt, timeZone)}` : "No due date: keep it up while you wait"}
              {" · "}
              {stateLabels[step.state]}
              {step.kind === "thanks" && step.state === "pending" && thanksEach && thanks.of > 1 ? ` · ${thanks.thanked} of ${thanks.of} thanked${thanks.skipped ? `, ${thanks.skipped} skipped` : ""}` : ""}
              {step.completedAt && step.state !== "pending" ? ` on ${formatDateTime(step.completedAt, timeZone)}` : ""}
            </p>
            {page && step.state === "pending" ? (
              <p className="mt-1">
                <Link href={page.href}>{page.label}</Link>
              </p>
            ) : null}
            {step.state === "pending" && (step.kind === "follow_up_1" || step.kind === "follow_up_2") ? (
              <p className="mt-1">
                <a href={`/portal/follow-ups/${step.id}/calendar.ics`} download>
                  Add this follow-up to your calendar
                </a>
              </p>
            ) : null}
            {step.state === "cancelled" || (!planOpen && step.state !== "pending") ? null : (
              <div className="mt-2">
                <StepButtons stepId={step.id} interviewId={interviewId} state={step.state} description={description} />
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
