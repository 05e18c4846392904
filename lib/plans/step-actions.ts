import type { ApplicationSource } from "../domain/values";
import type { PlanStepKind } from "./interview-plan";
import type { StepDisplayState } from "./step-state";

// Pure: the one thing each step asks for next, and the quieter alternatives beside it.

export type StepAction =
  | { kind: "link"; label: string; href: string }
  /** A file to save (the follow-up's calendar event), not a page to open. */
  | { kind: "download"; label: string; href: string }
  | { kind: "set_state"; label: string; to: "done" | "skipped" | "pending" };

export type StepActions = { primary: StepAction | null; secondary: StepAction[] };

export type StepActionInput = {
  id: string;
  kind: PlanStepKind;
  displayState: StepDisplayState;
  interviewId: string;
  source: ApplicationSource;
  clientWelcomesDirectNotes: boolean;
  /** False once the application has an outcome: finished steps then stay as they are. */
  planOpen: boolean;
};

const markDone: StepAction = { kind: "set_state", label: "Mark as done", to: "done" };
const skip: StepAction = { kind: "set_state", label: "Skip", to: "skipped" };
const undo: StepAction = { kind: "set_state", label: "Undo", to: "pending" };

export function stepActions(step: StepActionInput): StepActions {
  const state = step.displayState;
  if (state === "cancelled") return { primary: null, secondary: [] };
  if (state === "done" || state === "skipped") return { primary: null, secondary: step.planOpen ? [undo] : [] };

  const interview = `/portal/interviews/${step.interviewId}`;
  const calendar: StepAction = { kind: "download", label: "Add to your calendar", href: `/portal/follow-ups/${step.id}/calendar.ics` };
  const withPage = (label: string, href: string): StepActions => ({ primary: { kind: "link", label, href }, secondary: [markDone, skip] });

  switch (step.kind) {
    case "timeline":
      return withPage("Add when they will decide", `${interview}/edit`);
    case "thanks":
      return withPage(
        step.source === "agency" && !step.clientWelcomesDirectNotes ? "Write your thanks for your consultant" : "Write your thank-you notes",
        `${interview}/thank-you`,
      );
    case "reflect":
      return withPage("Write your reflection", `${interview}/reflection`);
    case "decide":
      return withPage("Answer in your reflection", `${interview}/reflection`);
    case "keep_looking":
      return withPage("Add an application", "/portal/applications/new");
    case "debrief":
      // A phone call with the consultant: nothing to write here, only to record.
      return { primary: { ...markDone, label: "I've had the debrief" }, secondary: [skip] };
    case "follow_up_1":
    case "follow_up_2":
      // Before its day, the useful thing is a date in the diary; on the day, recording that it is sent.
      return state === "upcoming"
        ? { primary: calendar, secondary: [markDone, skip] }
        : { primary: { ...markDone, label: "I've followed up" }, secondary: [calendar, skip] };
  }
}
