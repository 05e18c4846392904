import { describe, expect, it } from "vitest";
import { compareSteps, isActionableNow, isSettled, settledSummary, stepDisplayState, stepStateWords } from "./step-state";

// Monday 9 November 2026, 12:00 UTC: midday in London, 1am on Tuesday in Auckland.
const now = new Date("2026-11-09T12:00:00Z");
const LONDON = "Europe/London";
const pending = (dueAt: string | null) => ({ state: "pending" as const, dueAt: dueAt === null ? null : new Date(dueAt) });

describe("stepDisplayState", () => {
  it("calls a pending step past its time overdue, even earlier today", () => {
    expect(stepDisplayState(pending("2026-11-09T11:59:00Z"), now, LONDON)).toBe("overdue");
    expect(stepDisplayState(pending("2026-11-02T09:00:00Z"), now, LONDON)).toBe("overdue");
  });

  it("calls a step due later on the candidate's today due today, and tomorrow's upcoming", () => {
    expect(stepDisplayState(pending("2026-11-09T12:00:00Z"), now, LONDON)).toBe("due_today");
    expect(stepDisplayState(pending("2026-11-09T23:59:00Z"), now, LONDON)).toBe("due_today");
    expect(stepDisplayState(pending("2026-11-10T00:00:00Z"), now, LONDON)).toBe("upcoming");
  });

  it("reads today in the candidate's own zone", () => {
    // 00:30 UTC on the 10th is 13:30 on the 10th in Auckland: their today, London's tomorrow.
    expect(stepDisplayState(pending("2026-11-10T00:30:00Z"), now, "Pacific/Auckland")).toBe("due_today");
    expect(stepDisplayState(pending("2026-11-10T00:30:00Z"), now, LONDON)).toBe("upcoming");
  });

  it("calls an undated pending step ongoing and passes finished states through", () => {
    expect(stepDisplayState(pending(null), now, LONDON)).toBe("ongoing");
    for (const state of ["done", "skipped", "cancelled"] as const) {
      expect(stepDisplayState({ state, dueAt: new Date("2026-11-02T09:00:00Z") }, now, LONDON)).toBe(state);
    }
  });

  it("has a word for every state, so colour is never the only sign", () => {
    expect(Object.values(stepStateWords).every((word) => word.length > 0)).toBe(true);
    expect(stepStateWords.overdue).toBe("Overdue");
    expect(stepStateWords.due_today).toBe("Due today");
  });
});

describe("isSettled and isActionableNow", () => {
  it("folds done and skipped steps only, and acts now on overdue and due today", () => {
    expect((["done", "skipped"] as const).every(isSettled)).toBe(true);
    expect((["overdue", "due_today", "upcoming", "ongoing", "cancelled"] as const).some(isSettled)).toBe(false);
    expect((["overdue", "due_today"] as const).every(isActionableNow)).toBe(true);
    expect((["upcoming", "ongoing", "done", "skipped", "cancelled"] as const).some(isActionableNow)).toBe(false);
  });
});

describe("compareSteps", () => {
  it("orders by due time, ties in journey order, undated steps last", () => {
    const at = (iso: string) => new Date(iso);
    const steps = [
      { kind: "keep_looking" as const, dueAt: null },
      { kind: "follow_up_1" as const, dueAt: at("2026-11-23T09:00:00Z") },
      { kind: "reflect" as const, dueAt: at("2026-11-10T11:00:00Z") },
      { kind: "thanks" as const, dueAt: at("2026-11-10T11:00:00Z") },
      { kind: "timeline" as const, dueAt: at("2026-11-09T11:00:00Z") },
    ];
    expect([...steps].sort(compareSteps).map((step) => step.kind)).toEqual(["timeline", "thanks", "reflect", "follow_up_1", "keep_looking"]);
  });
});

describe("settledSummary", () => {
  it("counts in words, singular and plural", () => {
    expect(settledSummary(1, 0)).toBe("1 done step");
    expect(settledSummary(3, 0)).toBe("3 done steps");
    expect(settledSummary(2, 1)).toBe("2 done steps, 1 skipped");
    expect(settledSummary(0, 1)).toBe("1 skipped step");
    expect(settledSummary(0, 2)).toBe("2 skipped steps");
  });
});
