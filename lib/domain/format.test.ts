import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatShortDay, formatTime } from "./format";

describe("formatting", () => {
  it("shows London time by default, including British Summer Time", () => {
    expect(formatDateTime(new Date("2026-07-01T08:30:00Z"))).toBe("1 Jul 2026, 09:30");
    expect(formatDateTime(new Date("2026-12-01T08:30:00Z"))).toBe("1 Dec 2026, 08:30");
  });

  it("uses the reader's own time zone when given", () => {
    expect(formatDate(new Date("2026-12-01T23:30:00Z"), "Asia/Tokyo")).toBe("2 Dec 2026");
  });

  it("keeps each zone's and each style's formatter apart, however often they are asked for", () => {
    const instant = new Date("2026-12-01T23:30:00Z");
    for (let round = 0; round < 2; round += 1) {
      expect([formatDate(instant, "Europe/London"), formatDate(instant, "Asia/Tokyo"), formatDateTime(instant, "Asia/Tokyo")]).toEqual(["1 Dec 2026", "2 Dec 2026", "2 Dec 2026, 08:30"]);
    }
  });

  it("writes a timeline's short day and time in the reader's zone, with the year only when it differs", () => {
    const now = new Date("2026-12-07T10:00:00Z");
    expect(formatShortDay(new Date("2026-12-05T17:00:00Z"), "Europe/London", now)).toBe("Sat 5 Dec");
    expect(formatShortDay(new Date("2027-01-04T09:00:00Z"), "Europe/London", now)).toBe("Mon 4 Jan 2027");
    // 23:30 on New Year's Eve in London is already next year in Tokyo.
    expect(formatShortDay(new Date("2026-12-31T23:30:00Z"), "Asia/Tokyo", now)).toBe("Fri 1 Jan 2027");
    expect(formatTime(new Date("2026-07-01T08:30:00Z"), "Europe/London")).toBe("09:30");
  });
});
