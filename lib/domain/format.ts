import { brand } from "@/lib/config/brand";

// Making an Intl.DateTimeFormat costs far more than using one, and a staff list formats hundreds
// of dates a request: one formatter per style and zone, made on first use.
const formatters = new Map<string, Intl.DateTimeFormat>();

type Style = "dateTime" | "date" | "longDate" | "shortDay" | "time";
const styles: Record<Style, Intl.DateTimeFormatOptions> = {
  dateTime: { dateStyle: "medium", timeStyle: "short" },
  date: { dateStyle: "medium" },
  longDate: { dateStyle: "long" },
  shortDay: { weekday: "short", day: "numeric", month: "short", year: "numeric" },
  time: { timeStyle: "short" },
};

function formatter(style: Style, timeZone: string): Intl.DateTimeFormat {
  const key = `${style} ${timeZone}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(brand.locale, { ...styles[style], timeZone });
    formatters.set(key, found);
  }
  return found;
}

/** Dates and times as a British reader expects, in their own time zone. */
export function formatDateTime(value: Date, timeZone: string = brand.defaultTimeZone): string {
  return formatter("dateTime", timeZone).format(value);
}

export function formatDate(value: Date, timeZone: string = brand.defaultTimeZone): string {
  return formatter("date", timeZone).format(value);
}

/** An instant written in ISO form (an article's publication), as its date in words where the agency is. */
export function formatPublicationDate(instant: string): string {
  return formatter("longDate", brand.defaultTimeZone).format(new Date(instant));
}

/** A calendar date (YYYY-MM-DD) in words, e.g. "4 December 2026"; no time zone involved. */
export function formatCalendarDate(isoDate: string): string {
  return formatter("longDate", "UTC").format(new Date(`${isoDate}T12:00:00Z`));
}

/** A short day for a timeline's side, e.g. "Sat 5 Dec"; the year only when it is not the reader's current one. */
export function formatShortDay(value: Date, timeZone: string, now: Date): string {
  const parts = (at: Date) => Object.fromEntries(formatter("shortDay", timeZone).formatToParts(at).map((part) => [part.type, part.value]));
  const { weekday, day, month, year } = parts(value);
  // Built from parts: en-GB puts a comma after the weekday only when a year follows.
  return [weekday, day, month, year === parts(now).year ? null : year].filter(Boolean).join(" ");
}

export function formatTime(value: Date, timeZone: string): string {
  return formatter("time", timeZone).format(value);
}
