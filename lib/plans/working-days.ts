// Plain dates ("YYYY-MM-DD") carry no zone: callers convert instants to the candidate's local
// date first, so a weekend is a weekend wherever the server runs.

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Which plain dates are bank holidays; the browser gets one built from a precomputed list. */
export type WorkingCalendar = { isBankHoliday(isoDate: string): boolean };

export function calendarFromDates(dates: readonly string[]): WorkingCalendar {
  const holidays = new Set(dates.map(assertIsoDate));
  return { isBankHoliday: (isoDate) => holidays.has(isoDate) };
}

export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function assertIsoDate(value: string): string {
  if (!isIsoDate(value)) throw new RangeError(`Expected a calendar date as YYYY-MM-DD, got "${value}"`);
  return value;
}

// Days since 1970-01-01; UTC midnight keeps the arithmetic free of clock changes.
function toDayNumber(date: string): number {
  return Date.parse(`${assertIsoDate(date)}T00:00:00Z`) / DAY_MS;
}

function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: string): number {
  return new Date(toDayNumber(date) * DAY_MS).getUTCDay();
}

export function addCalendarDays(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`Days must be a whole number, got ${n}`);
  return fromDayNumber(toDayNumber(date) + n);
}

/** Whole days from a to b: positive when b is later. */
export function daysBetween(a: string, b: string): number {
  return toDayNumber(b) - toDayNumber(a);
}

export function isWorkingDay(date: string, calendar: WorkingCalendar): boolean {
  const weekday = dayOfWeek(date);
  return weekday !== 0 && weekday !== 6 && !calendar.isBankHoliday(date);
}

// A longer run of non-working days means a broken calendar; looping for ever would hide it.
const MAX_SEARCH_DAYS = 60;

function stepToWorkingDay(date: string, step: 1 | -1, calendar: WorkingCalendar): string {
  let day = date;
  for (let i = 0; i <= MAX_SEARCH_DAYS; i += 1) {
    if (isWorkingDay(day, calendar)) return day;
    day = addCalendarDays(day, step);
  }
  throw new RangeError(`No working day within ${MAX_SEARCH_DAYS} days of ${date}`);
}

export function nextWorkingDayOnOrAfter(date: string, calendar: WorkingCalendar): string {
  return stepToWorkingDay(date, 1, calendar);
}

export function previousWorkingDayOnOrBefore(date: string, calendar: WorkingCalendar): string {
  return stepToWorkingDay(date, -1, calendar);
}

/** The start day is not counted: Friday + 1 and Saturday + 1 are both Monday. */
export function addWorkingDays(date: string, n: number, calendar: WorkingCalendar): string {
  if (!Number.isInteger(n)) throw new RangeError(`Working days must be a whole number, got ${n}`);
  const step = n < 0 ? -1 : 1;
  let day = assertIsoDate(date);
  for (let left = Math.abs(n); left > 0; left -= 1) {
    day = stepToWorkingDay(addCalendarDays(day, step), step, calendar);
  }
  return day;
}

/** The later of two plain dates (string order is date order for YYYY-MM-DD). */
export function laterDate(a: string, b: string): string {
  return assertIsoDate(a) >= assertIsoDate(b) ? a : b;
}
