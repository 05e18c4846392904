import { describe, expect, it } from "vitest";
import { describeTimelineHistory } from "./timeline-history";

describe("describeTimelineHistory", () => {
  it("says nothing when the date never moved", () => {
    expect(describeTimelineHistory([], "Europe/London")).toBeNull();
  });

  it("tells each move in order, dated by the candidate's clock", () => {
    const slips = [
      { previousDate: "2027-01-15", newDate: "2027-01-29", createdAt: new Date("2027-01-14T09:00:00Z") },
      { previousDate: "2027-01-01", newDate: "2027-01-15", createdAt: new Date("2026-12-10T23:30:00Z") },
    ];
    expect(describeTimelineHistory(slips, "Europe/London")).toBe(
      "They first said Friday 1 January 2027; on Thursday 10 December 2026 they said Friday 15 January 2027; on Thursday 14 January 2027 they said Friday 29 January 2027.",
    );
    // 23:30 in London on the 10th is already the 11th in Athens.
    expect(describeTimelineHistory(slips.slice(1), "Europe/Athens")).toContain("on Friday 11 December 2026");
  });

  it("says when there was no date to begin with", () => {
    const slips = [{ previousDate: null, newDate: "2027-01-15", createdAt: new Date("2026-12-10T12:00:00Z") }];
    expect(describeTimelineHistory(slips, "Europe/London")).toBe("They first gave no date; on Thursday 10 December 2026 they said Friday 15 January 2027.");
  });

  it("says when the new date came from the client, through the consultant", () => {
    const slips = [{ previousDate: "2026-12-08", newDate: "2027-01-15", createdAt: new Date("2026-12-10T12:00:00Z"), source: "client" as const }];
    expect(describeTimelineHistory(slips, "Europe/London")).toBe(
      "They first said Tuesday 8 December 2026; on Thursday 10 December 2026 they told your consultant Friday 15 January 2027.",
    );
  });
});
