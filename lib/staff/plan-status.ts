import type { PlanStepKind } from "../plans/interview-plan";

// Pure: one interview's plan as the consultant reads it on the candidate page.

/** The steps in the consultant's words (the portal speaks to the candidate). */
export const staffStepLabels: Record<PlanStepKind, string> = {
  timeline: "Record the decision timeline",
  debrief: "Debrief with the consultant",
  thanks: "Thank-you note",
  reflect: "Reflection",
  decide: "Decide whether they still want the role",
  follow_up_1: "First follow-up",
  follow_up_2: "Second follow-up",
  keep_looking: "Keep applying elsewhere",
};

export type PlanStepState = "pending" | "done" | "skipped" | "cancelled";
export type PlanStepRow = { kind: PlanStepKind; dueAt: Date | null; state: PlanStepState };
export type DatedStep = { kind: PlanStepKind; label: string; dueAt: Date };

export type PlanStatus = {
  done: number;
  skipped: number;
  pending: number;
  /** Every step still open was cancelled: the application has an outcome. */
  closed: boolean;
  next: DatedStep | null;
  overdue: DatedStep[];
};

const byDue = (a: DatedStep, b: DatedStep) => a.dueAt.getTime() - b.dueAt.getTime();

export function summarisePlan(steps: readonly PlanStepRow[], now: Date): PlanStatus {
  const count = (state: PlanStepState) => steps.filter((step) => step.state === state).length;
  // "Keep applying" has no due date: an ongoing habit is never late.
  const dated = steps
    .filter((step): step is PlanStepRow & { dueAt: Date } => step.state === "pending" && step.dueAt !== null)
    .map((step) => ({ kind: step.kind, label: staffStepLabels[step.kind], dueAt: step.dueAt }));
  // Due at this instant counts as late, as on the needs-attention list.
  const overdue = dated.filter((step) => step.dueAt.getTime() <= now.getTime()).sort(byDue);
  const upcoming = dated.filter((step) => step.dueAt.getTime() > now.getTime()).sort(byDue);
  const pending = count("pending");
  return {
    done: count("done"),
    skipped: count("skipped"),
    pending,
    closed: pending === 0 && count("cancelled") > 0,
    next: upcoming[0] ?? null,
    overdue,
  };
}
