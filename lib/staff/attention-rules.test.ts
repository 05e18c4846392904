import { describe, expect, it } from "vitest";
import { attentionAgeDays, toAttentionItems, type PendingStep, applicationAttentionItems } from "./attention-rules";

// Monday 16 November 2026, 07:30 in London.
const now = new Date("2026-11-16T07:30:00Z");
const london = "Europe/London";

const step = (overrides: Partial<PendingStep>): PendingStep => ({
  interviewId: "interview-1",
  candidateId: "candidate-1",
  candidateName: "Sam Taylor",
  candidateEmail: "sam@example.com",
  company: "Harbour Lane Foods",
  role: "Data Analyst",
  kind: "debrief",
  dueAt: new Date("2026-11-13T18:00:00Z"),
  ...overrides,
});

describe("what needs a consultant's attention", () => {
  it("names each overdue step in the consultant's words", () => {
    const kinds = ["debrief", "thanks", "timeline", "decide", "follow_up_1", "follow_up_2"] as const;
    const items = toAttentionItems(kinds.map((kind) => step({ kind })), now, london);
    expect(items.map((item) => item.reason)).toEqual([
      "Debrief not done",
      "Thank-you note overdue",
      "Decision timeline not recorded",
      "Not yet decided whether they still want the role",
      "Follow-up due",
      "Second follow-up due",
    ]);
  });

  it("leaves out steps not yet due, steps without a date, and the candidate's private ones", () => {
    const items = toAttentionItems(
      [
        step({ kind: "follow_up_1", dueAt: new Date("2026-11-16T09:00:00Z") }),
        step({ kind: "keep_looking", dueAt: null }),
        step({ kind: "reflect" }),
      ],
      now,
      london,
    );
    expect(items).toEqual([]);
  });

  it("counts a follow-up due at this very moment", () => {
    expect(toAttentionItems([step({ kind: "follow_up_1", dueAt: now })], now, london)).toHaveLength(1);
  });

  it("puts the oldest first and names a candidate without a name by their address", () => {
    const items = toAttentionItems(
      [
        step({ candidateId: "b", candidateName: "Alex Morgan", dueAt: new Date("2026-11-15T09:00:00Z") }),
        step({ candidateId: "a", candidateName: "  ", candidateEmail: "jordan@example.com", dueAt: new Date("2026-11-09T09:00:00Z") }),
      ],
      now,
      london,
    );
    expect(items.map((item) => [item.candidateName, item.ageDays])).toEqual([
      ["jordan@example.com", 7],
      ["Alex Morgan", 1],
    ]);
  });
});

describe("the age of an item", () => {
  it("is in calendar days by the consultant's clock: 18:00 on Friday is three days by Monday morning", () => {
    expect(attentionAgeDays(new Date("2026-11-13T18:00:00Z"), now, london)).toBe(3);
    expect(attentionAgeDays(new Date("2026-11-16T07:00:00Z"), now, london)).toBe(0);
  });

  it("follows the zone: 23:30 UTC on Sunday is already Monday in Berlin", () => {
    expect(attentionAgeDays(new Date("2026-11-15T23:30:00Z"), now, london)).toBe(1);
    expect(attentionAgeDays(new Date("2026-11-15T23:30:00Z"), now, "Europe/Berlin")).toBe(0);
  });
});

describe("applicationAttentionItems", () => {
  const now = new Date("2026-11-27T09:00:00Z");
  const base = {
    interviewId: "i1",
    candidateId: "c1",
    candidateName: "Sam Taylor",
    candidateEmail: "sam@example.com",
    company: "Harbour Lane Foods",
    role: "Data Analyst",
    stage: "awaiting_decision",
    decisionDate: null,
    lastActivityAt: new Date("2026-11-25T09:00:00Z"),
    hasUpcomingInterview: false,
  };

  it("flags a decision date that has passed without news, aged from that date", () => {
    const [item, ...rest] = applicationAttentionItems([{ ...base, decisionDate: "2026-11-24" }], now, "Europe/London");
    expect(rest).toEqual([]);
    expect(item).toMatchObject({ reason: "Decision date passed without news", ageDays: 3 });
  });

  it("says nothing on the decision day itself, after an offer, or with another round booked", () => {
    expect(applicationAttentionItems([{ ...base, decisionDate: "2026-11-27" }], now, "Europe/London")).toEqual([]);
    expect(applicationAttentionItems([{ ...base, decisionDate: "2026-11-20", stage: "offer" }], now, "Europe/London")).toEqual([]);
    expect(applicationAttentionItems([{ ...base, decisionDate: "2026-11-20", hasUpcomingInterview: true }], now, "Europe/London")).toEqual([]);
  });

  it("flags an application with no news for two weeks", () => {
    const quiet = { ...base, lastActivityAt: new Date("2026-11-06T15:00:00Z") };
    expect(applicationAttentionItems([quiet], now, "Europe/London")).toEqual([
      expect.objectContaining({ reason: "No news for 21 days", ageDays: 7 }),
    ]);
    expect(applicationAttentionItems([{ ...base, lastActivityAt: new Date("2026-11-14T09:00:00Z") }], now, "Europe/London")).toEqual([]);
  });
});
