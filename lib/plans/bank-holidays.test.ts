import { describe, expect, it } from "vitest";
import { englandAndWalesCalendar, listEnglandAndWalesBankHolidays } from "./bank-holidays";

describe("listEnglandAndWalesBankHolidays", () => {
  const y2026 = listEnglandAndWalesBankHolidays(2026, 2026);

  it("lists the eight bank holidays of 2026 in order, with the Boxing Day substitute", () => {
    expect(y2026).toEqual([
      "2026-01-01",
      "2026-04-03",
      "2026-04-06",
      "2026-05-04",
      "2026-05-25",
      "2026-08-31",
      "2026-12-25",
      "2026-12-28",
    ]);
  });

  it("leaves out Scottish-only days and observances", () => {
    expect(y2026).not.toContain("2026-01-02"); // Scotland's 2 January
    expect(y2026).not.toContain("2026-11-30"); // St Andrew's Day
    expect(y2026).not.toContain("2026-08-03"); // Scotland's summer holiday
    expect(y2026).not.toContain("2026-03-17"); // St Patrick's Day (Northern Ireland)
    expect(y2026).not.toContain("2026-04-05"); // Easter Sunday
    expect(y2026).not.toContain("2026-12-26"); // Boxing Day falls on a Saturday; the 28th is the holiday off work
  });

  it("spans several years, including Easter 2027 and both 2027 Christmas substitutes", () => {
    const list = listEnglandAndWalesBankHolidays(2026, 2027);
    expect(list).toEqual(expect.arrayContaining(["2027-03-26", "2027-03-29", "2027-05-31", "2027-12-27", "2027-12-28"]));
    expect(list).toEqual([...list].sort());
  });

  it("rejects a backwards range", () => {
    expect(() => listEnglandAndWalesBankHolidays(2027, 2026)).toThrow(RangeError);
  });
});

describe("englandAndWalesCalendar", () => {
  it("answers for any year without being told which to load", () => {
    const calendar = englandAndWalesCalendar();
    expect(calendar.isBankHoliday("2026-12-28")).toBe(true);
    expect(calendar.isBankHoliday("2031-12-25")).toBe(true);
    expect(calendar.isBankHoliday("2026-12-29")).toBe(false);
    expect(englandAndWalesCalendar()).toBe(calendar);
  });
});
