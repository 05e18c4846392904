import { describe, expect, it } from "vitest";
import { englandAndWalesCalendar } from "./bank-holidays";
import {
  addCalendarDays,
  addWorkingDays,
  calendarFromDates,
  dayOfWeek,
  daysBetween,
  isIsoDate,
  isWorkingDay,
  laterDate,
  nextWorkingDayOnOrAfter,
  previousWorkingDayOnOrBefore,
} from "./working-days";

const noHolidays = calendarFromDates([]);
const england = englandAndWalesCalendar();

describe("plain dates", () => {
  it("accepts real calendar dates only", () => {
    expect(isIsoDate("2028-02-29")).toBe(true);
    expect(isIsoDate("2026-02-29")).toBe(false);
    expect(isIsoDate("2026-13-01")).toBe(false);
    expect(isIsoDate("2026-6-1")).toBe(false);
    expect(isIsoDate("2026-06-01T09:00")).toBe(false);
  });

  it("adds calendar days across months, years and leap days", () => {
    expect(addCalendarDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addCalendarDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addCalendarDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addCalendarDays("2026-06-02", 28)).toBe("2026-06-30");
  });

  it("counts days between dates, unaffected by the clocks changing", () => {
    expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2);
    expect(daysBetween("2026-10-24", "2026-10-26")).toBe(2);
    expect(daysBetween("2026-06-30", "2026-06-02")).toBe(-28);
  });

  it("knows the day of the week", () => {
    expect(dayOfWeek("2026-12-04")).toBe(5); // Friday
    expect(dayOfWeek("2026-12-06")).toBe(0); // Sunday
  });

  it("rejects malformed input instead of guessing", () => {
    expect(() => addCalendarDays("04/12/2026", 1)).toThrow(RangeError);
    expect(() => addCalendarDays("2026-12-04", 1.5)).toThrow(RangeError);
    expect(() => calendarFromDates(["2026-12-32"])).toThrow(RangeError);
  });

  it("picks the later of two dates", () => {
    expect(laterDate("2026-12-04", "2026-11-30")).toBe("2026-12-04");
    expect(laterDate("2026-01-09", "2026-01-10")).toBe("2026-01-10");
  });
});

describe("working days", () => {
  it("skips weekends and bank holidays", () => {
    expect(isWorkingDay("2026-12-04", noHolidays)).toBe(true);
    expect(isWorkingDay("2026-12-05", noHolidays)).toBe(false);
    expect(isWorkingDay("2026-12-06", noHolidays)).toBe(false);
    expect(isWorkingDay("2026-12-28", noHolidays)).toBe(true);
    expect(isWorkingDay("2026-12-28", england)).toBe(false);
  });

  it("moves forward to the next working day, or stays on one", () => {
    expect(nextWorkingDayOnOrAfter("2026-12-04", england)).toBe("2026-12-04");
    expect(nextWorkingDayOnOrAfter("2026-12-05", england)).toBe("2026-12-07");
    expect(nextWorkingDayOnOrAfter("2026-12-25", england)).toBe("2026-12-29");
    expect(nextWorkingDayOnOrAfter("2027-03-26", england)).toBe("2027-03-30");
  });

  it("moves back to the previous working day", () => {
    expect(previousWorkingDayOnOrBefore("2026-12-29", england)).toBe("2026-12-29");
    expect(previousWorkingDayOnOrBefore("2026-12-28", england)).toBe("2026-12-24");
    expect(previousWorkingDayOnOrBefore("2027-03-29", england)).toBe("2027-03-25");
  });

  it("adds working days without counting the start day", () => {
    expect(addWorkingDays("2026-12-04", 1, noHolidays)).toBe("2026-12-07"); // Friday → Monday
    expect(addWorkingDays("2026-12-05", 1, noHolidays)).toBe("2026-12-07"); // Saturday → Monday
    expect(addWorkingDays("2026-12-24", 1, england)).toBe("2026-12-29");
    expect(addWorkingDays("2027-03-25", 2, england)).toBe("2027-03-31");
    expect(addWorkingDays("2026-12-05", 0, noHolidays)).toBe("2026-12-05");
    expect(addWorkingDays("2026-12-29", -1, england)).toBe("2026-12-24");
  });

  it("uses the bank holidays it is given", () => {
    const custom = calendarFromDates(["2026-12-07"]);
    expect(nextWorkingDayOnOrAfter("2026-12-05", custom)).toBe("2026-12-08");
  });

  it("fails loudly on a calendar with no working days", () => {
    const broken = { isBankHoliday: () => true };
    expect(() => nextWorkingDayOnOrAfter("2026-12-04", broken)).toThrow(RangeError);
  });
});
