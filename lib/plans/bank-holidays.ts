// Server and build time only: date-holidays carries every country's rules, so client code gets a
// precomputed list (calendarFromDates).

import Holidays from "date-holidays";
import { dayOfWeek, type WorkingCalendar } from "./working-days";

let holidays: Holidays | undefined;

function englandAndWales(): Holidays {
  // GB-ENG: Wales shares England's bank holidays; Scotland and Northern Ireland are other regions.
  holidays ??= new Holidays("GB", "ENG");
  return holidays;
}

function holidaysOfYear(year: number): string[] {
  return englandAndWales()
    .getHolidays(year)
    // "public" is a day off by law; observances such as Mother's Day are not.
    .filter((holiday) => holiday.type === "public")
    .map((holiday) => holiday.date.slice(0, 10))
    // The substitute weekday is the day off; dropping the weekend date matches GOV.UK's list.
    .filter((date) => dayOfWeek(date) !== 0 && dayOfWeek(date) !== 6);
}

export function listEnglandAndWalesBankHolidays(fromYear: number, toYear: number): string[] {
  if (!Number.isInteger(fromYear) || !Number.isInteger(toYear) || fromYear > toYear) {
    throw new RangeError(`Expected a range of years, got ${fromYear}–${toYear}`);
  }
  const dates = new Set<string>();
  for (let year = fromYear; year <= toYear; year += 1) {
    for (const date of holidaysOfYear(year)) dates.add(date);
  }
  return [...dates].sort();
}

const byYear = new Map<number, ReadonlySet<string>>();

/** Cached per year on first use, so it needs no clock to decide which years to load. */
export function englandAndWalesCalendar(): WorkingCalendar {
  return calendar;
}

const calendar: WorkingCalendar = {
  isBankHoliday(isoDate) {
    const year = Number(isoDate.slice(0, 4));
    if (!Number.isInteger(year)) return false;
    let dates = byYear.get(year);
    if (!dates) {
      dates = new Set(holidaysOfYear(year));
      byYear.set(year, dates);
    }
    return dates.has(isoDate);
  },
};
