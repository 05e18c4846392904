import { describe, expect, it } from "vitest";
import { journeyOrder } from "./interview-plan";
import { stepActions, type StepActionInput } from "./step-actions";

const step = (overrides: Partial<StepActionInput>): StepActionInput => ({
  id: "step-1",
  kind: "thanks",
  displayState: "overdue",
  interviewId: "int-1",
  source: "direct",
  clientWelcomesDirectNotes: false,
  planOpen: true,
  ...overrides,
});

const labels = (input: Partial<StepActionInput>) => {
  const { primary, secondary } = stepActions(step(input));
  return { primary: primary?.label ?? null, secondary: secondary.map((action) => action.label) };
};

describe("stepActions", () => {
  it("gives every open step exactly one primary action, whatever its kind and state", () => {
    for (const kind of journeyOrder) {
      for (const displayState of ["overdue", "due_today", "upcoming", "ongoing"] as const) {
        const { primary, secondary } = stepActions(step({ kind, displayState }));
        expect(primary, `${kind} ${displayState}`).not.toBeNull();
        // The primary is never offered a second time among the quiet ones.
        expect(secondary.map((action) => action.label)).not.toContain(primary!.label);
      }
    }
  });

  it("sends the thanks step to the drafts, through the consultant when the client wants it so", () => {
    expect(stepActions(step({ kind: "thanks" })).primary).toEqual({ kind: "link", label: "Write your thank-you notes", href: "/portal/interviews/int-1/thank-you" });
    expect(labels({ kind: "thanks", source: "agency" }).primary).toBe("Write your thanks for your consultant");
    expect(labels({ kind: "thanks", source: "agency", clientWelcomesDirectNotes: true }).primary).toBe("Write your thank-you notes");
    expect(labels({ kind: "thanks" }).secondary).toEqual(["Mark as done", "Skip"]);
  });

  it("sends the reflection and decision to the reflection page, the timeline to the interview form", () => {
    expect(stepActions(step({ kind: "reflect" })).primary).toMatchObject({ kind: "link", href: "/portal/interviews/int-1/reflection", label: "Write your reflection" });
    expect(stepActions(step({ kind: "decide" })).primary).toMatchObject({ kind: "link", href: "/portal/interviews/int-1/reflection" });
    expect(stepActions(step({ kind: "timeline" })).primary).toMatchObject({ kind: "link", href: "/portal/interviews/int-1/edit" });
    expect(stepActions(step({ kind: "keep_looking", displayState: "ongoing" })).primary).toMatchObject({ href: "/portal/applications/new" });
  });

  it("records the debrief, a phone call, with one press", () => {
    expect(stepActions(step({ kind: "debrief", source: "agency" }))).toEqual({
      primary: { kind: "set_state", label: "I've had the debrief", to: "done" },
      secondary: [{ kind: "set_state", label: "Skip", to: "skipped" }],
    });
  });

  it("puts a follow-up in the diary before its day and records it on the day", () => {
    const calendar = { kind: "download", label: "Add to your calendar", href: "/portal/follow-ups/step-1/calendar.ics" };
    expect(stepActions(step({ kind: "follow_up_1", displayState: "upcoming" })).primary).toEqual(calendar);
    for (const displayState of ["due_today", "overdue"] as const) {
      const actions = stepActions(step({ kind: "follow_up_2", displayState }));
      expect(actions.primary).toEqual({ kind: "set_state", label: "I've followed up", to: "done" });
      expect(actions.secondary).toContainEqual(calendar);
    }
  });

  it("offers only Undo on a finished step while the plan is open, and nothing once it is closed or cancelled", () => {
    for (const displayState of ["done", "skipped"] as const) {
      expect(stepActions(step({ displayState }))).toEqual({ primary: null, secondary: [{ kind: "set_state", label: "Undo", to: "pending" }] });
      expect(stepActions(step({ displayState, planOpen: false }))).toEqual({ primary: null, secondary: [] });
    }
    expect(stepActions(step({ displayState: "cancelled" }))).toEqual({ primary: null, secondary: [] });
  });
});
