import { describe, expect, it } from "vitest";
import { terminalStages } from "@/lib/domain/values";
import { plannedReminders, type ReminderPlanInput } from "./reminder-plan";

const base: ReminderPlanInput = {
  interviewStartsAt: new Date("2026-11-10T10:00:00Z"), // Tuesday, 10:00 in London
  durationMinutes: 60,
  timeZone: "Europe/London",
  steps: [
    { kind: "thanks", dueAt: new Date("2026-11-11T11:00:00Z"), state: "pending" },
    { kind: "follow_up_1", dueAt: new Date("2026-12-01T09:00:00Z"), state: "pending" },
    { kind: "follow_up_2", dueAt: new Date("2026-12-08T09:00:00Z"), state: "pending" },
    { kind: "keep_looking", dueAt: null, state: "pending" },
  ],
  stage: "interviewing",
  remindersEnabled: true,
  firstFollowUpRemindedAt: null,
};

const listed = (input: ReminderPlanInput, settings?: Parameters<typeof plannedReminders>[1]) =>
  plannedReminders(input, settings).map((reminder) => `${reminder.kind} ${reminder.dueAt.toISOString()}`);

describe("plannedReminders", () => {
  it("plans the day-before reminder, the post-interview email and the first follow-up, in due order", () => {
    expect(listed(base)).toEqual([
      "interview_tomorrow 2026-11-09T09:00:00.000Z",
      "post_interview 2026-11-10T13:00:00.000Z",
      "follow_up 2026-12-01T09:00:00.000Z",
    ]);
  });

  it("plans the second follow-up only once the first is done, skipped or reminded of, so the two never come together", () => {
    const seconds = (input: ReminderPlanInput) => plannedReminders(input).filter((reminder) => reminder.slot === "follow_up_2");
    expect(seconds(base)).toEqual([]);
    expect(seconds({ ...base, firstFollowUpRemindedAt: new Date("2026-12-01T09:00:00Z") })).toHaveLength(1);
    for (const state of ["done", "skipped"]) {
      const steps = base.steps.map((step) => (step.kind === "follow_up_1" ? { ...step, state } : step));
      expect(seconds({ ...base, steps })).toEqual([{ kind: "follow_up", slot: "follow_up_2", dueAt: new Date("2026-12-08T09:00:00Z") }]);
    }
  });

  it("names each reminder's step: the day-before one by the interview's own date", () => {
    const slots = plannedReminders({ ...base, firstFollowUpRemindedAt: new Date() }).map((reminder) => reminder.slot);
    expect(slots).toEqual(["interview_tomorrow:2026-11-10", "post_interview", "follow_up_1", "follow_up_2"]);
  });

  it("times the post-interview email from the end of the interview", () => {
    const long = { ...base, interviewStartsAt: new Date("2026-11-10T15:30:00Z"), durationMinutes: 150 };
    expect(listed(long)).toContain("post_interview 2026-11-10T20:00:00.000Z");
  });

  it("nudges only for follow-ups still pending", () => {
    const steps = [
      { kind: "follow_up_1" as const, dueAt: new Date("2026-12-01T09:00:00Z"), state: "done" },
      { kind: "follow_up_2" as const, dueAt: new Date("2026-12-08T09:00:00Z"), state: "pending" },
    ];
    expect(listed({ ...base, steps }).filter((line) => line.startsWith("follow_up"))).toEqual(["follow_up 2026-12-08T09:00:00.000Z"]);
    const finished = steps.map((step) => ({ ...step, state: "skipped" }));
    expect(listed({ ...base, steps: finished }).filter((line) => line.startsWith("follow_up"))).toEqual([]);
    const cancelled = steps.map((step) => ({ ...step, state: "cancelled" }));
    expect(listed({ ...base, steps: cancelled }).filter((line) => line.startsWith("follow_up"))).toEqual([]);
  });

  it("plans the day-before reminder by the interview's clock, not the server's", () => {
    // 20:00 in New York on the 10th is already the 11th in UTC; the day before is still the 9th there.
    const evening = { ...base, interviewStartsAt: new Date("2026-11-11T01:00:00Z"), timeZone: "America/New_York" };
    expect(listed(evening)).toContain("interview_tomorrow 2026-11-09T14:00:00.000Z");
    // 09:00 in Tokyo on the 10th is midnight UTC.
    const tokyo = { ...base, interviewStartsAt: new Date("2026-11-10T00:00:00Z"), timeZone: "Asia/Tokyo" };
    expect(listed(tokyo)).toContain("interview_tomorrow 2026-11-09T00:00:00.000Z");
  });

  it("keeps 09:00 local across a clock change and on a weekend", () => {
    // Monday 30 March 2026, 10:00 BST; the clocks went forward on the Sunday.
    const afterChange = { ...base, interviewStartsAt: new Date("2026-03-30T09:00:00Z") };
    expect(listed(afterChange)).toContain("interview_tomorrow 2026-03-29T08:00:00.000Z");
  });

  it("plans nothing once the application is closed", () => {
    for (const stage of terminalStages) expect(plannedReminders({ ...base, stage })).toEqual([]);
    expect(listed({ ...base, stage: "awaiting_decision" })).toHaveLength(3);
  });

  it("plans nothing when the candidate has switched reminders off", () => {
    expect(plannedReminders({ ...base, remindersEnabled: false })).toEqual([]);
  });

  it("takes the hour and the delay from the agency's settings", () => {
    expect(listed(base, { reminderHour: 8, postInterviewEmailDelayHours: 3 }).slice(0, 2)).toEqual([
      "interview_tomorrow 2026-11-09T08:00:00.000Z",
      "post_interview 2026-11-10T14:00:00.000Z",
    ]);
  });
});
