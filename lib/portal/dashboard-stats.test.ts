import { describe, expect, it } from "vitest";
import {
  describeDays,
  localMonthBounds,
  median,
  medianDaysToDecision,
  startOfNextLocalDay,
  statedDecisionDate,
} from "./dashboard-stats";

const iso = (date: Date) => date.toISOString();

describe("startOfNextLocalDay", () => {
  it("is local midnight, in summer time and in winter", () => {
    expect(iso(startOfNextLocalDay(new Date("2026-07-14T10:00:00Z"), "Europe/London"))).toBe("2026-07-14T23:00:00.000Z");
    expect(iso(startOfNextLocalDay(new Date("2026-01-14T10:00:00Z"), "Europe/London"))).toBe("2026-01-15T00:00:00.000Z");
  });

  it("follows the candidate's day, not the server's", () => {
    // 23:30 UTC on the 14th is already the 15th in Sydney.
    expect(iso(startOfNextLocalDay(new Date("2026-07-14T23:30:00Z"), "Australia/Sydney"))).toBe("2026-07-15T14:00:00.000Z");
    expect(iso(startOfNextLocalDay(new Date("2026-07-14T23:30:00Z"), "America/New_York"))).toBe("2026-07-15T04:00:00.000Z");
  });

  it("ends a day with a clock change at the right instant", () => {
    // Sunday 29 March 2026 in London has 23 hours.
    expect(iso(startOfNextLocalDay(new Date("2026-03-29T00:30:00Z"), "Europe/London"))).toBe("2026-03-29T23:00:00.000Z");
  });
});

describe("localMonthBounds", () => {
  it("runs from local midnight on the 1st to local midnight on the next 1st", () => {
    const { start, end } = localMonthBounds(new Date("2026-07-14T10:00:00Z"), "Europe/London");
    expect(iso(start)).toBe("2026-06-30T23:00:00.000Z");
    expect(iso(end)).toBe("2026-07-31T23:00:00.000Z");
  });

  it("puts the first hour of a month in London in that month, though it is still last month in UTC", () => {
    const { start } = localMonthBounds(new Date("2026-06-30T23:30:00Z"), "Europe/London");
    expect(iso(start)).toBe("2026-06-30T23:00:00.000Z");
  });

  it("crosses the year and a clock change", () => {
    const december = localMonthBounds(new Date("2026-12-31T12:00:00Z"), "Europe/London");
    expect(iso(december.end)).toBe("2027-01-01T00:00:00.000Z");
    // March starts in GMT and ends in BST.
    const march = localMonthBounds(new Date("2026-03-15T12:00:00Z"), "Europe/London");
    expect(iso(march.start)).toBe("2026-03-01T00:00:00.000Z");
    expect(iso(march.end)).toBe("2026-03-31T23:00:00.000Z");
  });

  it("uses the candidate's zone far from London", () => {
    const { start, end } = localMonthBounds(new Date("2026-02-28T20:00:00Z"), "Pacific/Auckland");
    // Already 1 March in Auckland (UTC+13 in summer).
    expect(iso(start)).toBe("2026-02-28T11:00:00.000Z");
    expect(iso(end)).toBe("2026-03-31T11:00:00.000Z");
  });
});

describe("median", () => {
  it("takes the middle value, or the mean of the middle two", () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([10, 2, 4, 8])).toBe(6);
    expect(median([3])).toBe(3);
  });

  it("is null for nothing and ignores values that are not numbers", () => {
    expect(median([])).toBeNull();
    expect(median([Number.NaN, 4, Number.POSITIVE_INFINITY])).toBe(4);
  });
});

describe("medianDaysToDecision", () => {
  const decision = (interview: string, decided: string) => ({ lastInterviewAt: new Date(interview), decidedAt: new Date(decided) });

  it("says nothing with fewer than two decisions", () => {
    expect(medianDaysToDecision([])).toBeNull();
    expect(medianDaysToDecision([decision("2026-05-01T10:00:00Z", "2026-05-08T10:00:00Z")])).toBeNull();
  });

  it("measures from the last interview to the decision", () => {
    expect(
      medianDaysToDecision([
        decision("2026-05-01T10:00:00Z", "2026-05-08T10:00:00Z"),
        decision("2026-05-01T10:00:00Z", "2026-05-15T10:00:00Z"),
        decision("2026-05-01T10:00:00Z", "2026-05-04T10:00:00Z"),
      ]),
    ).toBe(7);
  });

  it("drops a decision recorded before the interview it is measured from", () => {
    expect(
      medianDaysToDecision([
        decision("2026-05-10T10:00:00Z", "2026-05-01T10:00:00Z"),
        decision("2026-05-01T10:00:00Z", "2026-05-03T10:00:00Z"),
      ]),
    ).toBeNull();
  });
});

describe("describeDays", () => {
  it("counts whole days", () => {
    expect(describeDays(0.2)).toBe("under a day");
    expect(describeDays(1.2)).toBe("1 day");
    expect(describeDays(6.5)).toBe("7 days");
  });
});

describe("statedDecisionDate", () => {
  const base = {
    startsAt: new Date("2026-11-10T23:30:00Z"),
    timeZone: "Europe/London",
    timelineDate: null,
    timelineAmount: null,
    timelineUnit: null,
  } as const;

  it("is the date they gave", () => {
    expect(statedDecisionDate({ ...base, timelineKind: "date", timelineDate: "2026-12-01" })).toBe("2026-12-01");
  });

  it("counts days or weeks from the local interview day", () => {
    expect(statedDecisionDate({ ...base, timelineKind: "relative", timelineAmount: 2, timelineUnit: "weeks" })).toBe("2026-11-24");
    // 23:30 UTC on the 10th is the 11th in Sydney.
    expect(
      statedDecisionDate({ ...base, timeZone: "Australia/Sydney", timelineKind: "relative", timelineAmount: 3, timelineUnit: "days" }),
    ).toBe("2026-11-14");
  });

  it("is null when they did not say", () => {
    expect(statedDecisionDate({ ...base, timelineKind: "none" })).toBeNull();
  });
});
