import { describe, expect, it } from "vitest";
import { summarisePlan, type PlanStepRow } from "./plan-status";

// Wednesday 11 November 2026, 12:00 UTC: the day after a Tuesday interview.
const now = new Date("2026-11-11T12:00:00Z");
const at = (iso: string) => new Date(iso);

describe("summarisePlan", () => {
  const steps: PlanStepRow[] = [
    { kind: "timeline", dueAt: at("2026-11-10T11:00:00Z"), state: "done" },
    { kind: "debrief", dueAt: at("2026-11-10T18:00:00Z"), state: "pending" },
    { kind: "thanks", dueAt: at("2026-11-11T11:00:00Z"), state: "pending" },
    { kind: "reflect", dueAt: at("2026-11-11T11:00:00Z"), state: "skipped" },
    { kind: "decide", dueAt: at("2026-11-12T11:00:00Z"), state: "pending" },
    { kind: "follow_up_1", dueAt: at("2026-12-01T09:00:00Z"), state: "pending" },
    { kind: "keep_looking", dueAt: null, state: "pending" },
  ];

  it("counts the steps, names the next one due and lists the late ones, longest late first", () => {
    const status = summarisePlan(steps, now);
    expect(status).toMatchObject({ done: 1, skipped: 1, pending: 5, closed: false });
    expect(status.next).toEqual({ kind: "decide", label: "Decide whether they still want the role", dueAt: at("2026-11-12T11:00:00Z") });
    expect(status.overdue.map((step) => step.kind)).toEqual(["debrief", "thanks"]);
  });

  it("treats a step due this very moment as late, and never an undated one", () => {
    const status = summarisePlan([{ kind: "thanks", dueAt: now, state: "pending" }, { kind: "keep_looking", dueAt: null, state: "pending" }], now);
    expect(status.overdue.map((step) => step.kind)).toEqual(["thanks"]);
    expect(status.next).toBeNull();
  });

  it("reads a plan whose open steps were all cancelled as closed, with nothing late", () => {
    const closed = summarisePlan(
      [
        { kind: "timeline", dueAt: at("2026-11-10T11:00:00Z"), state: "done" },
        { kind: "follow_up_1", dueAt: at("2026-11-01T09:00:00Z"), state: "cancelled" },
      ],
      now,
    );
    expect(closed).toMatchObject({ done: 1, pending: 0, closed: true, next: null, overdue: [] });
    expect(summarisePlan([], now).closed).toBe(false);
  });
});
