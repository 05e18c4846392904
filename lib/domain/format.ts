import { brand } from "@/lib/config/brand";

/** Dates and times as a British reader expects, in their own time zone. */
export function formatDateTime(value: Date, timeZone: string = brand.defaultTimeZone): string {
  return new Intl.DateTimeFormat(brand.locale, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone,
  }).format(value);
}

export function formatDate(value: Date, timeZone: string = brand.defaultTimeZone): string {
  return new Intl.DateTimeFormat(brand.locale, { dateStyle: "medium", timeZone }).format(value);
}

/** An instant written in ISO form (an article's publication), as its date in words where the agency is. */
export function formatPublicationDate(instant: string): string {
  return new Intl.DateTimeFormat(brand.locale, { dateStyle: "long", timeZone: brand.defaultTimeZone }).format(new Date(instant));
}

/** A calendar date (YYYY-MM-DD) in words, e.g. "4 December 2026"; no time zone involved. */
export function formatCalendarDate(isoDate: string): string {
  return new Intl.DateTimeFormat(brand.locale, { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${isoDate}T12:00:00Z`),
  );
}

/** A short day for a timeline's side, e.g. "Sat 5 Dec"; the year only when it is not the reader's current one. */
export function formatShortDay(value: Date, timeZone: string, now: Date): string {
  const parts = (at: Date) =>
    Object.fromEntries(
      new Intl.DateTimeFormat(brand.locale, { weekday: "short", day: "numeric", month: "short", year: "numeric", timeZone })
        .formatToParts(at)
        .map((part) => [part.type, part.value]),
    );
  const { weekday, day, month, year } = parts(value);
  // Built from parts: en-GB puts a comma after the weekday only when a year follows.
  return [weekday, day, month, year === parts(now).year ? null : year].filter(Boolean).join(" ");
}

export function formatTime(value: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(brand.locale, { timeStyle: "short", timeZone }).format(value);
}
