import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime } from "./format";

describe("formatting", () => {
  it("shows London time by default, including British Summer Time", () => {
    expect(formatDateTime(new Date("2026-07-01T08:30:00Z"))).toBe("1 Jul 2026, 09:30");
    expect(formatDateTime(new Date("2026-12-01T08:30:00Z"))).toBe("1 Dec 2026, 08:30");
  });

  it("uses the reader's own time zone when given", () => {
    expect(formatDate(new Date("2026-12-01T23:30:00Z"), "Asia/Tokyo")).toBe("2 Dec 2026");
  });
});
