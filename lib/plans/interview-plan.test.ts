import { describe, expect, it } from "vitest";
import { buildInterviewPlan, describeStep } from "./interview-plan";
import { calendarFromDates } from "./working-days";

const calendar = calendarFromDates(["2026-12-25", "2026-12-28", "2027-01-01"]);
const base = {
  interviewStartsAt: new Date("2026-11-10T10:00:00Z"), // Tuesday, 10:00 in London
  durationMinutes: 60,
  timeZone: "Europe/London",
  clientWelcomesDirectNotes: false,
};

const dueOf = (steps: ReturnType<typeof buildInterviewPlan>, kind: string) =>
  steps.find((step) => step.kind === kind)?.dueAt?.toISOString() ?? null;

describe("buildInterviewPlan", () => {
  it("plans a direct interview with a four-week timeline: thanks in 24 hours, follow-up at about three weeks", () => {
    const steps = buildInterviewPlan(
      { ...base, source: "direct", timeline: { kind: "relative", amount: 4, unit: "weeks" } },
      calendar,
    );
    expect(steps.map((step) => step.kind)).toEqual([
      "timeline",
      "thanks",
      "reflect",
      "decide",
      "follow_up_1",
      "follow_up_2",
      "keep_looking",
    ]);
    expect(dueOf(steps, "thanks")).toBe("2026-11-11T11:00:00.000Z");
    expect(dueOf(steps, "follow_up_1")).toBe("2026-12-01T09:00:00.000Z");
    expect(dueOf(steps, "follow_up_2")).toBe("2026-12-08T09:00:00.000Z");
    expect(dueOf(steps, "keep_looking")).toBeNull();
  });

  it("adds a same-day debrief for an agency interview", () => {
    const steps = buildInterviewPlan({ ...base, source: "agency", timeline: { kind: "none" } }, calendar);
    expect(dueOf(steps, "debrief")).toBe("2026-11-10T18:00:00.000Z");
    expect(describeStep("thanks", "agency", false)).toMatch(/through your consultant/);
    expect(describeStep("thanks", "agency", true)).toMatch(/each interviewer/);
  });

  it("gives a late interview an hour for the debrief", () => {
    const steps = buildInterviewPlan(
      { ...base, interviewStartsAt: new Date("2026-11-10T17:30:00Z"), source: "agency", timeline: { kind: "none" } },
      calendar,
    );
    expect(dueOf(steps, "debrief")).toBe("2026-11-10T19:30:00.000Z");
  });

  it("keeps follow-ups off bank holidays", () => {
    const steps = buildInterviewPlan(
      { ...base, interviewStartsAt: new Date("2026-12-18T10:00:00Z"), source: "direct", timeline: { kind: "none" } },
      calendar,
    );
    // A week after the interview is Christmas Day; then Boxing Day weekend and the 28th substitute day.
    expect(dueOf(steps, "follow_up_1")).toBe("2026-12-29T09:00:00.000Z");
  });
});
