import { describe, expect, it } from "vitest";
import { cardView, moveMessage, timeInStage } from "./pipeline-card";

const now = new Date("2026-11-27T10:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);

describe("timeInStage", () => {
  it("counts calendar days in the viewer's zone, then weeks, then months", () => {
    expect(timeInStage(daysAgo(0), now, "Europe/London")).toBe("Moved here today");
    expect(timeInStage(daysAgo(1), now, "Europe/London")).toBe("1 day in this stage");
    expect(timeInStage(daysAgo(13), now, "Europe/London")).toBe("13 days in this stage");
    expect(timeInStage(daysAgo(14), now, "Europe/London")).toBe("2 weeks in this stage");
    expect(timeInStage(daysAgo(62), now, "Europe/London")).toBe("8 weeks in this stage");
    expect(timeInStage(daysAgo(63), now, "Europe/London")).toBe("2 months in this stage");
    expect(timeInStage(daysAgo(400), now, "Europe/London")).toBe("13 months in this stage");
  });

  it("goes by the viewer's calendar, not 24-hour blocks", () => {
    // 23:30 the evening before in London is yesterday there, though under 24 hours ago.
    expect(timeInStage(new Date("2026-11-26T23:30:00Z"), now, "Europe/London")).toBe("1 day in this stage");
    // In Tokyo both instants fall on 27 November.
    expect(timeInStage(new Date("2026-11-26T23:30:00Z"), now, "Asia/Tokyo")).toBe("Moved here today");
  });

  it("never shows a negative age for a clock slightly ahead", () => {
    expect(timeInStage(new Date(now.getTime() + 3 * 86_400_000), now, "Europe/London")).toBe("Moved here today");
  });
});

describe("moveMessage", () => {
  const card = { candidateName: "Alex Smith", candidateEmail: "alex@example.com", company: "Northwind", role: "Analyst", stage: "offer" as const };

  it("names the candidate, the new stage and the application", () => {
    expect(moveMessage(card)).toBe("Alex Smith moved to Offer (Analyst at Northwind).");
    expect(moveMessage({ ...card, candidateName: null, stage: "rejected" })).toBe("alex@example.com moved to Not successful (Analyst at Northwind).");
  });

  it("says the filters hide a card it cannot find", () => {
    expect(moveMessage(undefined)).toBe("Application moved. The filters hide it from this board now.");
  });
});

describe("cardView", () => {
  const card = {
    id: "application-1",
    candidateId: "candidate-1",
    candidateName: "Alex Smith",
    candidateEmail: "alex@example.com",
    company: "Northwind",
    role: "Analyst",
    stage: "awaiting_decision" as const,
    source: "agency" as const,
    stageChangedAt: daysAgo(3),
    nextInterviewAt: null,
    lastInterviewAt: null,
  };

  it("says in words what the card shows, in the viewer's zone, and leaves out what it does not", () => {
    expect(cardView(card, now, "Europe/London")).toEqual({
      id: "application-1",
      candidateId: "candidate-1",
      name: "Alex Smith",
      role: "Analyst",
      company: "Northwind",
      stage: "awaiting_decision",
      inStage: "3 days in this stage",
      since: "since 24 Nov 2026",
    });
  });

  it("names a shared direct application, the next interview before the last, and an unnamed candidate by address", () => {
    const view = cardView(
      { ...card, candidateName: null, source: "direct", stageChangedAt: now, nextInterviewAt: new Date("2026-12-01T14:30:00Z"), lastInterviewAt: daysAgo(2) },
      now,
      "Europe/London",
    );
    expect(view).toMatchObject({ name: "alex@example.com", shared: true, inStage: "Moved here today", interview: "Next interview 1 Dec 2026, 14:30" });
    expect(view).not.toHaveProperty("since");
    expect(cardView({ ...card, lastInterviewAt: new Date("2026-11-20T10:00:00Z") }, now, "Asia/Tokyo").interview).toBe("Last interview 20 Nov 2026");
  });
});
