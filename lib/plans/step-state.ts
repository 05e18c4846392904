import { journeyOrder, type PlanStepKind } from "./interview-plan";
import { localDateOf } from "./zoned-time";

// Pure: what a plan step's state means to the candidate at `now`, in their own time zone.

export type StepRecordState = "pending" | "done" | "skipped" | "cancelled";

/** The states a candidate sees: a pending step is overdue, due today, upcoming or ongoing. */
export type StepDisplayState = "overdue" | "due_today" | "upcoming" | "ongoing" | "done" | "skipped" | "cancelled";

export const stepStateWords: Record<StepDisplayState, string> = {
  overdue: "Overdue",
  due_today: "Due today",
  upcoming: "Upcoming",
  ongoing: "Ongoing",
  done: "Done",
  skipped: "Skipped",
  cancelled: "Cancelled",
};

type StateInput = { state: StepRecordState; dueAt: Date | null };

export function stepDisplayState(step: StateInput, now: Date, timeZone: string): StepDisplayState {
  if (step.state !== "pending") return step.state;
  if (step.dueAt === null) return "ongoing";
  if (step.dueAt < now) return "overdue";
  // Today is the candidate's calendar day, not the server's.
  return localDateOf(step.dueAt, timeZone) === localDateOf(now, timeZone) ? "due_today" : "upcoming";
}

/** Finished with: folded away under a disclosure so the open steps lead. */
export function isSettled(state: StepDisplayState): boolean {
  return state === "done" || state === "skipped";
}

/** Overdue and due-today steps are the ones to act on now: their one action is drawn as the primary button. */
export function isActionableNow(state: StepDisplayState): boolean {
  return state === "overdue" || state === "due_today";
}

type OrderInput = { kind: PlanStepKind; dueAt: Date | null };

/** By due time, steps due together in the order the candidate lives them; undated steps last. */
export function compareSteps(a: OrderInput, b: OrderInput): number {
  const at = a.dueAt?.getTime() ?? Number.POSITIVE_INFINITY;
  const bt = b.dueAt?.getTime() ?? Number.POSITIVE_INFINITY;
  if (at !== bt) return at < bt ? -1 : 1;
  return journeyOrder.indexOf(a.kind) - journeyOrder.indexOf(b.kind);
}

/** The disclosure's summary: "3 done steps", "2 done steps, 1 skipped", "1 skipped step". */
export function settledSummary(done: number, skipped: number): string {
  const steps = (n: number) => (n === 1 ? "step" : "steps");
  if (done === 0) return `${skipped} skipped ${steps(skipped)}`;
  return skipped === 0 ? `${done} done ${steps(done)}` : `${done} done ${steps(done)}, ${skipped} skipped`;
}
