// "Friday 4 December 2026", spelt out by hand: Intl's en-GB output differs between engines
// (some add a comma after the weekday), and this text goes into emails.

import { dayOfWeek, isIsoDate } from "./working-days";

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;
const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;

export function formatPlainDate(isoDate: string): string {
  if (!isIsoDate(isoDate)) throw new RangeError(`Expected a calendar date as YYYY-MM-DD, got "${isoDate}"`);
  const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
  return `${WEEKDAYS[dayOfWeek(isoDate)]} ${day} ${MONTHS[month - 1]} ${year}`;
}
